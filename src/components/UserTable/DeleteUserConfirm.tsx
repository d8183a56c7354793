/**
 * "Delete Aiden Chen?" for one row. It outlives the row it removes, so focus goes back to the row's
 * menu button when the admin cancels; after the delete, to the next row's menu button (or the
 * previous one's), so the next Tab goes on through the list, and to the table when none is left.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { RosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { useUserActions } from '../../react/useUserActions.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { displayName } from './columns.js';
import { useUserTableScope } from './userTableScope.js';

export interface DeleteUserConfirmProps {
  /** The user to confirm deleting; null when closed. */
  user: User | null;
  /** The row's menu button, where focus returns when the admin cancels. */
  returnFocus: HTMLElement | null;
  onClose: () => void;
  fallbackFocus: RefObject<HTMLElement | null>;
  onDeleted: (user: User) => void;
  onError: (error: RosterError) => void;
}

/** The menu buttons of the rows after and before `button`'s row, read before that row goes. */
function neighbourButtons(button: HTMLElement | null): HTMLElement[] {
  const row = button?.closest('tr');
  const found: HTMLElement[] = [];
  for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
    // Spacer rows of a virtualized table have no button: look past them.
    for (let r = row?.[step]; r; r = r[step]) {
      const next = r.querySelector<HTMLElement>('[aria-haspopup="menu"]');
      if (next) {
        found.push(next);
        break;
      }
    }
  }
  return found;
}

export function DeleteUserConfirm({ user, returnFocus, onClose, fallbackFocus, onDeleted, onError }: DeleteUserConfirmProps) {
  const { strings } = useUserTableScope();
  const { deleteUser } = useUserActions();
  const { t, shared } = strings;
  // The confirmation closes (and `returnFocus` goes) before focus is placed: keep the last one.
  const returnTo = useRef<HTMLElement | null>(null);
  // After a delete: where focus may go, in order of preference; null when nothing was deleted.
  const landing = useRef<HTMLElement[] | null>(null);
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
      onConfirm={async () => {
        if (!user) return;
        const neighbours = neighbourButtons(returnTo.current);
        try {
          await deleteUser(user.id);
          landing.current = neighbours;
          onDeleted(user);
        } catch (e) {
          onError(e as RosterError);
        }
      }}
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        const candidates = landing.current ?? [returnTo.current];
        landing.current = null;
        const target = candidates.find((el) => el?.isConnected) ?? fallbackFocus.current;
        target?.focus();
      }}
    />
  );
}
