/**
 * The remote adapter's role, permission and organization methods (the protocol's definition
 * routes, core/protocol.ts), and which of them its capabilities may promise. Bodies carry only the
 * fields the protocol defines: the handler refuses any other, so a caller passing a whole `Role`
 * as a patch still sends just its name, description and permissions.
 */
import type { AdapterMethodName, RosterAdapter, RoleScope } from '../../core/adapter.js';
import type { ManageCapabilities, ManageWriteMethod } from '../../core/manage.js';
import { protocolPath } from '../../core/protocol.js';
import { parseOrganization, parsePermission, parsePermissions, parseRole } from '../../core/validate.js';
import type { HttpRequest } from '../http/httpClient.js';

type Call = <T = unknown>(req: HttpRequest) => Promise<T>;

/** Every definition method the protocol routes: the writes, the permission list, one organization. */
export type DefinitionMethods = Required<Pick<RosterAdapter, ManageWriteMethod | 'listPermissions' | 'getOrganization'>>;

/** The protocol's own fields of `value`, those left undefined left out. */
function only(value: object, keys: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}

const ROLE_FIELDS = ['name', 'description', 'permissions'];
const PERMISSION_FIELDS = ['name', 'description'];
const ORGANIZATION_FIELDS = ['name', 'domains'];

const roleQuery = (scope: RoleScope | undefined) => ({ organizationId: scope?.organizationId || undefined });
const rolePath = (roleId: string) => protocolPath('roles/:roleId', { roleId });
const permissionPath = (permissionId: string) => protocolPath('permissions/:permissionId', { permissionId });
const organizationPath = (organizationId: string) => protocolPath('organizations/:organizationId', { organizationId });

export function definitionMethods(call: Call): DefinitionMethods {
  return {
    async getOrganization(organizationId, ctx) {
      return parseOrganization(await call({ method: 'GET', path: organizationPath(organizationId), signal: ctx?.signal }));
    },
    async createRole(input, scope, ctx) {
      return parseRole(await call({ method: 'POST', path: '/roles', query: roleQuery(scope), body: only(input, ROLE_FIELDS), signal: ctx?.signal }));
    },
    async updateRole(roleId, patch, scope, ctx) {
      return parseRole(await call({ method: 'PATCH', path: rolePath(roleId), query: roleQuery(scope), body: only(patch, ROLE_FIELDS), signal: ctx?.signal }));
    },
    async deleteRole(roleId, scope, ctx) {
      await call({ method: 'DELETE', path: rolePath(roleId), query: roleQuery(scope), signal: ctx?.signal });
    },
    async listPermissions(ctx) {
      return parsePermissions(await call({ method: 'GET', path: '/permissions', signal: ctx?.signal }));
    },
    async createPermission(input, ctx) {
      return parsePermission(await call({ method: 'POST', path: '/permissions', body: only(input, PERMISSION_FIELDS), signal: ctx?.signal }));
    },
    async updatePermission(permissionId, patch, ctx) {
      return parsePermission(await call({ method: 'PATCH', path: permissionPath(permissionId), body: only(patch, PERMISSION_FIELDS), signal: ctx?.signal }));
    },
    async deletePermission(permissionId, ctx) {
      await call({ method: 'DELETE', path: permissionPath(permissionId), signal: ctx?.signal });
    },
    async createOrganization(input, ctx) {
      return parseOrganization(await call({ method: 'POST', path: '/organizations', body: only(input, ORGANIZATION_FIELDS), signal: ctx?.signal }));
    },
    async updateOrganization(organizationId, patch, ctx) {
      return parseOrganization(await call({ method: 'PATCH', path: organizationPath(organizationId), body: only(patch, ORGANIZATION_FIELDS), signal: ctx?.signal }));
    },
    async deleteOrganization(organizationId, ctx) {
      await call({ method: 'DELETE', path: organizationPath(organizationId), signal: ctx?.signal });
    },
  };
}

/**
 * What the server said it manages, kept only where the adapter offers a method for it: a flag
 * never promises a write the adapter lacks (permissions need their list too).
 */
export function offeredManagement(told: ManageCapabilities, offered: ReadonlySet<AdapterMethodName>): ManageCapabilities {
  const some = (...names: AdapterMethodName[]) => names.some((name) => offered.has(name));
  const roleWrites = some('createRole', 'updateRole', 'deleteRole');
  return {
    projectRoles: told.projectRoles && roleWrites,
    organizationRoles: told.organizationRoles && roleWrites,
    permissions: told.permissions && offered.has('listPermissions') && some('createPermission', 'updatePermission', 'deletePermission'),
    organizations: told.organizations && some('createOrganization', 'updateOrganization', 'deleteOrganization'),
  };
}
