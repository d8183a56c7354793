import { rosterKeys } from '../core/cacheKeys.js';
import type { UsersQuery } from '../core/model.js';
import { useRosterContext } from './context.js';
import { useRosterQuery } from './useRosterQuery.js';

export interface UseUserCountResult {
  /** How many users match; null where the backend cannot tell without reading them all, or while loading. */
  count: number | null;
  isLoading: boolean;
}

/**
 * How many users hold a role or belong to an organization: one page of one user, read for its
 * total. Asked only where the backend filters and counts itself; reading every user to count them
 * would cost more than the number is worth. Shares the users cache, so user writes update it.
 */
export function useUserCount(filter: { roleId?: string; organizationId?: string } | null): UseUserCountResult {
  const { adapter, keyBase } = useRosterContext('useUserCount');
  const { totals, filters } = adapter.capabilities;
  const countable = Boolean(filter && totals && (!filter.roleId || filters.roleIds) && (!filter.organizationId || filters.organizationId));
  const query: UsersQuery | null = countable
    ? {
        filter: { ...(filter!.roleId && { roleIds: [filter!.roleId] }), ...(filter!.organizationId && { organizationId: filter!.organizationId }) },
        page: { size: 1 },
      }
    : null;
  const { data, isLoading } = useRosterQuery('useUserCount', query && rosterKeys.users(keyBase, query), (signal) => adapter.listUsers(query!, { signal }));
  return { count: data?.total ?? null, isLoading };
}
