import { useCallback } from 'react';
import type { MembershipOptions } from '../core/adapter.js';
import { rosterKeys } from '../core/cacheKeys.js';
import type { Membership, Organization } from '../core/model.js';
import { useRosterContext } from './context.js';
import { useRosterClient } from './rosterClient.js';
import { applyPendingToMemberships } from './pendingChanges.js';
import { usePendingQuery } from './usePendingQuery.js';
import type { RosterQueryResult } from './useRosterQuery.js';

export interface UseUserMembershipsResult extends RosterQueryResult<Membership[]> {
  /**
   * Makes the user a member of `organization`, holding `options.roleIds` there. Optimistic (the
   * organization's name is shown at once); absent when the adapter cannot add members.
   */
  addUserMembership?: (organization: Pick<Organization, 'id' | 'name'>, options?: MembershipOptions) => Promise<void>;
  /** Takes the user out of the organization. Optimistic; absent when the adapter cannot remove members. */
  removeUserMembership?: (organizationId: string) => Promise<void>;
  /** True while a change to these memberships is waiting for the backend. */
  isPending: boolean;
}

/** The organizations a user belongs to, with the roles held in each; pending changes applied. Pass null to skip. */
export function useUserMemberships(userId: string | null | undefined): UseUserMembershipsResult {
  const { adapter, keyBase } = useRosterContext('useUserMemberships');
  const client = useRosterClient('useUserMemberships');
  const key = userId ? rosterKeys.memberships(keyBase, userId) : null;
  const load = (signal: AbortSignal) => adapter.listUserMemberships(userId!, { signal });
  const { query, pendingChanges } = usePendingQuery('useUserMemberships', userId, key, load, applyPendingToMemberships);

  const addUserMembership = useCallback(
    (organization: Pick<Organization, 'id' | 'name'>, options?: MembershipOptions) => client.addUserMembership(userId!, organization, options),
    [client, userId],
  );
  const removeUserMembership = useCallback((organizationId: string) => client.removeUserMembership(userId!, organizationId), [client, userId]);
  return {
    ...query,
    isPending: pendingChanges.some((p) => p.target === 'memberships'),
    addUserMembership: adapter.addUserMembership && userId ? addUserMembership : undefined,
    removeUserMembership: adapter.removeUserMembership && userId ? removeUserMembership : undefined,
  };
}
