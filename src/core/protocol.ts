/**
 * Roster's own wire protocol between `react-roster/remote` (browser) and `react-roster/server`.
 * JSON over HTTP; every path is relative to the handler's base path (default `/roster-api`).
 *
 *   GET    /capabilities                               → { capabilities, operations }
 *   GET    /users?search&sort=field:dir&status…&roleId…&organizationId&pageSize&cursor&pageIndex
 *                                                      → Page<User>
 *   POST   /users                 CreateUserInput      → 201 User
 *   GET    /users/:userId                              → User
 *   PATCH  /users/:userId         UpdateUserInput      → User
 *   DELETE /users/:userId                              → 204
 *   PUT    /users/:userId/status  { status }           → User
 *   POST   /users/:userId/roles   { roleIds, organizationId? }  → 204  (add)
 *   DELETE /users/:userId/roles   { roleIds, organizationId? }  → 204  (remove)
 *   PUT    /users/:userId/roles   { roleIds, organizationId? }  → 204  (replace)
 *   GET    /users/:userId/memberships                  → Membership[]
 *   PUT    /users/:userId/memberships/:organizationId  { roleIds? } → 204
 *   DELETE /users/:userId/memberships/:organizationId  → 204
 *   GET    /user-by-email?email                        → User
 *   GET    /users/:userId/activity?pageSize&cursor     → Page<ActivityEvent>   (newest first)
 *   PUT    /users/:userId/verified  { email?, phone? } → User
 *   POST   /users/:userId/invitation                   → 204  (send again)
 *   DELETE /users/:userId/invitation                   → 204  (revoke; the invited user is removed)
 *   GET    /attribute-definitions                      → AttributeDefinition[]
 *   GET    /roles?organizationId                       → Role[]
 *   POST   /roles?organizationId  RoleInput            → 201 Role   (organizationId: a role defined in it)
 *   PATCH  /roles/:roleId?organizationId  RolePatch    → Role
 *   DELETE /roles/:roleId?organizationId               → 204
 *   GET    /permissions                                → Permission[]
 *   POST   /permissions           PermissionInput      → 201 Permission
 *   PATCH  /permissions/:permissionId  PermissionPatch → Permission
 *   DELETE /permissions/:permissionId                  → 204
 *   GET    /organizations?search&pageSize&cursor&pageIndex → Page<Organization>
 *   POST   /organizations         OrganizationInput    → 201 Organization
 *   GET    /organizations/:organizationId              → Organization
 *   PATCH  /organizations/:organizationId  OrganizationPatch → Organization
 *   DELETE /organizations/:organizationId              → 204
 *
 * (`status…` and `roleId…` repeat once per value.) The lookup by email is a path of its own, not
 * `users/by-email`: that would also match `users/:userId`, and a user whose id is `by-email` could
 * no longer be read. The address goes in the query, not the path, because a path segment cannot
 * hold every character an address may (`/`, `%`), and the handler's request log records paths
 * only, so an address never lands in it. A failure is its HTTP status with a
 * `RosterErrorJson` body; a 429 also carries `Retry-After`. Every write carries
 * `x-roster-request: 1`: a page on another origin cannot add a custom header without a CORS
 * preflight, which the handler never grants, so the header is the cross-site request defence.
 *
 * This file is shared by both sides (core, so the server never imports from an adapter) so the
 * two can never disagree on a path or a parameter.
 */
import type { AdapterCapabilities, AdapterMethodName } from './adapter.js';
import { RosterError } from './errors.js';
import type { ActivityQuery, OrganizationsQuery, UsersQuery } from './model.js';
import { isSafePathId } from './pathIds.js';

export const ROSTER_REQUEST_HEADER = 'x-roster-request';
export const ROSTER_REQUEST_HEADER_VALUE = '1';

export const DEFAULT_BASE_PATH = '/roster-api';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `capabilities` is the protocol's own operation; the rest are adapter methods, one to one. */
export type ProtocolOperation = AdapterMethodName | 'capabilities';

export interface ProtocolRoute {
  method: HttpMethod;
  /** Segments; `:name` captures a path parameter. */
  pattern: string;
  operation: ProtocolOperation;
}

