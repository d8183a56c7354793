/**
 * "Delete Aiden Chen?" for one row. It outlives the row it removes, so focus goes back to the row's
 * menu button when the admin cancels, and to the table when the row (and its button) are gone.
 */
import type { RefObject } from 'react';
import type { RosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useUserActions } from '../../react/useUserActions.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { displayName } from './columns.js';

export interface DeleteUserConfirmProps {
  /** The user to confirm deleting; null when closed. */
  user: User | null;
  onClose: () => void;
  returnFocus: RefObject<HTMLElement | null>;
  fallbackFocus: RefObject<HTMLElement | null>;
  onDeleted: (user: User) => void;
  onError: (error: RosterError) => void;
  container: HTMLElement | null;
  unstyled: boolean;
}

export function DeleteUserConfirm({ user, onClose, returnFocus, fallbackFocus, onDeleted, onError, container, unstyled }: DeleteUserConfirmProps) {
  const { messages } = useRosterContext('UserTable');
  const { deleteUser } = useUserActions();
  const t = messages.userTable;
  return (
    <ConfirmDialog
      open={user !== null}
      onOpenChange={(open) => !open && onClose()}
      title={user ? t.deleteTitle(displayName(user, messages)) : ''}
      description={t.deleteDescription}
      confirmLabel={t.deleteConfirm}
      cancelLabel={messages.cancel}
      container={container}
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
        if (returnFocus.current?.isConnected) returnFocus.current.focus();
        else fallbackFocus.current?.focus();
      }}
    />
  );
}
