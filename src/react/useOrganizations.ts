import { rosterKeys } from '../core/cacheKeys.js';
import type { Organization, OrganizationsQuery, Page } from '../core/model.js';
import { useRosterContext } from './context.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseOrganizationsResult extends RosterQueryResult<Page<Organization>> {
  /** The previous query's page is on screen while this one loads. */
  isPreviousData: boolean;
}

/** Organizations, optionally searched and paged. */
export function useOrganizations(query: OrganizationsQuery = {}): UseOrganizationsResult {
  const { adapter, keyBase } = useRosterContext('useOrganizations');
  const search = query.search?.trim() || undefined;
  const normalized: OrganizationsQuery = { ...(search && { search }), ...(query.page && { page: query.page }) };
  return useRosterQuery('useOrganizations', rosterKeys.organizations(keyBase, normalized), (signal) => adapter.listOrganizations(normalized, { signal }), {
    keepPreviousData: true,
  });
}
