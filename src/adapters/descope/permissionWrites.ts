/**
 * Descope's permissions, as `@descope/node-sdk` calls them: `permission.loadAll`, `create`,
 * `update` (name + newName; "Update will override all fields as is", so the description is always
 * sent) and `delete`. Permissions are addressed by name, so a permission's neutral id is its name
 * and a rename gives it a new one. Descope itself renames a permission in every role that grants
 * it, and removes a deleted one from them.
 *
 * A session may only list them (the role-management widget's `permission/all?tenant=`); changing
 * them needs the management key.
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { throwIfAborted } from '../../core/errors.js';
import { createKeyedQueue } from '../../core/keyedQueue.js';
import type { Permission, PermissionInput, PermissionPatch } from '../../core/model.js';
import type { DescopeContext } from './context.js';
import { definitionName, definitionNotFound, descopeCall, nameTaken, optionalDescription, sameName } from './definitions.js';
import { readList, readPermission, toPermission } from './mapping.js';
import { DESCOPE_PATHS, type DescopePermission } from './wire.js';

async function loadPermissions(ctx: DescopeContext, signal: AbortSignal | undefined): Promise<DescopePermission[]> {
  const body = await descopeCall(() => ctx.call({ method: 'GET', path: DESCOPE_PATHS.permissionAll, signal }));
  return readList(body, 'permissions', readPermission);
}

export function listPermissions(ctx: DescopeContext) {
  return async (rc?: RequestContext): Promise<Permission[]> => {
    throwIfAborted(rc?.signal);
    return (await loadPermissions(ctx, rc?.signal)).map(toPermission);
  };
}

type PermissionWrites = Required<Pick<RosterAdapter, 'listPermissions' | 'createPermission' | 'updatePermission' | 'deletePermission'>>;

export function createPermissionWrites(ctx: DescopeContext): PermissionWrites {
  const serialized = createKeyedQueue();
  const post = (path: string, body: Record<string, unknown>, signal: AbortSignal | undefined) =>
    descopeCall(() => ctx.call({ method: 'POST', path, body, signal }));

  async function find(permissionId: string, signal: AbortSignal | undefined) {
    const permissions = await loadPermissions(ctx, signal);
    const permission = permissions.find((p) => p.name === permissionId);
    if (!permission) throw definitionNotFound('permission');
    return { permission, permissions };
  }

  return {
    listPermissions: listPermissions(ctx),

    async createPermission(input: PermissionInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      const name = definitionName(input?.name);
      const description = optionalDescription(input.description);
      return serialized('permissions', async () => {
        if ((await loadPermissions(ctx, signal)).some((p) => sameName(p.name, name))) throw nameTaken('permission');
        await post(DESCOPE_PATHS.permissionCreate, { name, ...(description !== undefined ? { description } : {}) }, signal);
        return { id: name, name, ...(description !== undefined ? { description } : {}) };
      }, signal);
    },

    /** A rename gives the permission a new id (its name); the Permission returned carries it. */
    async updatePermission(permissionId: string, patch: PermissionPatch, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      const newName = patch?.name === undefined ? undefined : definitionName(patch.name);
      const newDescription = optionalDescription(patch?.description);
      return serialized('permissions', async () => {
        const { permission, permissions } = await find(permissionId, signal);
        const name = newName ?? permission.name;
        if (permissions.some((p) => p !== permission && sameName(p.name, name))) throw nameTaken('permission');
        const description = newDescription ?? permission.description ?? '';
        await post(DESCOPE_PATHS.permissionUpdate, { name: permission.name, newName: name, description }, signal);
        // Roles name permissions: the role list changed with this rename.
        ctx.roles.forget();
        return toPermission({ name, description });
      }, signal);
    },

    async deletePermission(permissionId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      return serialized('permissions', async () => {
        const { permission } = await find(permissionId, signal);
        await post(DESCOPE_PATHS.permissionDelete, { name: permission.name }, signal);
        ctx.roles.forget();
      }, signal);
    },
  };
}
