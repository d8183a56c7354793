/**
 * Creating, changing and deleting Descope roles, in both modes:
 *
 * - management key: as `@descope/node-sdk` sends it, `role.create` / `role.update` (name +
 *   newName) / `role.delete`, with `tenantId` for a tenant's own role;
 * - a tenant admin's session: as Descope's role-management widget sends it
 *   (descope-js packages/widgets/role-management-widget/src/lib/widget/api/sdk/createRoleSdk.ts),
 *   create and update with `tenantId: <its tenant>`, delete through the batch call with
 *   `{ roleNames }`, all with `?tenant=`. Only its own tenant's roles: the widget shows project
 *   roles as not editable.
 *
 * Descope's update replaces every field, so a patch is merged into the role read just before;
 * role writes of one adapter run one at a time, so two quick patches cannot undo each other.
 */
import type { RequestContext, RoleScope, RosterAdapter } from '../../core/adapter.js';
import { RosterError, throwIfAborted } from '../../core/errors.js';
import { createKeyedQueue } from '../../core/keyedQueue.js';
import type { Role, RoleInput, RolePatch } from '../../core/model.js';
import { readList, readPermission, toRole } from './mapping.js';
import { unsupported, type DescopeContext } from './context.js';
import {
  checkPermissionsExist,
  definitionName,
  definitionNotFound,
  descopeCall,
  nameTaken,
  optionalDescription,
  permissionNames,
  sameName,
} from './definitions.js';
import { parseRoleId, type DescopeRoleRef } from './roleIds.js';
import { DESCOPE_PATHS, type DescopeRole } from './wire.js';

type RoleWrites = Required<Pick<RosterAdapter, 'createRole' | 'updateRole' | 'deleteRole'>>;

const inScope = (role: DescopeRole, tenantId: string | null) => (role.tenantId || null) === tenantId;

/** The neutral role for what was sent: Descope's answer is not relied on (older versions send `{}`). */
function sentRole(name: string, description: string | undefined, permissions: string[], tenantId: string | null): Role {
  const role = toRole({ name, permissionNames: permissions, createdTime: 0, ...(tenantId ? { tenantId } : {}) });
  return description === undefined ? role : { ...role, description };
}

export function createRoleWrites(ctx: DescopeContext): RoleWrites {
  const { call } = ctx;
  const session = ctx.tenantId;
  const serialized = createKeyedQueue();

  /** The tenant a role write is about; a session may write its own tenant's roles only. */
  function tenantFor(scope: RoleScope | undefined): string | null {
    const organizationId = scope?.organizationId ?? null;
    if (session === null) return organizationId;
    if (organizationId === null) throw unsupported('define project-wide roles in a tenant admin session');
    if (organizationId !== session) throw new RosterError('forbidden', { message: `This session defines roles within tenant “${session}” only.` });
    return session;
  }

  /** The role an id names, in the scope given (or the id's own); an id of another scope names nothing there. */
  function refIn(roleId: string, scope: RoleScope | undefined): DescopeRoleRef {
    let ref: DescopeRoleRef;
    try {
      ref = parseRoleId(roleId);
    } catch {
      throw definitionNotFound('role');
    }
    const tenantId = tenantFor(scope ?? (ref.tenantId ? { organizationId: ref.tenantId } : {}));
    if (tenantId !== ref.tenantId) throw definitionNotFound('role');
    return ref;
  }

  async function loadRole(ref: DescopeRoleRef, signal: AbortSignal | undefined): Promise<{ role: DescopeRole; roles: DescopeRole[] }> {
    const roles = await descopeCall(() => ctx.roles.load(signal));
    const role = roles.find((r) => r.name === ref.name && inScope(r, ref.tenantId));
    if (!role) throw definitionNotFound('role');
    return { role, roles };
  }

  async function checkPermissions(names: readonly string[], signal: AbortSignal | undefined): Promise<void> {
    if (!names.length) return;
    const body = await descopeCall(() => call({ method: 'GET', path: DESCOPE_PATHS.permissionAll, signal }));
    checkPermissionsExist(names, readList(body, 'permissions', readPermission).map((p) => p.name));
  }

  /** Every role write changes what the names users hold mean; the catalogue is read afresh next time. */
  async function write(path: string, body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<void> {
    try {
      await descopeCall(() => call({ method: 'POST', path, body, signal }));
    } finally {
      ctx.roles.forget();
    }
  }

  return {
    async createRole(input: RoleInput, scope?: RoleScope, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      const tenantId = tenantFor(scope);
      const name = definitionName(input?.name);
      const description = optionalDescription(input.description);
      const permissions = permissionNames(input.permissions ?? []);
      return serialized('roles', async () => {
        const roles = await descopeCall(() => ctx.roles.load(signal));
        if (roles.some((r) => inScope(r, tenantId) && sameName(r.name, name))) throw nameTaken('role');
        await checkPermissions(permissions, signal);
        const body = { name, ...(description !== undefined ? { description } : {}), permissionNames: permissions, ...(tenantId ? { tenantId } : {}) };
        await write(DESCOPE_PATHS.roleCreate, body, signal);
        return sentRole(name, description, permissions, tenantId);
      }, signal);
    },

    /**
     * Descope addresses roles by name, so the neutral id is built from the name (./roleIds.ts):
     * a rename gives the role a NEW id. The Role returned carries it; the old id names nothing.
     */
    async updateRole(roleId: string, patch: RolePatch, scope?: RoleScope, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      const ref = refIn(roleId, scope);
      const newName = patch?.name === undefined ? undefined : definitionName(patch.name);
      const newDescription = optionalDescription(patch?.description);
      const newPermissions = patch?.permissions === undefined ? undefined : permissionNames(patch.permissions);
      return serialized('roles', async () => {
        const { role, roles } = await loadRole(ref, signal);
        const name = newName ?? role.name;
        if (roles.some((r) => r !== role && inScope(r, ref.tenantId) && sameName(r.name, name))) throw nameTaken('role');
        if (newPermissions) await checkPermissions(newPermissions, signal);
        const description = newDescription ?? role.description ?? '';
        const permissions = newPermissions ?? role.permissionNames;
        // Every field is sent: what is left out, Descope clears (`default` included).
        const body = {
          name: role.name,
          newName: name,
          description,
          permissionNames: permissions,
          ...(ref.tenantId ? { tenantId: ref.tenantId } : {}),
          ...(role.default ? { default: true } : {}),
        };
        await write(DESCOPE_PATHS.roleUpdate, body, signal);
        return sentRole(name, description || undefined, permissions, ref.tenantId);
      }, signal);
    },

    async deleteRole(roleId: string, scope?: RoleScope, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      const ref = refIn(roleId, scope);
      return serialized('roles', async () => {
        await loadRole(ref, signal);
        // The widget deletes through the batch call, in its tenant (`?tenant=`), naming roles only.
        if (session !== null) await write(DESCOPE_PATHS.roleDeleteBatch, { roleNames: [ref.name] }, signal);
        else await write(DESCOPE_PATHS.roleDelete, { name: ref.name, ...(ref.tenantId ? { tenantId: ref.tenantId } : {}) }, signal);
      }, signal);
    },
  };
}
