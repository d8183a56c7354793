import { useCallback } from 'react';
import { canChangeStatus } from '../core/adapter.js';
import { rosterKeys } from '../core/cacheKeys.js';
import type { UpdateUserInput, User, UserStatus } from '../core/model.js';
import { useRosterContext } from './context.js';
import { useRosterClient } from './rosterClient.js';
import { applyPendingToUser } from './pendingChanges.js';
import { usePendingQuery } from './usePendingQuery.js';
import type { RosterQueryResult } from './useRosterQuery.js';

export interface UseUserResult extends RosterQueryResult<User> {
  /** Partial update: fields left out are never overwritten. Pessimistic; absent when the adapter cannot edit users. */
  updateUser?: (patch: UpdateUserInput) => Promise<User>;
  /** Enables or disables the user. Pessimistic; absent when the adapter cannot. */
  setUserStatus?: (status: Exclude<UserStatus, 'invited'>) => Promise<User>;
  /** Deletes the user. Pessimistic; absent when the adapter cannot delete users. */
  deleteUser?: () => Promise<void>;
}

/** One user, with pending role and membership changes already applied. Pass null to skip. */
export function useUser(userId: string | null | undefined): UseUserResult {
  const { adapter, keyBase } = useRosterContext('useUser');
  const client = useRosterClient('useUser');
  const key = userId ? rosterKeys.user(keyBase, userId) : null;
  const { query } = usePendingQuery('useUser', userId, key, (signal) => adapter.getUser(userId!, { signal }), applyPendingToUser);

  const updateUser = useCallback((patch: UpdateUserInput) => client.updateUser(userId!, patch), [client, userId]);
  const setUserStatus = useCallback((status: Exclude<UserStatus, 'invited'>) => client.setUserStatus(userId!, status), [client, userId]);
  const deleteUser = useCallback(() => client.deleteUser(userId!), [client, userId]);

  return {
    ...query,
    updateUser: adapter.updateUser && adapter.capabilities.editableFields.length > 0 && userId ? updateUser : undefined,
    setUserStatus: canChangeStatus(adapter) && userId ? setUserStatus : undefined,
    deleteUser: adapter.deleteUser && userId ? deleteUser : undefined,
  };
}
