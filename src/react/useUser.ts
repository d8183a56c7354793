import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { canChangeStatus } from '../core/adapter.js';
import { rosterKeys } from '../core/cacheKeys.js';
import type { UpdateUserInput, User, UserStatus } from '../core/model.js';
import { useRoster } from './context.js';
import { applyPendingToUser } from './pendingChanges.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseUserResult extends RosterQueryResult<User> {
  /** Partial update; absent when the adapter cannot edit users. Pessimistic. */
  update?: (patch: UpdateUserInput) => Promise<User>;
  /** Absent when the adapter cannot enable or disable users. Pessimistic. */
  setStatus?: (status: Exclude<UserStatus, 'invited'>) => Promise<User>;
  /** Absent when the adapter cannot delete users. Pessimistic. */
  remove?: () => Promise<void>;
}

/** One user, with pending role and membership changes already applied. Pass null to skip. */
export function useUser(userId: string | null | undefined): UseUserResult {
  const { adapter, keyBase, client, pending } = useRoster('useUser');
  const key = userId ? rosterKeys.user(keyBase, userId) : null;
  const query = useRosterQuery('useUser', key, (signal) => adapter.getUser(userId!, { signal }));
  // The same on the server: a provider's pending changes start empty wherever it renders.
  useSyncExternalStore(pending.subscribe, pending.version, pending.version);
  const pendingChanges = userId ? pending.get(userId) : [];
  const data = useMemo(() => query.data && applyPendingToUser(query.data, pendingChanges), [query.data, pendingChanges]);

  const update = useCallback((patch: UpdateUserInput) => client.updateUser(userId!, patch), [client, userId]);
  const setStatus = useCallback((status: Exclude<UserStatus, 'invited'>) => client.setUserStatus(userId!, status), [client, userId]);
  const remove = useCallback(() => client.deleteUser(userId!), [client, userId]);

  return {
    ...query,
    data,
    update: adapter.updateUser && adapter.capabilities.editableFields.length > 0 && userId ? update : undefined,
    setStatus: canChangeStatus(adapter) && userId ? setStatus : undefined,
    remove: adapter.deleteUser && userId ? remove : undefined,
  };
}
