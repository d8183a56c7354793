import type { RoleScope } from '../core/adapter.js';
import { rosterKeys } from '../core/cacheKeys.js';
import type { Role } from '../core/model.js';
import { useRosterContext } from './context.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export type UseRolesResult = RosterQueryResult<Role[]>;

/** The roles that can be assigned project-wide, or inside one organization. */
export function useRoles(scope: RoleScope = {}): UseRolesResult {
  const { adapter, keyBase } = useRosterContext('useRoles');
  const { organizationId } = scope;
  const { isPreviousData: _, ...query } = useRosterQuery('useRoles', rosterKeys.roles(keyBase, { organizationId }), (signal) =>
    adapter.listRoles(organizationId ? { organizationId } : {}, { signal }),
  );
  return query;
}
