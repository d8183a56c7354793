import { useCallback, useMemo } from 'react';
import type { RoleScope } from '../core/adapter.js';
import { rosterKeys } from '../core/cacheKeys.js';
import { roleWritesIn } from '../core/manage.js';
import type { Role, RoleInput, RolePatch } from '../core/model.js';
import { useRosterContext } from './context.js';
import { definitionWritesFor, roleList } from './definitionWrites.js';
import { usePendingPatches } from './usePendingPatches.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseRolesResult extends RosterQueryResult<Role[]> {
  /** Defines a role in this scope; pessimistic. Absent where the backend cannot. */
  createRole?: (input: RoleInput) => Promise<Role>;
  /**
   * Changes a role's name, description or permissions: shown at once, rolled back exactly on
   * failure. Absent where the backend cannot. Resolves with the role as the backend holds it,
   * whose id may differ where ids are names (Descope).
   */
  updateRole?: (roleId: string, patch: RolePatch) => Promise<Role>;
  /** Deletes a role; its holders lose it. Pessimistic. Absent where the backend cannot. */
  deleteRole?: (roleId: string) => Promise<void>;
  /** Roles with a change still waiting for the backend. */
  pendingIds: ReadonlySet<string>;
}

/** The roles that can be assigned project-wide, or inside one organization, and their writes. */
export function useRoles(scope: RoleScope = {}): UseRolesResult {
  const { adapter, keyBase, writes } = useRosterContext('useRoles');
  const { organizationId } = scope;
  const { isPreviousData: _, data: loaded, ...query } = useRosterQuery('useRoles', rosterKeys.roles(keyBase, { organizationId }), (signal) =>
    adapter.listRoles(organizationId ? { organizationId } : {}, { signal }),
  );
  const { items: data, pendingIds } = usePendingPatches('useRoles', roleList({ organizationId }), loaded);
  const can = roleWritesIn(adapter, { organizationId });
  const scoped = useMemo<RoleScope>(() => (organizationId ? { organizationId } : {}), [organizationId]);
  const createRole = useCallback((input: RoleInput) => definitionWritesFor(writes).createRole(input, scoped), [writes, scoped]);
  const updateRole = useCallback((roleId: string, patch: RolePatch) => definitionWritesFor(writes).updateRole(roleId, patch, scoped), [writes, scoped]);
  const deleteRole = useCallback((roleId: string) => definitionWritesFor(writes).deleteRole(roleId, scoped), [writes, scoped]);
  return {
    ...query,
    data,
    pendingIds,
    createRole: can.create ? createRole : undefined,
    updateRole: can.update ? updateRole : undefined,
    deleteRole: can.delete ? deleteRole : undefined,
  };
}
