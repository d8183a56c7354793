/**
 * The Descope emulator's user operations over its state: who a body names, what a caller may see,
 * and create / patch / status / roles / tenants as Descope's reference describes them.
 *
 * How a body names its user, strict to what Descope's own code sends:
 * - management key: `loginId` holds a login id or a user id (the SDKs' `loginIdOrUserId`); an
 *   explicit `userId` field only where the docs list one (patch, status, delete);
 * - a tenant admin's session: `loginId` is a login id, as the user-management widget sends
 *   `loginIds[0]`; a user id there finds no one. `userId` again only on patch and status.
 */
import { isEmail } from '../../../core/email.js';
import {
  DESCOPE_ERROR_CODES as CODES,
  type DescopeUser,
  type DescopeUserSearchBody,
  type DescopeUserStatus,
  type DescopeUserTenant,
} from '../../../adapters/descope/wire.js';
import { failure, forbidden, invalidRequest, missingArgument, optionalBoolean, optionalString, stringList, userNotFound, type Body } from './failures.js';
import { searchUsers } from './search.js';
import { blankUser, type DescopeEmulatorState } from './state.js';

/** Who calls: the management key, or a tenant admin's session (`actorId`: the admin's user id, as the audit trail names them). */
export type Caller = { kind: 'management' } | { kind: 'session'; tenantId: string; actorId: string };

/** Records a write in the audit trail (./audits.ts). */
export type AuditWrite = (action: 'UserCreated' | 'UserModified' | 'UserDeleted', user: DescopeUser, caller: Caller) => void;

export interface CallContext {
  caller: Caller;
  body: Body;
  url: URL;
}

const SETTABLE_STATUSES: readonly DescopeUserStatus[] = ['enabled', 'disabled', 'invited'];

