/**
 * The one dialog UserTable shows at a time, what opens it (Create, a row, its menu) and what
 * follows a create or a delete. Every function keeps its identity while its inputs do: the
 * toolbar, the rows and the closed dialogs are memoized, and a change to one user's row (a role
 * toggled elsewhere on the page) must not render them again.
 */
import { useCallback, useMemo, useState } from 'react';
import type { User } from '../../core/model.js';
import type { ProviderMessages } from '../../react/messages.js';
import { displayName } from './columns.js';
import type { UserTableMessages } from './messages.js';
import { detailsDialog, type UserTableDialog } from './userTableProps.js';

export interface UserTableDialogOptions {
  canCreate: boolean;
  canViewDetails: boolean;
  t: UserTableMessages;
  shared: ProviderMessages;
  /** Says what happened, in the feedback area. */
  announce: (text: string) => void;
  /** Shows the created user first (usePinnedUser); a deleted user is unpinned. */
  pin: (user: User) => void;
  unpin: (userId: string) => void;
  /** Takes a deleted user out of the selection. */
  deselect: (userIds: string[]) => void;
  onUserCreated?: (user: User) => void;
}

export function useUserTableDialog({ canCreate, canViewDetails, t, shared, announce, pin, unpin, deselect, onUserCreated }: UserTableDialogOptions) {
  const [dialog, setDialog] = useState<UserTableDialog | null>(null);
  const openDetails = useMemo(() => (canViewDetails ? (user: User, opener: HTMLElement | null) => setDialog(detailsDialog(user, opener)) : undefined), [canViewDetails]);
  const onCreate = useMemo(() => (canCreate ? () => setDialog({ kind: 'create' }) : undefined), [canCreate]);
  const onCreated = useCallback(
    (user: User) => {
      announce(t.created(displayName(user, shared)));
      pin(user);
      onUserCreated?.(user);
    },
    [announce, t, shared, pin, onUserCreated],
  );
  const onDeleted = useCallback(
    (user: User) => {
      announce(t.deleted(displayName(user, shared)));
      unpin(user.id);
      deselect([user.id]);
    },
    [announce, t, shared, unpin, deselect],
  );
  return { dialog, setDialog, openDetails, onCreate, onCreated, onDeleted };
}
