/**
 * The Descope adapter with a management key (server only): the whole project, request for request
 * as `@descope/node-sdk` sends it. Users are addressed by `userId` (the SDKs pass it in `loginId`),
 * roles change with the add (v2) / remove / set calls, project-wide or per tenant.
 */
import type { AdapterCapabilities, RequestContext, RoleScope, RosterAdapter } from '../../core/adapter.js';
import { RosterError, throwIfAborted } from '../../core/errors.js';
import type { CreateUserInput, OrganizationsQuery, UpdateUserInput, UsersQuery } from '../../core/model.js';
import { searchAndPageOrganizations } from '../../core/paging.js';
import { baseSearchBody, COMMON_CAPABILITIES, loadTenant, searchPage, tenantNotFound, type DescopeContext } from './context.js';
import { readList, readTenant, toOrganization } from './mapping.js';
import { createManagementDetails } from './managementDetails.js';
import { createOrganizationWrites } from './organizationWrites.js';
import { createPermissionWrites } from './permissionWrites.js';
import { createRoleWrites } from './roleWrites.js';
import { parseRoleId, roleNamesForScope } from './roleIds.js';
import { createEmail, createProfile, descopeStatus, patchFields } from './userBodies.js';
import { DESCOPE_PATHS, type DescopeUserSearchBody } from './wire.js';

export const MANAGEMENT_CAPABILITIES: AdapterCapabilities = Object.freeze({
  ...COMMON_CAPABILITIES,
  filters: Object.freeze({ status: true, roleIds: true, organizationId: true }),
  totals: true,
  projectRoles: true,
  roleUpdates: 'delta',
  // The SDK's `create` and `invite` both post to user/create; `invite` adds `invite: true`.
  createUser: Object.freeze({ active: true, invite: true, phone: true, nameParts: true, customAttributes: true, roleIds: true, organization: true }),
  // The management key manages every definition: roles of the project and of each tenant, permissions, tenants.
  manage: Object.freeze({ projectRoles: true, organizationRoles: true, permissions: true, organizations: true }),
  // All of it: load and search by email, the audit trail, the verified flags of a patch, invite
  // again by user id, delete an invitee, the custom attributes' schema (./managementDetails.ts).
  // The audit search files this adapter's writes as UserCreated / UserModified: change events.
  details: Object.freeze({
    lookupByEmail: true,
    activity: true,
    activityIncludesChanges: true,
    verifyEmail: true,
    verifyPhone: true,
    resendInvitation: true,
    revokeInvitation: true,
    attributeDefinitions: true,
  }),
});

function roleFilter(roleIds: readonly string[], organizationId: string | undefined): Partial<DescopeUserSearchBody> {
  const refs = roleIds.map(parseRoleId);
  const tenants = new Set(refs.flatMap((r) => (r.tenantId ? [r.tenantId] : [])));
  const names = refs.map((r) => r.name);
  if (organizationId) {
    if ([...tenants].some((t) => t !== organizationId)) {
      throw new RosterError('invalid_input', { message: 'The role filter names a role of another organization.', fieldErrors: { roleIds: 'Pick roles of the filtered organization.' } });
    }
    return { tenantRoleNames: { [organizationId]: { values: names } } };
  }
  if (tenants.size === 0) return { roleNames: names };
  if (tenants.size === 1 && refs.every((r) => r.tenantId)) return { tenantRoleNames: { [[...tenants][0]!]: { values: names } } };
  // Descope ANDs `roleNames` and `tenantRoleNames`; the neutral filter means "holds any of them".
  throw new RosterError('invalid_input', { message: 'Filter by project roles or by the roles of one organization, not both.', fieldErrors: { roleIds: 'Mixes roles of different scopes.' } });
}

function searchFilters(query: UsersQuery): DescopeUserSearchBody {
  const body = baseSearchBody(query);
  const { organizationId, roleIds } = query.filter ?? {};
  if (organizationId) body.tenantIds = [organizationId];
  if (roleIds?.length) Object.assign(body, roleFilter(roleIds, organizationId));
  return body;
}

