import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { rosterKeys } from '../core/cacheKeys.js';
import type { Membership, Organization } from '../core/model.js';
import { useRoster } from './context.js';
import { applyPendingToMemberships } from './pendingChanges.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseUserOrganizationsResult extends RosterQueryResult<Membership[]> {
  /** Optimistic; absent when the adapter cannot add members. */
  add?: (organization: Pick<Organization, 'id' | 'name'>, roleIds?: string[]) => Promise<void>;
  /** Optimistic; absent when the adapter cannot remove members. */
  remove?: (organizationId: string) => Promise<void>;
  /** True while a change to these memberships is waiting for the backend. */
  isPending: boolean;
}

/** The user's memberships across all organizations, with pending changes applied. */
export function useUserOrganizations(userId: string | null | undefined): UseUserOrganizationsResult {
  const { adapter, keyBase, client, pending } = useRoster('useUserOrganizations');
  const key = userId ? rosterKeys.memberships(keyBase, userId) : null;
  const query = useRosterQuery('useUserOrganizations', key, (signal) => adapter.listUserMemberships(userId!, { signal }));
  // The same on the server: a provider's pending changes start empty wherever it renders.
  useSyncExternalStore(pending.subscribe, pending.version, pending.version);
  const pendingChanges = userId ? pending.get(userId) : [];
  const data = useMemo(() => query.data && applyPendingToMemberships(query.data, pendingChanges), [query.data, pendingChanges]);

  const add = useCallback((org: Pick<Organization, 'id' | 'name'>, roleIds?: string[]) => client.addToOrganization(userId!, org, roleIds), [client, userId]);
  const remove = useCallback((organizationId: string) => client.removeFromOrganization(userId!, organizationId), [client, userId]);
  return {
    ...query,
    data,
    isPending: pendingChanges.some((p) => p.target === 'memberships'),
    add: adapter.addUserMembership && userId ? add : undefined,
    remove: adapter.removeUserMembership && userId ? remove : undefined,
  };
}
