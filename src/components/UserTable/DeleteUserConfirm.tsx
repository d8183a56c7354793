/**
 * "Delete Aiden Chen?" for one row. It outlives the row it removes, so focus goes back to the row's
 * menu button when the admin cancels, and to the table when the row (and its button) are gone.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { RosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { useUserActions } from '../../react/useUserActions.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import { displayName } from './columns.js';
import type { UserTableMessages } from './messages.js';
import type { UserTableParts } from './userTableProps.js';

export interface DeleteUserConfirmProps {
  strings: ComponentStrings<UserTableMessages>;
  /** The user to confirm deleting; null when closed. */
  user: User | null;
  /** The row's menu button, where focus returns when the admin cancels. */
  returnFocus: HTMLElement | null;
  onClose: () => void;
  fallbackFocus: RefObject<HTMLElement | null>;
  onDeleted: (user: User) => void;
  onError: (error: RosterError) => void;
  container: HTMLElement | null;
  unstyled: boolean;
  part: UserTableParts;
}

export function DeleteUserConfirm({ strings, user, returnFocus, onClose, fallbackFocus, onDeleted, onError, container, unstyled, part }: DeleteUserConfirmProps) {
  const { deleteUser } = useUserActions();
  const { t, shared } = strings;
  // The confirmation closes (and `returnFocus` goes) before focus is placed: keep the last one.
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (user) returnTo.current = returnFocus;
  }, [user, returnFocus]);
  return (
    <ConfirmDialog
      open={user !== null}
      onOpenChange={(open) => !open && onClose()}
      title={user ? t.deleteTitle(displayName(user, shared)) : ''}
      description={t.deleteDescription}
      confirmLabel={t.deleteConfirm}
      cancelLabel={shared.cancel}
      container={container}
      parts={part}
      unstyled={unstyled}
      onConfirm={async () => {
        if (!user) return;
        try {
          await deleteUser(user.id);
          onDeleted(user);
        } catch (e) {
          onError(e as RosterError);
        }
      }}
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        if (returnTo.current?.isConnected) returnTo.current.focus();
        else fallbackFocus.current?.focus();
      }}
    />
  );
}