export function createUserOperations(state: DescopeEmulatorState, newUserId: () => string, audit: AuditWrite) {
  const isVisible = (user: DescopeUser, caller: Caller) =>
    caller.kind === 'management' || user.userTenants.some((t) => t.tenantId === caller.tenantId);

  const isSubTenantOf = (tenantId: string, parent: string) => state.tenants.some((t) => t.id === tenantId && t.parent === parent);

  /**
   * What a caller sees of a user: a session sees its tenant and that tenant's sub-tenants (the
   * widget's own mock lists sub-tenant memberships) as the user's whole world.
   */
  function view(user: DescopeUser, caller: Caller): DescopeUser {
    if (caller.kind === 'management') return structuredClone(user);
    const tenant = user.userTenants.find((t) => t.tenantId === caller.tenantId);
    const inSight = user.userTenants.filter((t) => t.tenantId === caller.tenantId || isSubTenantOf(t.tenantId, caller.tenantId));
    return structuredClone({ ...user, roleNames: tenant?.roleNames ?? [], userTenants: inSight });
  }

  /** The user a body names; `userIdField` where the route's docs list an explicit `userId`. */
  function findUser(body: Body, caller: Caller, userIdField = false): DescopeUser {
    const userId = userIdField ? optionalString(body, 'userId') : undefined;
    const loginId = optionalString(body, 'loginId');
    if (!userId && !loginId) throw missingArgument('loginId');
    const user = userId
      ? state.users.find((u) => u.userId === userId)
      : state.users.find((u) => u.loginIds.includes(loginId!) || (caller.kind === 'management' && u.userId === loginId));
    if (!user || !isVisible(user, caller)) {
      const hint = caller.kind === 'session' && !userId ? `No user has the login ID ${loginId} (a session names users by login ID, as the widget does)` : undefined;
      throw userNotFound(hint);
    }
    return user;
  }

  function findTenant(tenantId: string) {
    const tenant = state.tenants.find((t) => t.id === tenantId);
    if (!tenant) throw invalidRequest(`Tenant ${tenantId} not found`);
    return tenant;
  }

  function membershipOf(user: DescopeUser, tenantId: string): DescopeUserTenant {
    findTenant(tenantId);
    const membership = user.userTenants.find((t) => t.tenantId === tenantId);
    if (!membership) throw invalidRequest(`User is not a member of tenant ${tenantId}`);
    return membership;
  }

  /** Role names that exist where they are to be held: the project's, plus the tenant's own. */
  function checkRoleNames(value: unknown, tenantId: string | null): string[] {
    if (value === undefined || value === null) throw missingArgument('roleNames');
    const names = stringList(value, 'roleNames');
    const known = new Set(state.roles.filter((r) => !r.tenantId || r.tenantId === tenantId).map((r) => r.name));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length) throw invalidRequest(`Role not found: ${unknown.join(', ')}`);
    return names;
  }

  /** `userTenants` of a body; a session may name only sub-tenants of its own tenant, as the widget does. */
  function tenantsFromBody(value: unknown, caller: Caller): DescopeUserTenant[] {
    if (!Array.isArray(value)) throw invalidRequest('userTenants must be an array');
    return value.map((entry) => {
      const tenantId = typeof entry?.tenantId === 'string' ? entry.tenantId : '';
      if (!tenantId) throw missingArgument('userTenants.tenantId');
      const tenant = findTenant(tenantId);
      if (caller.kind === 'session' && tenant.parent !== caller.tenantId) {
        throw forbidden(`A session may assign sub-tenants of ${caller.tenantId} only, not ${tenantId}`);
      }
      return { tenantId, tenantName: tenant.name, roleNames: checkRoleNames(entry.roleNames ?? [], tenantId) };
    });
  }

  /** Fields create and patch share; only those present in the body change. */
  function applyProfile(user: DescopeUser, body: Body, caller: Caller): void {
    const email = optionalString(body, 'email');
    if (email !== undefined) {
      if (email !== '' && !isEmail(email)) throw invalidRequest('Invalid email address');
      user.email = email;
    }
    // Docs name it `name`, the SDKs and widgets send `displayName`.
    const displayName = optionalString(body, 'displayName') ?? optionalString(body, 'name');
    if (displayName !== undefined) user.name = displayName;
    for (const key of ['phone', 'givenName', 'middleName', 'familyName', 'picture'] as const) {
      const value = optionalString(body, key);
      if (value !== undefined) user[key] = value;
    }
    for (const key of ['verifiedEmail', 'verifiedPhone'] as const) {
      const value = optionalBoolean(body, key);
      if (value !== undefined) user[key] = value;
    }
    if (body.customAttributes !== undefined && body.customAttributes !== null) {
      if (typeof body.customAttributes !== 'object' || Array.isArray(body.customAttributes)) throw invalidRequest('customAttributes must be an object');
      user.customAttributes = { ...user.customAttributes, ...(body.customAttributes as Record<string, unknown>) };
    }
    const additional = body.additionalLoginIds ?? body.additionalIdentifiers;
    if (additional !== undefined && additional !== null) user.loginIds = [user.loginIds[0]!, ...stringList(additional, 'additionalLoginIds')];
    const tenants = body.userTenants === undefined || body.userTenants === null ? null : tenantsFromBody(body.userTenants, caller);
    if (caller.kind === 'session') {
      // With ?tenant= Descope reads `roleNames` as the roles held in that tenant, as its widget sends them.
      if (body.roleNames !== undefined && body.roleNames !== null) {
        user.userTenants.find((t) => t.tenantId === caller.tenantId)!.roleNames = checkRoleNames(body.roleNames, caller.tenantId);
      }
      // Its sub-tenant memberships are replaced; the session's own membership stays.
      if (tenants) user.userTenants = [...user.userTenants.filter((t) => !isSubTenantOf(t.tenantId, caller.tenantId)), ...tenants];
      return;
    }
    if (body.roleNames !== undefined && body.roleNames !== null) user.roleNames = checkRoleNames(body.roleNames, null);
    if (tenants) user.userTenants = tenants;
  }

  function invite(user: DescopeUser): void {
    state.invitations.push({ userId: user.userId, loginId: user.loginIds[0] ?? user.userId, sentAt: Date.now() });
  }

  function createUser({ body, caller }: CallContext) {
    const loginId = optionalString(body, 'loginId');
    if (!loginId) throw missingArgument('loginId');
    // node-sdk's `invite(userId)`: "the user must already exist — no new user is created, and the
    // invite is sent to the existing user (useful for re-inviting)". The SDK documents it with a
    // management key; the widget never sends a user id.
    const existing = caller.kind === 'management' && body.invite === true ? state.users.find((u) => u.userId === loginId) : undefined;
    if (existing) {
      invite(existing);
      return { user: view(existing, caller) };
    }
    if (state.users.some((u) => u.userId === loginId || u.loginIds.includes(loginId))) {
      throw failure(400, CODES.userAlreadyExists, 'User already exists', `A user with login ID ${loginId} already exists`);
    }
    const user = blankUser(newUserId(), loginId);
    // A session creates into its own tenant, as the widget does.
    if (caller.kind === 'session') user.userTenants = [{ tenantId: caller.tenantId, tenantName: findTenant(caller.tenantId).name, roleNames: [] }];
    applyProfile(user, body, caller);
    user.status = body.invite === true ? 'invited' : 'enabled';
    user.test = body.test === true;
    state.users.push(user);
    if (user.status === 'invited') invite(user);
    audit('UserCreated', user, caller);
    return { user: view(user, caller) };
  }

  function patchUser({ body, caller }: CallContext) {
    const user = findUser(body, caller, true);
    // Checked on a copy so a rejected patch changes nothing.
    const draft = structuredClone(user);
    applyProfile(draft, body, caller);
    if (body.status !== undefined) {
      if (!SETTABLE_STATUSES.includes(body.status as DescopeUserStatus)) throw invalidRequest('status must be enabled, disabled or invited');
      draft.status = body.status as DescopeUserStatus;
    }
    Object.assign(user, draft);
    audit('UserModified', user, caller);
    return { user: view(user, caller) };
  }

  function setStatus({ body, caller }: CallContext) {
    const user = findUser(body, caller, true);
    if (!SETTABLE_STATUSES.includes(body.status as DescopeUserStatus)) throw invalidRequest('status must be enabled, disabled or invited');
    user.status = body.status as DescopeUserStatus;
    audit('UserModified', user, caller);
    return { user: view(user, caller) };
  }

  function removeUsers(users: readonly DescopeUser[], caller: Caller): void {
    state.users = state.users.filter((u) => !users.includes(u));
    for (const user of users) audit('UserDeleted', user, caller);
  }

  function changeRoles(apply: (held: string[], names: string[]) => string[]) {
    return ({ body, caller }: CallContext) => {
      const user = findUser(body, caller);
      const tenantId = optionalString(body, 'tenantId') || null;
      if (tenantId) {
        const membership = membershipOf(user, tenantId);
        membership.roleNames = apply(membership.roleNames, checkRoleNames(body.roleNames, tenantId));
      } else {
        user.roleNames = apply(user.roleNames, checkRoleNames(body.roleNames, null));
      }
      audit('UserModified', user, caller);
      return { user: view(user, caller) };
    };
  }

  function search(withTotal: boolean) {
    return ({ body, caller }: CallContext) => {
      for (const key of ['userIds', 'loginIds', 'emails', 'phones', 'statuses', 'tenantIds', 'roleNames', 'sort'] as const) {
        if (body[key] !== undefined && body[key] !== null && !Array.isArray(body[key])) throw invalidRequest(`${key} must be an array`);
      }
      const pool = state.users.filter((u) => isVisible(u, caller)).map((u) => view(u, caller));
      const result = searchUsers(pool, body as DescopeUserSearchBody);
      return withTotal ? result : { users: result.users };
    };
  }

  function changeTenant(join: boolean) {
    return ({ body, caller }: CallContext) => {
      const user = findUser(body, caller);
      const tenantId = optionalString(body, 'tenantId');
      if (!tenantId) throw missingArgument('tenantId');
      const tenant = findTenant(tenantId);
      if (caller.kind === 'session' && tenantId !== caller.tenantId) throw forbidden(`A session may remove users from ${caller.tenantId} only, not ${tenantId}`);
      if (!join) user.userTenants = user.userTenants.filter((t) => t.tenantId !== tenantId);
      else if (!user.userTenants.some((t) => t.tenantId === tenantId)) user.userTenants.push({ tenantId, tenantName: tenant.name, roleNames: [] });
      audit('UserModified', user, caller);
      return { user: view(user, caller) };
    };
  }

  return {
    view,
    findUser,
    findTenant,
    createUser,
    patchUser,
    setStatus,
    removeUsers,
    changeRoles,
    search,
    addTenant: changeTenant(true),
    removeTenant: changeTenant(false),
  };
}
