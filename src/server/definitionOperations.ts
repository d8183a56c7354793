/**
 * The operations that define roles, permissions and organizations, in the same order as the user
 * operations (./operations.ts): parse, ask `authorize`, enforce the tenant scope, call the adapter,
 * return only public fields. A project admin may do all the backend can. A tenant admin may read
 * permissions and their own organization, and define roles inside their own organization (when
 * `authorize` allows it, as for every operation); permissions, organizations and project-wide
 * roles are shared by every tenant, so writing them is refused (./tenantScope.ts).
 *
 * Deleting a role, or changing a role or permission so that a role stops administering, is checked
 * for a lockout (./definitionLockout.ts) after the tenant scope, and the check and the write run
 * one at a time with every other lockout-checked write, as user writes do.
 */
import type { ManageWriteMethod } from '../core/manage.js';
import { definitionChange } from './audit.js';
import { oneAtATimeOn } from './lockout.js';
import { method, scopeArg, type Operation, type OperationEnv } from './operationEnv.js';
import { parseNoBody } from './parseBody.js';
import {
  parseOrganizationInputBody,
  parseOrganizationPatchBody,
  parsePermissionInputBody,
  parsePermissionPatchBody,
  parseRoleInputBody,
  parseRolePatchBody,
} from './parseDefinitionBody.js';
import { parseRolesQuery } from './parseQuery.js';
import { publicOrganization, publicPermission, publicRole } from './publicFields.js';
import { jsonResponse, noContentResponse } from './respond.js';

export type DefinitionOperation = ManageWriteMethod | 'listPermissions' | 'getOrganization';

/** Operations that read the role scope from the query string (`?organizationId=`). */
export const DEFINITION_QUERY_OPERATIONS = ['createRole', 'updateRole', 'deleteRole'] as const;

/** The path's id; the route only matches with it, and the router has refused unsafe ones. */
const param = (env: OperationEnv, name: 'roleId' | 'permissionId' | 'organizationId'): string => env.params[name]!;

