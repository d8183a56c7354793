import { rosterKeys } from '../core/cacheKeys.js';
import type { Organization, OrganizationsQuery, Page } from '../core/model.js';
import { useRoster } from './context.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

/** Organizations, optionally searched and paged. */
export function useOrganizations(query: OrganizationsQuery = {}): RosterQueryResult<Page<Organization>> & { isPreviousData: boolean } {
  const { adapter, keyBase } = useRoster('useOrganizations');
  const search = query.search?.trim() || undefined;
  const normalized: OrganizationsQuery = { ...(search && { search }), ...(query.page && { page: query.page }) };
  return useRosterQuery('useOrganizations', rosterKeys.organizations(keyBase, normalized), (signal) => adapter.listOrganizations(normalized, { signal }), {
    keepPreviousData: true,
  });
}
