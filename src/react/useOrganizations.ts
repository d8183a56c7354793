import { useCallback, useMemo } from 'react';
import { rosterKeys } from '../core/cacheKeys.js';
import { organizationWrites } from '../core/manage.js';
import type { Organization, OrganizationInput, OrganizationPatch, OrganizationsQuery, Page } from '../core/model.js';
import { useRosterContext } from './context.js';
import { definitionWritesFor } from './definitionWrites.js';
import { usePendingPatches } from './usePendingPatches.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseOrganizationsResult extends RosterQueryResult<Page<Organization>> {
  /** The previous query's page is on screen while this one loads. */
  isPreviousData: boolean;
  /** Pessimistic: the lists ask again, since the backend decides where the new one goes. Absent where the backend cannot. */
  createOrganization?: (input: OrganizationInput) => Promise<Organization>;
  /** Renames an organization or changes its domains: optimistic, exact rollback. Absent where the backend cannot. */
  updateOrganization?: (organizationId: string, patch: OrganizationPatch) => Promise<Organization>;
  /** Deletes an organization; its members lose the membership. Pessimistic. */
  deleteOrganization?: (organizationId: string) => Promise<void>;
  /** Organizations with a change still waiting for the backend. */
  pendingIds: ReadonlySet<string>;
}

/** Organizations, optionally searched and paged, and their writes. */
export function useOrganizations(query: OrganizationsQuery = {}): UseOrganizationsResult {
  const { adapter, keyBase, writes } = useRosterContext('useOrganizations');
  const search = query.search?.trim() || undefined;
  const normalized: OrganizationsQuery = { ...(search && { search }), ...(query.page && { page: query.page }) };
  const { data: loaded, ...result } = useRosterQuery('useOrganizations', rosterKeys.organizations(keyBase, normalized), (signal) => adapter.listOrganizations(normalized, { signal }), {
    keepPreviousData: true,
  });
  const { items, pendingIds } = usePendingPatches('useOrganizations', 'organizations', loaded?.items);
  const data = useMemo(() => loaded && (items === loaded.items ? loaded : { ...loaded, items: items! }), [loaded, items]);
  const can = organizationWrites(adapter);
  const createOrganization = useCallback((input: OrganizationInput) => definitionWritesFor(writes).createOrganization(input), [writes]);
  const updateOrganization = useCallback((id: string, patch: OrganizationPatch) => definitionWritesFor(writes).updateOrganization(id, patch), [writes]);
  const deleteOrganization = useCallback((id: string) => definitionWritesFor(writes).deleteOrganization(id), [writes]);
  return {
    ...result,
    data,
    pendingIds,
    createOrganization: can.create ? createOrganization : undefined,
    updateOrganization: can.update ? updateOrganization : undefined,
    deleteOrganization: can.delete ? deleteOrganization : undefined,
  };
}
