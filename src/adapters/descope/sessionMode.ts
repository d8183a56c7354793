/**
 * The Descope adapter in a tenant admin's own session (browser): only the calls Descope's
 * user-management widget makes, with the bodies it sends
 * (descope-js packages/widgets/user-management-widget/src/lib/widget/api/sdk/createUserSdk.ts),
 * each with `?tenant=<tenantId>`.
 *
 * - Users are addressed as the widget addresses them: by their first login id (`loginIds[0]`) for
 *   patch and status, by `userIds` for the batch delete. The neutral user id stays Descope's
 *   `userId`; its login id is remembered from every record read, or looked up by a search.
 * - Delete removes the user from the session's tenant only (Descope's tenant-remove call): the
 *   widget's batch delete ends the account in every tenant, which is not a tenant admin's call to
 *   make. It is used only when the host opted in and the user belongs to no other tenant in sight.
 * - New users are created as the widget creates them: invited (so `invite: true` is required),
 *   email and phone marked verified, into the session's tenant (`userTenants` names sub-tenants
 *   only; Roster sends none).
 * - `roleNames` in a session's body are the roles held in its tenant, so role changes are patches
 *   of the whole list (read-modify-write, serialized per user).
 * - Its tenant's own roles are defined as the role-management widget defines them (./roleWrites.ts);
 *   permissions are read only, project roles and tenants not at all.
 */
import type { AdapterCapabilities, RequestContext, RoleScope, RosterAdapter } from '../../core/adapter.js';
import { RosterError, throwIfAborted } from '../../core/errors.js';
import type { CreateUserInput, OrganizationsQuery, UpdateUserInput, User, UsersQuery } from '../../core/model.js';
import { createKeyedQueue } from '../../core/keyedQueue.js';
import { searchAndPageOrganizations } from '../../core/paging.js';
import { baseSearchBody, COMMON_CAPABILITIES, loadTenant, searchPage, unsupported, type DescopeContext } from './context.js';
import { listPermissions } from './permissionWrites.js';
import { roleNamesForScope } from './roleIds.js';
import { createSessionDetails } from './sessionDetails.js';
import { createRoleWrites } from './roleWrites.js';
import { createEmail, createProfile, descopeStatus, patchFields } from './userBodies.js';
import { DESCOPE_PATHS, type DescopeUser } from './wire.js';

export const SESSION_CAPABILITIES: AdapterCapabilities = Object.freeze({
  ...COMMON_CAPABILITIES,
  filters: Object.freeze({ status: true, roleIds: false, organizationId: false }),
  // The widget's v1 search is not known to answer with a total.
  totals: false,
  // A session acts inside its tenant: project-wide roles are neither visible nor assignable.
  projectRoles: false,
  roleUpdates: 'set',
  // The widget only invites (`active: false`); a session holds its tenant's roles only.
  createUser: Object.freeze({ active: false, invite: true, phone: true, nameParts: true, customAttributes: true, roleIds: false, organization: true }),
  // What Descope's role-management widget does in a session: its own tenant's roles, nothing else
  // (project roles show as not editable there; no widget changes permissions or tenants).
  manage: Object.freeze({ projectRoles: false, organizationRoles: true, permissions: false, organizations: false }),
  // What the user-management widget can do about one user (./sessionDetails.ts): no audit trail
  // (management key only) and no resend (the widget has none).
  details: Object.freeze({
    lookupByEmail: true,
    activity: false,
    activityIncludesChanges: false,
    verifyEmail: true,
    verifyPhone: true,
    resendInvitation: false,
    revokeInvitation: true,
    attributeDefinitions: true,
  }),
});

export interface SessionModeOptions {
  /** See DescopeSessionAuth.deleteUsersWithNoOtherTenant. */
  deleteUsersWithNoOtherTenant: boolean;
}

