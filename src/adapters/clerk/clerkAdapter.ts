/**
 * The Clerk adapter: Roster's neutral operations over Clerk's Backend API, request for request as
 * `@clerk/backend` sends them (`createClerkClient({ secretKey, apiUrl })`), server side only.
 *
 * Where Clerk differs from Roster's model:
 * - No project-wide roles: `projectRoles` is false. Roles are the instance's organization roles
 *   (`org:admin`, `org:member`, custom `org:…`), defined once and held one per membership, so
 *   `listRoles()` without an organization lists those same definitions (`organizationId: null`):
 *   the project-wide RoleEditor shows them read-only, none held, and offers no toggle or Save.
 * - One role per membership (`rolesPerMembership: 'one'`): `setUserRoles` in an organization takes
 *   exactly one role and refuses more (or none) with `invalid_input`; there is no add/remove of
 *   single roles. The components offer a single choice that replaces the held role.
 * - Disabled is `banned` (or `locked`): disabling bans, enabling unbans and unlocks.
 * - Totals come from `/users/count` with the same filters, as the SDK's `getUserList` does.
 * - A user's activity is their sessions, one sign-in each (userDetails.ts, sessionActivity.ts).
 */
import type { AdapterCapabilities, RequestContext, RoleScope, RosterAdapter } from '../../core/adapter.js';
import { NO_MANAGEMENT } from '../../core/manage.js';
import { isRosterError, RosterError, throwIfAborted } from '../../core/errors.js';
import type { CreateUserInput, OrganizationsQuery, UpdateUserInput, User, UsersQuery } from '../../core/model.js';
import { checkPageSize, encodeOffsetCursor, pageOffset } from '../../core/paging.js';
import { createHttpClient } from '../http/httpClient.js';
import { describeClerkError } from './describeError.js';
import { readPage, readTotalCount, toMemberEntry, toMembership, toOrganization, toRole, toUser } from './mapping.js';
import { checkClerkOptions, clerkBaseUrl, type ClerkAdapterOptions } from './options.js';
import { allPages, createBody, nameFields, orderBy, segment, singleRole, unsupported, userFilters, type Call } from './requests.js';
import { CLERK_DETAILS, createClerkUserDetails } from './userDetails.js';
import { CLERK_MAX_LIMIT } from './wire.js';

export const CLERK_CAPABILITIES: AdapterCapabilities = Object.freeze({
  search: true,
  sortFields: ['email', 'createdAt', 'lastLoginAt'] as const,
  // `/users` filters by organization; it has no filter by ban, and roles are per membership.
  filters: Object.freeze({ status: false, roleIds: false, organizationId: true }),
  pagination: 'offset',
  totals: true,
  maxPageSize: CLERK_MAX_LIMIT,
  projectRoles: false,
  organizationRoles: true,
  roleUpdates: 'set',
  rolesPerMembership: 'one',
  createUser: Object.freeze({ active: true, invite: false, phone: true, nameParts: true, customAttributes: true, roleIds: false, organization: false }),
  editableFields: ['name', 'givenName', 'familyName', 'customAttributes'] as const,
  userStatus: true,
  manage: NO_MANAGEMENT,
  // Lookup by email, verification of the primary email and phone, sign-ins from sessions (userDetails.ts).
  details: CLERK_DETAILS,
});

const DEFAULT_ORGANIZATION_ROLE = 'org:member';

