/**
 * Auth0's Management API v2 wire format, field names exactly as Auth0 sends them (the `auth0` SDK's
 * `Management.*` types and the API reference). Shared by the adapter and the emulator, so the two
 * cannot drift apart silently.
 */

/** Where the Management API lives on a tenant's domain. */
export const AUTH0_API_PREFIX = '/api/v2';

/** The connection users are created in when none is configured: every tenant's default database. */
export const AUTH0_DEFAULT_CONNECTION = 'Username-Password-Authentication';

/** `GET /users` pages at most 100 users; a search reaches only its first 1,000 results. */
export const AUTH0_MAX_PER_PAGE = 100;
export const AUTH0_SEARCH_RESULT_CAP = 1000;

export interface Auth0Identity {
  connection: string;
  user_id: string;
  provider: string;
  isSocial: boolean;
}

export interface Auth0User {
  user_id: string;
  email?: string;
  email_verified?: boolean;
  username?: string;
  phone_number?: string;
  phone_verified?: boolean;
  /** ISO 8601. */
  created_at: string;
  updated_at: string;
  identities: Auth0Identity[];
  app_metadata?: Record<string, unknown>;
  user_metadata?: Record<string, unknown>;
  picture?: string;
  name?: string;
  nickname?: string;
  given_name?: string;
  family_name?: string;
  last_ip?: string;
  last_login?: string;
  logins_count?: number;
  /** Blocked by an administrator: Roster's `disabled`. Absent on users never blocked. */
  blocked?: boolean;
}

export interface Auth0Role {
  id: string;
  name: string;
  description?: string;
  /** `tenant` (default) or `organization` for a role an organization owns. */
  type?: string;
  /** The organization that owns the role, for `type: organization`. */
  owner_id?: string;
}

export interface Auth0Permission {
  permission_name: string;
  resource_server_identifier: string;
  resource_server_name?: string;
  description?: string;
}

export interface Auth0Organization {
  id: string;
  /** A lowercase slug; `display_name` is what people read. */
  name: string;
  display_name?: string;
  branding?: Record<string, unknown>;
  metadata?: Record<string, string>;
}

export interface Auth0Invitation {
  id: string;
  organization_id: string;
  inviter: { name: string };
  invitee: { email: string };
  invitation_url: string;
  created_at: string;
  expires_at: string;
  client_id: string;
  connection_id?: string;
  roles?: string[];
  ticket_id: string;
  app_metadata?: Record<string, unknown>;
  user_metadata?: Record<string, unknown>;
}

/**
 * One entry of a user's log (`GET /users/{id}/logs`), as the `auth0` SDK's `Management.Log` types
 * it; the fields the adapter reads. `type` is one of Auth0's "Log Event Type Codes" (`s`, `fp`…).
 */
export interface Auth0Log {
  /** ISO 8601. */
  date: string;
  type: string;
  description?: string | null;
  ip?: string;
  user_agent?: string;
  user_id?: string;
  /** Unique ID of the event. */
  log_id: string;
  location_info?: { city_name?: string; country_name?: string; country_code?: string };
  [key: string]: unknown;
}

/** A user's log pages at most 100 entries, and only the first 1,000 can be reached. */
export const AUTH0_MAX_LOGS_PER_PAGE = 100;
export const AUTH0_LOG_RESULT_CAP = 1000;

/** Every Management API error answers this shape. */
export interface Auth0ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errorCode?: string;
}

/** The `errorCode` values the adapter and the emulator agree on. */
export const AUTH0_ERROR_CODES = {
  inexistentUser: 'inexistent_user',
  inexistentRole: 'inexistent_role',
  inexistentOrganization: 'inexistent_organization',
  inexistentConnection: 'inexistent_connection',
  userExists: 'auth0_idp_error',
  invalidBody: 'invalid_body',
  invalidQuery: 'invalid_query_string',
  invalidPaging: 'invalid_paging',
  insufficientScope: 'insufficient_scope',
  tooManyRequests: 'too_many_requests',
} as const;

/** Offset-paged lists with `include_totals=true`. */
export interface Auth0UsersPage {
  start: number;
  limit: number;
  length: number;
  total: number;
  users: Auth0User[];
}

/** Management API paths below `/api/v2`, with `{id}` where a path parameter goes. */
export const AUTH0_PATHS = {
  users: '/users',
  user: '/users/{id}',
  userRoles: '/users/{id}/roles',
  userOrganizations: '/users/{id}/organizations',
  userLogs: '/users/{id}/logs',
  usersByEmail: '/users-by-email',
  roles: '/roles',
  rolePermissions: '/roles/{id}/permissions',
  organizations: '/organizations',
  organization: '/organizations/{id}',
  organizationMembers: '/organizations/{id}/members',
  organizationMemberRoles: '/organizations/{id}/members/{user_id}/roles',
  organizationInvitations: '/organizations/{id}/invitations',
  organizationInvitation: '/organizations/{id}/invitations/{invitation_id}',
} as const;

export type Auth0Path = (typeof AUTH0_PATHS)[keyof typeof AUTH0_PATHS];

/** Fills a path's parameters, each percent-encoded: user ids hold `|`. */
export function auth0Path(path: Auth0Path, params: Record<string, string>): string {
  return AUTH0_API_PREFIX + path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