export function createSessionAdapter(ctx: DescopeContext, id: string, options: SessionModeOptions = { deleteUsersWithNoOtherTenant: false }): RosterAdapter {
  const { call } = ctx;
  const tenantId = ctx.tenantId!;
  const forbidden = (message: string) => new RosterError('forbidden', { message });

  /** userId → loginIds[0], from every record this adapter has read. */
  const loginIds = new Map<string, string>();
  function remember(record: DescopeUser): DescopeUser {
    if (record.loginIds[0]) loginIds.set(record.userId, record.loginIds[0]);
    return record;
  }

  /** A session cannot load a single user; the widget's search narrowed to one id can. */
  async function loadRecord(userId: string, signal: AbortSignal | undefined): Promise<DescopeUser> {
    const body = { userIds: [userId], page: 0, limit: 1 };
    const { records } = await ctx.search(DESCOPE_PATHS.widgetUserSearch, body, signal);
    const record = records.find((r) => r.userId === userId);
    if (!record) throw new RosterError('not_found', { message: `No user with id “${userId}” in this tenant.` });
    return remember(record);
  }

  function loginIdIn(record: DescopeUser): string {
    const loginId = record.loginIds[0];
    if (!loginId) throw new RosterError('bad_response', { cause: new Error(`Descope user ${record.userId} has no login id`) });
    return loginId;
  }

  async function loginIdOf(userId: string, signal: AbortSignal | undefined): Promise<string> {
    return loginIds.get(userId) ?? loginIdIn(await loadRecord(userId, signal));
  }

  async function userFrom(body: unknown, signal: AbortSignal | undefined): Promise<User> {
    return ctx.toUser(remember(ctx.readUserResponse(body)), signal);
  }

  function inSessionTenant(organizationId: string | undefined, what: string): string {
    if (organizationId !== tenantId) throw forbidden(`This session ${what} within tenant “${tenantId}” only.`);
    return tenantId;
  }

  // Role changes patch the whole list; one change per user at a time, so none is lost.
  const serialized = createKeyedQueue();

  async function patchTenantRoles(loginId: string, roleNames: string[], signal: AbortSignal | undefined): Promise<void> {
    await call({ method: 'PATCH', path: DESCOPE_PATHS.userPatch, body: { loginId, roleNames: [...new Set(roleNames)] }, signal });
  }

  async function editTenantRoles(userId: string, roleIds: readonly string[], scope: RoleScope | undefined, rc: RequestContext | undefined, edit: (held: string[], names: string[]) => string[]) {
    throwIfAborted(rc?.signal);
    const names = roleNamesForScope(roleIds, inSessionTenant(scope?.organizationId, 'manages roles'));
    return serialized(userId, async () => {
      const record = await loadRecord(userId, rc?.signal);
      const held = record.userTenants.find((t) => t.tenantId === tenantId)?.roleNames ?? [];
      await patchTenantRoles(loginIdIn(record), edit(held, names), rc?.signal);
    }, rc?.signal);
  }

  const adapter: RosterAdapter = {
    id,
    capabilities: SESSION_CAPABILITIES,

    async listUsers(query: UsersQuery, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      if (query.filter?.organizationId || query.filter?.roleIds?.length) throw unsupported('filter by organization or role in a tenant admin session');
      const { items, total, nextCursor, records } = await searchPage(ctx, DESCOPE_PATHS.widgetUserSearch, query, baseSearchBody(query), rc?.signal);
      records.forEach(remember);
      return { items, total, nextCursor };
    },

    async getUser(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return ctx.toUser(await loadRecord(userId, rc?.signal), rc?.signal);
    },

    async listRoles(scope?: RoleScope, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      if (scope?.organizationId) inSessionTenant(scope.organizationId, 'sees roles');
      return ctx.roles.list(scope, rc?.signal);
    },

    async listOrganizations(query: OrganizationsQuery = {}, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return searchAndPageOrganizations([await loadTenant(ctx, tenantId, rc?.signal)], query);
    },

    async listUserMemberships(userId: string, rc?: RequestContext) {
      return (await adapter.getUser(userId, rc)).memberships ?? [];
    },

    async createUser(input: CreateUserInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const email = createEmail(input);
      if (input.roleIds?.length) throw unsupported('grant project-wide roles in a tenant admin session (give the tenant’s roles as organization.roleIds)');
      // Never an invitation the caller did not ask for: it emails a real person.
      if (input.invite !== true) throw unsupported('create an active user in a tenant admin session; it invites (invite: true), as Descope’s user-management widget does');
      const org = input.organization;
      const roleNames = org ? roleNamesForScope(org.roleIds ?? [], inSessionTenant(org.id, 'creates users')) : [];
      // The widget's create body: always an invitation, email and phone marked verified by the admin.
      const body = {
        loginId: email,
        email,
        ...createProfile(input),
        ...(roleNames.length ? { roleNames } : {}),
        userTenants: [],
        verifiedEmail: true,
        verifiedPhone: true,
        invite: true,
      };
      return userFrom(await call({ method: 'POST', path: DESCOPE_PATHS.userCreate, body, signal: rc?.signal }), rc?.signal);
    },

    async updateUser(userId: string, patch: UpdateUserInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const body = { loginId: await loginIdOf(userId, rc?.signal), ...patchFields(patch) };
      return userFrom(await call({ method: 'PATCH', path: DESCOPE_PATHS.userPatch, body, signal: rc?.signal }), rc?.signal);
    },

    async deleteUser(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      if (options.deleteUsersWithNoOtherTenant) {
        // A fresh record: the tenants it lists decide whether the account may go.
        const record = await loadRecord(userId, signal);
        if (record.userTenants.every((t) => t.tenantId === tenantId)) {
          // The widget deletes the selected users by `userId`, in a batch.
          await call({ method: 'POST', path: DESCOPE_PATHS.userDeleteBatch, body: { userIds: [userId] }, signal });
          loginIds.delete(userId);
          return;
        }
      }
      // Descope documents no session access to this call (reference §1.6); if it refuses, the delete
      // fails as `forbidden` and nothing is removed — never more than the tenant's membership.
      const body = { loginId: await loginIdOf(userId, signal), tenantId };
      await call({ method: 'POST', path: DESCOPE_PATHS.userTenantRemove, body, signal });
      loginIds.delete(userId);
    },

    async setUserStatus(userId, status, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const descope = descopeStatus(status);
      const body = { loginId: await loginIdOf(userId, rc?.signal), status: descope };
      return userFrom(await call({ method: 'POST', path: DESCOPE_PATHS.userStatus, body, signal: rc?.signal }), rc?.signal);
    },

    addUserRoles: (userId, roleIds, scope, rc) => editTenantRoles(userId, roleIds, scope, rc, (held, names) => [...held, ...names]),
    removeUserRoles: (userId, roleIds, scope, rc) => editTenantRoles(userId, roleIds, scope, rc, (held, names) => held.filter((n) => !names.includes(n))),
    async setUserRoles(userId, roleIds, scope, rc) {
      throwIfAborted(rc?.signal);
      const names = roleNamesForScope(roleIds, inSessionTenant(scope?.organizationId, 'manages roles'));
      return serialized(userId, async () => patchTenantRoles(await loginIdOf(userId, rc?.signal), names, rc?.signal), rc?.signal);
    },

    ...createSessionDetails(ctx, {
      loadRecord,
      loginIdOf,
      userFrom,
      remember,
      getUser: (userId, rc) => adapter.getUser(userId, rc),
      deleteUser: (userId, rc) => adapter.deleteUser!(userId, rc),
    }),
    ...createRoleWrites(ctx),
    // Read only: the permissions a tenant role can grant, as the widget lists them.
    listPermissions: listPermissions(ctx),
  };
  return adapter;
}