export const DEFINITION_OPERATIONS: Readonly<Record<DefinitionOperation, Operation>> = {
  async createRole(env) {
    const create = method(env.adapter, 'createRole');
    const scope = parseRolesQuery(env.query);
    if (scope.organizationId) env.audit.target = { organizationId: scope.organizationId };
    const input = parseRoleInputBody(env.body);
    env.audit.change = definitionChange(input);
    await env.authorize('createRole', { role: input, ...scope });
    env.scope.requireRoleDefinitionScope(scope);
    const role = await create(input, scopeArg(scope), env.ctx);
    env.audit.target = { ...env.audit.target, roleId: role.id };
    return jsonResponse(publicRole(role), 201);
  },

  async updateRole(env) {
    const update = method(env.adapter, 'updateRole');
    const roleId = param(env, 'roleId');
    const scope = parseRolesQuery(env.query);
    env.audit.target = { roleId, ...scope };
    const patch = parseRolePatchBody(env.body);
    env.audit.change = definitionChange(patch);
    const details = { roleId, role: patch, ...scope };
    await env.authorize('updateRole', details);
    env.scope.requireRoleDefinitionScope(scope);
    await env.scope.requireOwnRole(roleId, env.ctx);
    // Only a new name or permission set can make an administering role stop administering.
    if (patch.name === undefined && patch.permissions === undefined) return jsonResponse(publicRole(await update(roleId, patch, scopeArg(scope), env.ctx)));
    const updated = await oneAtATimeOn(env.adapter, async () => {
      await env.protect('updateRole', details, { kind: 'update-role', roleId, organizationId: scope.organizationId ?? null, patch });
      return update(roleId, patch, scopeArg(scope), env.ctx);
    });
    return jsonResponse(publicRole(updated));
  },

  async deleteRole(env) {
    const remove = method(env.adapter, 'deleteRole');
    const roleId = param(env, 'roleId');
    const scope = parseRolesQuery(env.query);
    env.audit.target = { roleId, ...scope };
    parseNoBody(env.body);
    const details = { roleId, ...scope };
    await env.authorize('deleteRole', details);
    env.scope.requireRoleDefinitionScope(scope);
    await env.scope.requireOwnRole(roleId, env.ctx);
    await oneAtATimeOn(env.adapter, async () => {
      await env.protect('deleteRole', details, { kind: 'delete-role', roleId, organizationId: scope.organizationId ?? null });
      await remove(roleId, scopeArg(scope), env.ctx);
    });
    return noContentResponse();
  },

  async listPermissions(env) {
    const list = method(env.adapter, 'listPermissions');
    // Read by tenant admins too: the permissions are what their own roles can grant.
    await env.authorize('listPermissions', {});
    return jsonResponse((await list(env.ctx)).map(publicPermission));
  },

  async createPermission(env) {
    const create = method(env.adapter, 'createPermission');
    const input = parsePermissionInputBody(env.body);
    env.audit.change = definitionChange(input);
    await env.authorize('createPermission', { permission: input });
    env.scope.requireProjectAdmin('permissions');
    const permission = await create(input, env.ctx);
    env.audit.target = { permissionId: permission.id };
    return jsonResponse(publicPermission(permission), 201);
  },

  async updatePermission(env) {
    const update = method(env.adapter, 'updatePermission');
    const permissionId = param(env, 'permissionId');
    env.audit.target = { permissionId };
    const patch = parsePermissionPatchBody(env.body);
    env.audit.change = definitionChange(patch);
    const details = { permissionId, permission: patch };
    await env.authorize('updatePermission', details);
    env.scope.requireProjectAdmin('permissions');
    // A rename reaches every role granting the permission; a new description reaches none.
    if (patch.name === undefined) return jsonResponse(publicPermission(await update(permissionId, patch, env.ctx)));
    const name = patch.name;
    const updated = await oneAtATimeOn(env.adapter, async () => {
      await env.protect('updatePermission', details, { kind: 'permission', permissionId, name });
      return update(permissionId, patch, env.ctx);
    });
    return jsonResponse(publicPermission(updated));
  },

  async deletePermission(env) {
    const remove = method(env.adapter, 'deletePermission');
    const permissionId = param(env, 'permissionId');
    env.audit.target = { permissionId };
    parseNoBody(env.body);
    await env.authorize('deletePermission', { permissionId });
    env.scope.requireProjectAdmin('permissions');
    await oneAtATimeOn(env.adapter, async () => {
      await env.protect('deletePermission', { permissionId }, { kind: 'permission', permissionId, name: null });
      await remove(permissionId, env.ctx);
    });
    return noContentResponse();
  },

  async getOrganization(env) {
    const get = method(env.adapter, 'getOrganization');
    const organizationId = param(env, 'organizationId');
    await env.authorize('getOrganization', { organizationId });
    env.scope.requireOrganization(organizationId);
    return jsonResponse(publicOrganization(await get(organizationId, env.ctx)));
  },

  async createOrganization(env) {
    const create = method(env.adapter, 'createOrganization');
    const input = parseOrganizationInputBody(env.body);
    env.audit.change = definitionChange(input);
    await env.authorize('createOrganization', { organization: input });
    env.scope.requireProjectAdmin('organizations');
    const organization = await create(input, env.ctx);
    env.audit.target = { organizationId: organization.id };
    return jsonResponse(publicOrganization(organization), 201);
  },

  async updateOrganization(env) {
    const update = method(env.adapter, 'updateOrganization');
    const organizationId = param(env, 'organizationId');
    env.audit.target = { organizationId };
    const patch = parseOrganizationPatchBody(env.body);
    env.audit.change = definitionChange(patch);
    await env.authorize('updateOrganization', { organizationId, organization: patch });
    env.scope.requireProjectAdmin('organizations');
    return jsonResponse(publicOrganization(await update(organizationId, patch, env.ctx)));
  },

  async deleteOrganization(env) {
    const remove = method(env.adapter, 'deleteOrganization');
    const organizationId = param(env, 'organizationId');
    env.audit.target = { organizationId };
    parseNoBody(env.body);
    // Not a lockout of the project: it takes memberships only, never the project-wide roles project
    // admins hold, and leaves the organization's own admins nothing to administer.
    await env.authorize('deleteOrganization', { organizationId });
    env.scope.requireProjectAdmin('organizations');
    await remove(organizationId, env.ctx);
    return noContentResponse();
  },
};
