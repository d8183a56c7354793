import { useCallback } from 'react';
import { canChangeStatus } from '../core/adapter.js';
import { rosterKeys } from '../core/cacheKeys.js';
import type { UpdateUserInput, User, UserStatus, VerificationChange } from '../core/model.js';
import { userDetailsAvailable } from '../core/userDetails.js';
import { useRosterContext } from './context.js';
import { useRosterClient } from './rosterClient.js';
import { applyPendingToUser } from './pendingChanges.js';
import { usePendingQuery } from './usePendingQuery.js';
import type { RosterQueryResult } from './useRosterQuery.js';
import { userDetailsWritesFor } from './userDetailsWrites.js';

export interface UpdateUserOptions {
  /**
   * The user as the form started from. The user is then read again just before writing, and the
   * write refused with an EditConflictError (both values in it) when someone else changed a field
   * being written meanwhile.
   */
  base?: User;
}

export interface UseUserResult extends RosterQueryResult<User> {
  /** Partial update: fields left out are never overwritten. Pessimistic; absent when the adapter cannot edit users. */
  updateUser?: (patch: UpdateUserInput, options?: UpdateUserOptions) => Promise<User>;
  /** Enables or disables the user. Pessimistic; absent when the adapter cannot. */
  setUserStatus?: (status: Exclude<UserStatus, 'invited'>) => Promise<User>;
  /** Deletes the user. Pessimistic; absent when the adapter cannot delete users. */
  deleteUser?: () => Promise<void>;
  /** Marks the email address or phone number verified or not. Absent when the adapter can do neither. */
  setUserVerified?: (change: VerificationChange) => Promise<User>;
  /** Sends an invited user's invitation again. Absent when the adapter cannot. */
  resendInvitation?: () => Promise<void>;
  /** Withdraws an invited user's invitation; the user is gone afterwards. Absent when the adapter cannot. */
  revokeInvitation?: () => Promise<void>;
}

/** One user, with pending role and membership changes already applied. Pass null to skip. */
export function useUser(userId: string | null | undefined): UseUserResult {
  const { adapter, keyBase, writes } = useRosterContext('useUser');
  const client = useRosterClient('useUser');
  const key = userId ? rosterKeys.user(keyBase, userId) : null;
  const { query } = usePendingQuery('useUser', userId, key, (signal) => adapter.getUser(userId!, { signal }), applyPendingToUser);

  const updateUser = useCallback((patch: UpdateUserInput, options?: UpdateUserOptions) => client.updateUser(userId!, patch, options), [client, userId]);
  const setUserStatus = useCallback((status: Exclude<UserStatus, 'invited'>) => client.setUserStatus(userId!, status), [client, userId]);
  const deleteUser = useCallback(() => client.deleteUser(userId!), [client, userId]);
  const setUserVerified = useCallback((change: VerificationChange) => userDetailsWritesFor(writes).setUserVerified(userId!, change), [writes, userId]);
  const resendInvitation = useCallback(() => userDetailsWritesFor(writes).resendInvitation(userId!), [writes, userId]);
  const revokeInvitation = useCallback(() => userDetailsWritesFor(writes).revokeInvitation(userId!), [writes, userId]);
  const details = userDetailsAvailable(adapter);

  return {
    ...query,
    updateUser: adapter.updateUser && adapter.capabilities.editableFields.length > 0 && userId ? updateUser : undefined,
    setUserStatus: canChangeStatus(adapter) && userId ? setUserStatus : undefined,
    deleteUser: adapter.deleteUser && userId ? deleteUser : undefined,
    setUserVerified: (details.verifyEmail || details.verifyPhone) && userId ? setUserVerified : undefined,
    resendInvitation: details.resendInvitation && userId ? resendInvitation : undefined,
    revokeInvitation: details.revokeInvitation && userId ? revokeInvitation : undefined,
  };
}
