import { useCallback } from 'react';
import { rosterKeys } from '../core/cacheKeys.js';
import { permissionWrites } from '../core/manage.js';
import type { Permission, PermissionInput, PermissionPatch } from '../core/model.js';
import { useRosterContext } from './context.js';
import { definitionWritesFor } from './definitionWrites.js';
import { usePendingPatches } from './usePendingPatches.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UsePermissionsResult extends RosterQueryResult<Permission[]> {
  /** False where the backend cannot list permissions: `data` then stays undefined and nothing is requested. */
  isSupported: boolean;
  /** Pessimistic. Absent where the backend cannot. */
  createPermission?: (input: PermissionInput) => Promise<Permission>;
  /** Renames or describes a permission (and the roles granting it follow): optimistic, exact rollback. */
  updatePermission?: (permissionId: string, patch: PermissionPatch) => Promise<Permission>;
  /** Deletes a permission; roles stop granting it. Pessimistic. */
  deletePermission?: (permissionId: string) => Promise<void>;
  /** Permissions with a change still waiting for the backend. */
  pendingIds: ReadonlySet<string>;
}

/** Every permission a role can grant, and their writes. */
export function usePermissions(): UsePermissionsResult {
  const { adapter, keyBase, writes } = useRosterContext('usePermissions');
  const can = permissionWrites(adapter);
  const { isPreviousData: _, data: loaded, ...query } = useRosterQuery('usePermissions', can.list ? rosterKeys.permissions(keyBase) : null, (signal) => adapter.listPermissions!({ signal }));
  const { items: data, pendingIds } = usePendingPatches('usePermissions', 'permissions', loaded);
  const createPermission = useCallback((input: PermissionInput) => definitionWritesFor(writes).createPermission(input), [writes]);
  const updatePermission = useCallback((id: string, patch: PermissionPatch) => definitionWritesFor(writes).updatePermission(id, patch), [writes]);
  const deletePermission = useCallback((id: string) => definitionWritesFor(writes).deletePermission(id), [writes]);
  return {
    ...query,
    data,
    pendingIds,
    isSupported: can.list,
    createPermission: can.list && can.create ? createPermission : undefined,
    updatePermission: can.list && can.update ? updatePermission : undefined,
    deletePermission: can.list && can.delete ? deletePermission : undefined,
  };
}
