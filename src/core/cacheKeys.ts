/**
 * Cache keys for every resource. Each starts with the adapter id and the scope, so data from one
 * backend, tenant or signed-in user is never served to another.
 */
import type { RoleScope } from './adapter.js';
import type { OrganizationsQuery, PageRequest, UsersQuery } from './model.js';

export const ROSTER_KEY_PREFIX = 'roster';

/**
 * `users` holds one server page per query; `allUsers` holds every user a server-side part of a
 * query matched, for queries finished in the browser. Two shapes, so two resources.
 */
export type RosterResource =
  | 'users'
  | 'allUsers'
  | 'user'
  | 'roles'
  | 'permissions'
  | 'organizations'
  | 'memberships'
  | 'activity'
  | 'userByEmail'
  | 'attributeDefinitions';

export type RosterKey = readonly [typeof ROSTER_KEY_PREFIX, adapterId: string, scope: string, resource: RosterResource, ...args: unknown[]];

export interface KeyBase {
  adapterId: string;
  scope: string;
}

export const rosterKeys = {
  users: (b: KeyBase, query: UsersQuery): RosterKey => [ROSTER_KEY_PREFIX, b.adapterId, b.scope, 'users', normalizeUsersQuery(query)],
  allUsers: (b: KeyBase, serverPart: Omit<UsersQuery, 'page'>, limit: number): RosterKey => [
    ROSTER_KEY_PREFIX,
    b.adapterId,
    b.scope,
    'allUsers',
    normalizeUsersQuery({ ...serverPart, page: { size: limit } }),
  ],
  user: (b: KeyBase, userId: string): RosterKey => [ROSTER_KEY_PREFIX, b.adapterId, b.scope, 'user', userId],
  memberships: (b: KeyBase, userId: string): RosterKey => [ROSTER_KEY_PREFIX, b.adapterId, b.scope, 'memberships', userId],
  roles: (b: KeyBase, scope: RoleScope = {}): RosterKey => [ROSTER_KEY_PREFIX, b.adapterId, b.scope, 'roles', scope.organizationId ?? null],
  permissions: (b: KeyBase): RosterKey => [ROSTER_KEY_PREFIX, b.adapterId, b.scope, 'permissions'],
  organizations: (b: KeyBase, query: OrganizationsQuery = {}): RosterKey => [ROSTER_KEY_PREFIX, b.adapterId, b.scope, 'organizations', query],
  activity: (b: KeyBase, userId: string, page: PageRequest): RosterKey => [ROSTER_KEY_PREFIX, b.adapterId, b.scope, 'activity', userId, page.size, page.cursor ?? null],
  /** Keyed by the address folded to lower case: the lookup ignores case. */
  userByEmail: (b: KeyBase, email: string): RosterKey => [ROSTER_KEY_PREFIX, b.adapterId, b.scope, 'userByEmail', email.trim().toLowerCase()],
  attributeDefinitions: (b: KeyBase): RosterKey => [ROSTER_KEY_PREFIX, b.adapterId, b.scope, 'attributeDefinitions'],
};

export function isRosterKey(key: unknown): key is RosterKey {
  return Array.isArray(key) && key[0] === ROSTER_KEY_PREFIX && key.length >= 4;
}

/** Matches keys of one resource (optionally for one user) under the given adapter and scope. */
export function matchesKey(key: unknown, b: KeyBase, resource: RosterResource, userId?: string): boolean {
  return (
    isRosterKey(key) &&
    key[1] === b.adapterId &&
    key[2] === b.scope &&
    key[3] === resource &&
    (userId === undefined || key[4] === userId)
  );
}

/**
 * Drops empty parts of a query so equivalent queries share one key ("" search = no search, an
 * empty filter list = no filter).
 */
export function normalizeUsersQuery(query: UsersQuery): UsersQuery {
  const out: UsersQuery = { page: { size: query.page.size } };
  const search = query.search?.trim();
  if (search) out.search = search;
  if (query.sort) out.sort = { field: query.sort.field, direction: query.sort.direction };
  const filter: NonNullable<UsersQuery['filter']> = {};
  if (query.filter?.status?.length) filter.status = [...query.filter.status].sort();
  if (query.filter?.roleIds?.length) filter.roleIds = [...query.filter.roleIds].sort();
  if (query.filter?.organizationId) filter.organizationId = query.filter.organizationId;
  if (Object.keys(filter).length) out.filter = filter;
  if (query.page.cursor) out.page.cursor = query.page.cursor;
  else if (query.page.index) out.page.index = query.page.index;
  return out;
}