export function createClerkAdapter(options: ClerkAdapterOptions): RosterAdapter {
  checkClerkOptions(options);
  const { secretKey } = options;
  const defaultRole = options.defaultOrganizationRole ?? DEFAULT_ORGANIZATION_ROLE;
  const client = createHttpClient({
    baseUrl: clerkBaseUrl(options.apiUrl),
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    describeError: describeClerkError,
    headers: () => ({ authorization: `Bearer ${secretKey}` }),
  });
  const call: Call = (req) => client.request(req);

  const userAt = (userId: string) => `/users/${segment(userId)}`;
  const memberAt = (organizationId: string, userId: string) => `/organizations/${segment(organizationId)}/memberships/${segment(userId)}`;

  /**
   * A list scoped to one organization shows the role each user holds there, and Clerk's user
   * record has no memberships: one call reads them for the whole page (`user_id` repeated).
   */
  async function withMembershipIn(organizationId: string, users: User[], signal?: AbortSignal): Promise<User[]> {
    const body = await call({ method: 'GET', path: `/organizations/${segment(organizationId)}/memberships`, query: { user_id: users.map((u) => u.id), limit: users.length }, signal });
    const held = new Map(readPage(body, 'memberships', toMemberEntry).data.map((e) => [e.userId, e.membership]));
    return users.map((user) => {
      const membership = held.get(user.id);
      return membership ? { ...user, memberships: [membership] } : user;
    });
  }

  async function userPost(userId: string, action: string, signal?: AbortSignal) {
    return toUser(await call({ method: 'POST', path: `${userAt(userId)}/${action}`, signal }));
  }

  const adapter: RosterAdapter = {
    id: options.id ?? 'clerk',
    capabilities: CLERK_CAPABILITIES,

    async listUsers(query: UsersQuery, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const size = query.page?.size;
      checkPageSize(size, CLERK_MAX_LIMIT);
      const offset = pageOffset(query.page, size);
      const filters = userFilters(query);
      const order = orderBy(query);
      const [list, count] = await Promise.all([
        call({ method: 'GET', path: '/users', query: { ...filters, ...(order ? { order_by: order } : {}), limit: size, offset }, signal: rc?.signal }),
        call({ method: 'GET', path: '/users/count', query: filters, signal: rc?.signal }),
      ]);
      if (!Array.isArray(list)) throw new RosterError('bad_response', { cause: new Error('Clerk /users: expected an array of users') });
      const total = readTotalCount(count);
      let items = list.map((u, i) => toUser(u, `users[${i}]`));
      if (query.filter?.organizationId && items.length > 0) items = await withMembershipIn(query.filter.organizationId, items, rc?.signal);
      return { items, total, nextCursor: offset + size < total ? encodeOffsetCursor(offset + size) : null };
    },

    async getUser(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return toUser(await call({ method: 'GET', path: userAt(userId), signal: rc?.signal }));
    },

    async createUser(input: CreateUserInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return toUser(await call({ method: 'POST', path: '/users', body: createBody(input), signal: rc?.signal }));
    },

    async updateUser(userId: string, patch: UpdateUserInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      if (patch.phone !== undefined || patch.picture !== undefined) throw unsupported('change a phone number or picture through a user update');
      const path = userAt(userId);
      const names = nameFields(patch);
      let body: unknown;
      if (Object.keys(names).length) body = await call({ method: 'PATCH', path, body: names, signal: rc?.signal });
      // Merged deeply by Clerk, so keys left out of the patch stay as they were.
      if (patch.customAttributes !== undefined) {
        body = await call({ method: 'PATCH', path: `${path}/metadata`, body: { public_metadata: patch.customAttributes ?? {} }, signal: rc?.signal });
      }
      return toUser(body ?? (await call({ method: 'GET', path, signal: rc?.signal })));
    },

    async deleteUser(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      await call({ method: 'DELETE', path: userAt(userId), signal: rc?.signal });
    },

    async setUserStatus(userId, status, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      if (status === 'disabled') return userPost(userId, 'ban', rc?.signal);
      const unbanned = await userPost(userId, 'unban', rc?.signal);
      // A locked user reads as disabled too; enabling means able to sign in again.
      return (unbanned.raw as { locked?: boolean }).locked ? userPost(userId, 'unlock', rc?.signal) : unbanned;
    },

    async listRoles(scope?: RoleScope, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      // The instance's roles, offered in every organization. Without an organization they are
      // listed too, as what exists: projectRoles is false, so none can be held project-wide.
      return allPages(call, '/organization_roles', {}, toRole, rc?.signal);
    },

    async setUserRoles(userId: string, roleIds: string[], scope?: RoleScope, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      if (!scope?.organizationId) throw unsupported('assign project-wide roles (roles are held per organization membership)');
      const role = singleRole(roleIds, null);
      await call({ method: 'PATCH', path: memberAt(scope.organizationId, userId), body: { role }, signal: rc?.signal });
    },

    async listOrganizations(query: OrganizationsQuery = {}, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const text = query.search?.trim();
      const filters = text ? { query: text } : {};
      if (!query.page) {
        const items = await allPages(call, '/organizations', filters, toOrganization, rc?.signal);
        return { items, total: items.length, nextCursor: null };
      }
      const size = query.page.size;
      checkPageSize(size, CLERK_MAX_LIMIT);
      const offset = pageOffset(query.page, size);
      const page = readPage(await call({ method: 'GET', path: '/organizations', query: { ...filters, limit: size, offset }, signal: rc?.signal }), 'organizations', toOrganization);
      return { items: page.data, total: page.total, nextCursor: offset + size < page.total ? encodeOffsetCursor(offset + size) : null };
    },

    async getOrganization(organizationId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return toOrganization(await call({ method: 'GET', path: `/organizations/${segment(organizationId)}`, signal: rc?.signal }));
    },

    async listUserMemberships(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const memberships = await allPages(call, `${userAt(userId)}/organization_memberships`, {}, toMembership, rc?.signal);
      // Whether Clerk answers an unknown user here with 404 or an empty list is not documented:
      // an empty list is confirmed against the user, so an unknown id is not_found either way.
      if (memberships.length === 0) await adapter.getUser(userId, rc);
      return memberships;
    },

    async addUserMembership(userId, organizationId, { roleIds } = {}, rc) {
      throwIfAborted(rc?.signal);
      const role = singleRole(roleIds, defaultRole);
      const body = { user_id: userId, role };
      await call({ method: 'POST', path: `/organizations/${segment(organizationId)}/memberships`, body, signal: rc?.signal });
    },

    async removeUserMembership(userId, organizationId, rc) {
      throwIfAborted(rc?.signal);
      try {
        await call({ method: 'DELETE', path: memberAt(organizationId, userId), signal: rc?.signal });
      } catch (error) {
        // Clerk's 404 names no culprit; say which record was missing.
        if (isRosterError(error) && error.code === 'not_found') throw new RosterError('not_found', { status: 404, message: 'The user is not a member of this organization.', cause: error });
        throw error;
      }
    },
  };
  Object.assign(adapter, createClerkUserDetails(call, (userId, rc) => adapter.getUser(userId, rc)));
  return adapter;
}

