import type { RoleScope } from '../core/adapter.js';
import { rosterKeys } from '../core/cacheKeys.js';
import type { Role } from '../core/model.js';
import { useRoster } from './context.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

/** The roles that can be assigned project-wide, or inside one organization. */
export function useRoles(scope: RoleScope = {}): RosterQueryResult<Role[]> {
  const { adapter, keyBase } = useRoster('useRoles');
  const { organizationId } = scope;
  const { isPreviousData: _, ...query } = useRosterQuery('useRoles', rosterKeys.roles(keyBase, { organizationId }), (signal) =>
    adapter.listRoles(organizationId ? { organizationId } : {}, { signal }),
  );
  return query;
}