export const PROTOCOL_ROUTES: readonly ProtocolRoute[] = [
  { method: 'GET', pattern: 'capabilities', operation: 'capabilities' },
  { method: 'GET', pattern: 'users', operation: 'listUsers' },
  { method: 'POST', pattern: 'users', operation: 'createUser' },
  { method: 'GET', pattern: 'users/:userId', operation: 'getUser' },
  { method: 'PATCH', pattern: 'users/:userId', operation: 'updateUser' },
  { method: 'DELETE', pattern: 'users/:userId', operation: 'deleteUser' },
  { method: 'PUT', pattern: 'users/:userId/status', operation: 'setUserStatus' },
  { method: 'POST', pattern: 'users/:userId/roles', operation: 'addUserRoles' },
  { method: 'DELETE', pattern: 'users/:userId/roles', operation: 'removeUserRoles' },
  { method: 'PUT', pattern: 'users/:userId/roles', operation: 'setUserRoles' },
  { method: 'GET', pattern: 'users/:userId/memberships', operation: 'listUserMemberships' },
  { method: 'PUT', pattern: 'users/:userId/memberships/:organizationId', operation: 'addUserMembership' },
  { method: 'DELETE', pattern: 'users/:userId/memberships/:organizationId', operation: 'removeUserMembership' },
  { method: 'GET', pattern: 'user-by-email', operation: 'getUserByEmail' },
  { method: 'GET', pattern: 'users/:userId/activity', operation: 'listUserActivity' },
  { method: 'PUT', pattern: 'users/:userId/verified', operation: 'setUserVerified' },
  { method: 'POST', pattern: 'users/:userId/invitation', operation: 'resendInvitation' },
  { method: 'DELETE', pattern: 'users/:userId/invitation', operation: 'revokeInvitation' },
  { method: 'GET', pattern: 'attribute-definitions', operation: 'listAttributeDefinitions' },
  { method: 'GET', pattern: 'roles', operation: 'listRoles' },
  { method: 'POST', pattern: 'roles', operation: 'createRole' },
  { method: 'PATCH', pattern: 'roles/:roleId', operation: 'updateRole' },
  { method: 'DELETE', pattern: 'roles/:roleId', operation: 'deleteRole' },
  { method: 'GET', pattern: 'permissions', operation: 'listPermissions' },
  { method: 'POST', pattern: 'permissions', operation: 'createPermission' },
  { method: 'PATCH', pattern: 'permissions/:permissionId', operation: 'updatePermission' },
  { method: 'DELETE', pattern: 'permissions/:permissionId', operation: 'deletePermission' },
  { method: 'GET', pattern: 'organizations', operation: 'listOrganizations' },
  { method: 'POST', pattern: 'organizations', operation: 'createOrganization' },
  { method: 'GET', pattern: 'organizations/:organizationId', operation: 'getOrganization' },
  { method: 'PATCH', pattern: 'organizations/:organizationId', operation: 'updateOrganization' },
  { method: 'DELETE', pattern: 'organizations/:organizationId', operation: 'deleteOrganization' },
];

/** The body of `GET /capabilities`. */
export interface CapabilitiesResponse {
  /**
   * A server older than `rolesPerMembership` leaves it out; the remote adapter reads that as
   * `many`. One older than `manage` leaves that out too, read as NO_MANAGEMENT; one older than
   * `details`, read as NO_DETAILS.
   */
  capabilities: AdapterCapabilities;
  /**
   * The adapter methods the server's backend has and the session may use; a remote adapter offers
   * only these. (A server older than `getOrganization`/`listPermissions` routes never lists them.)
   */
  operations: AdapterMethodName[];
}

/** Query parameter names, so the encoder and the server's strict parser use the same spelling. */
export const USERS_QUERY_PARAMS = ['search', 'sort', 'status', 'roleId', 'organizationId', 'pageSize', 'cursor', 'pageIndex'] as const;
export const ORGANIZATIONS_QUERY_PARAMS = ['search', 'pageSize', 'cursor', 'pageIndex'] as const;
/** `GET /roles` and the role writes: the organization the role is defined in. */
export const ROLES_QUERY_PARAMS = ['organizationId'] as const;
export const USER_BY_EMAIL_QUERY_PARAMS = ['email'] as const;
/** Activity pages by cursor only, whatever the backend's users page by. */
export const ACTIVITY_QUERY_PARAMS = ['pageSize', 'cursor'] as const;

type QueryValue = string | number | readonly string[] | undefined;

export function encodeUsersQuery(query: UsersQuery): Record<(typeof USERS_QUERY_PARAMS)[number], QueryValue> {
  const search = query.search?.trim();
  return {
    search: search || undefined,
    sort: query.sort ? `${query.sort.field}:${query.sort.direction}` : undefined,
    status: query.filter?.status?.length ? query.filter.status : undefined,
    roleId: query.filter?.roleIds?.length ? query.filter.roleIds : undefined,
    organizationId: query.filter?.organizationId || undefined,
    pageSize: query.page.size,
    cursor: query.page.cursor ?? undefined,
    pageIndex: query.page.cursor ? undefined : query.page.index,
  };
}

export function encodeOrganizationsQuery(query: OrganizationsQuery = {}): Record<(typeof ORGANIZATIONS_QUERY_PARAMS)[number], QueryValue> {
  const search = query.search?.trim();
  return {
    search: search || undefined,
    pageSize: query.page?.size,
    cursor: query.page?.cursor ?? undefined,
    pageIndex: query.page?.cursor ? undefined : query.page?.index,
  };
}

export function encodeActivityQuery(query: ActivityQuery): Record<(typeof ACTIVITY_QUERY_PARAMS)[number], QueryValue> {
  return { pageSize: query.page.size, cursor: query.page.cursor ?? undefined };
}

/**
 * `users/:userId/roles` with `{ userId: 'a b' }` → `users/a%20b/roles`. An id that could leave its
 * segment (./pathIds.ts) is refused as `invalid_input` before any request is built.
 */
export function protocolPath(pattern: string, params: Record<string, string> = {}): string {
  return `/${pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment;
      const name = segment.slice(1);
      const value = params[name];
      if (value === undefined) throw new TypeError(`Roster: missing path parameter ${segment} for ${pattern}.`);
      if (!isSafePathId(value)) {
        throw new RosterError('invalid_input', { message: 'That id is not valid.', fieldErrors: { [name]: 'Ids cannot be empty, “.” or “..”, or contain control characters.' } });
      }
      return encodeURIComponent(value);
    })
    .join('/')}`;
}