export function createManagementAdapter(ctx: DescopeContext, id: string): RosterAdapter {
  const { call } = ctx;

  async function userFrom(body: unknown, signal: AbortSignal | undefined) {
    return ctx.toUser(ctx.readUserResponse(body), signal);
  }

  async function changeRoles(path: string, userId: string, roleIds: readonly string[], scope: RoleScope | undefined, rc: RequestContext | undefined) {
    throwIfAborted(rc?.signal);
    const tenantId = scope?.organizationId ?? null;
    const roleNames = roleNamesForScope(roleIds, tenantId);
    if (roleNames.length === 0 && path !== DESCOPE_PATHS.userRoleSet) return;
    await call({ method: 'POST', path, body: { loginId: userId, ...(tenantId ? { tenantId } : {}), roleNames }, signal: rc?.signal });
  }

  const adapter: RosterAdapter = {
    id,
    capabilities: MANAGEMENT_CAPABILITIES,

    async listUsers(query: UsersQuery, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const { items, total, nextCursor } = await searchPage(ctx, DESCOPE_PATHS.userSearch, query, searchFilters(query), rc?.signal);
      return { items, total, nextCursor };
    },

    async getUser(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return userFrom(await call({ method: 'GET', path: DESCOPE_PATHS.userLoad, query: { userId }, signal: rc?.signal }), rc?.signal);
    },

    async listRoles(scope?: RoleScope, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return ctx.roles.list(scope, rc?.signal);
    },

    async listOrganizations(query: OrganizationsQuery = {}, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const tenants = readList(await call({ method: 'GET', path: DESCOPE_PATHS.tenantAll, signal: rc?.signal }), 'tenants', readTenant);
      // Descope lists tenants whole; search and paging happen here.
      return searchAndPageOrganizations(tenants.map(toOrganization), query);
    },

    async getOrganization(organizationId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      try {
        return await loadTenant(ctx, organizationId, rc?.signal);
      } catch (error) {
        throw tenantNotFound(error);
      }
    },

    async listUserMemberships(userId: string, rc?: RequestContext) {
      return (await adapter.getUser(userId, rc)).memberships ?? [];
    },

    async createUser(input: CreateUserInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const email = createEmail(input);
      const roleNames = roleNamesForScope(input.roleIds ?? [], null);
      const org = input.organization;
      const body = {
        loginId: email,
        email,
        ...createProfile(input),
        ...(roleNames.length ? { roleNames } : {}),
        // As the SDK's `create(loginId, { userTenants })` sends it: membership and roles in one call.
        ...(org ? { userTenants: [{ tenantId: org.id, roleNames: roleNamesForScope(org.roleIds ?? [], org.id) }] } : {}),
        ...(input.invite ? { invite: true } : {}),
      };
      return userFrom(await call({ method: 'POST', path: DESCOPE_PATHS.userCreate, body, signal: rc?.signal }), rc?.signal);
    },

    async updateUser(userId: string, patch: UpdateUserInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const body = { loginId: userId, ...patchFields(patch) };
      return userFrom(await call({ method: 'PATCH', path: DESCOPE_PATHS.userPatch, body, signal: rc?.signal }), rc?.signal);
    },

    async deleteUser(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      // The SDK's `deleteByUserId`.
      await call({ method: 'POST', path: DESCOPE_PATHS.userDelete, body: { userId }, signal: rc?.signal });
    },

    async setUserStatus(userId, status, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const body = { loginId: userId, status: descopeStatus(status) };
      return userFrom(await call({ method: 'POST', path: DESCOPE_PATHS.userStatus, body, signal: rc?.signal }), rc?.signal);
    },

    addUserRoles: (userId, roleIds, scope, rc) => changeRoles(DESCOPE_PATHS.userRoleAdd, userId, roleIds, scope, rc),
    removeUserRoles: (userId, roleIds, scope, rc) => changeRoles(DESCOPE_PATHS.userRoleRemove, userId, roleIds, scope, rc),
    setUserRoles: (userId, roleIds, scope, rc) => changeRoles(DESCOPE_PATHS.userRoleSet, userId, roleIds, scope, rc),

    async addUserMembership(userId, organizationId, { roleIds = [] } = {}, rc) {
      throwIfAborted(rc?.signal);
      const roleNames = roleNamesForScope(roleIds, organizationId);
      await call({ method: 'POST', path: DESCOPE_PATHS.userTenantAdd, body: { loginId: userId, tenantId: organizationId }, signal: rc?.signal });
      // Joining takes no roles in Descope; they follow in a second call.
      if (roleNames.length) {
        await call({ method: 'POST', path: DESCOPE_PATHS.userRoleAdd, body: { loginId: userId, tenantId: organizationId, roleNames }, signal: rc?.signal });
      }
    },

    async removeUserMembership(userId, organizationId, rc) {
      throwIfAborted(rc?.signal);
      await call({ method: 'POST', path: DESCOPE_PATHS.userTenantRemove, body: { loginId: userId, tenantId: organizationId }, signal: rc?.signal });
    },

    ...createManagementDetails(ctx, (userId, rc) => adapter.getUser(userId, rc)),
    ...createRoleWrites(ctx),
    ...createPermissionWrites(ctx),
    ...createOrganizationWrites(ctx),
  };
  return adapter;
}
