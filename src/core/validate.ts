/**
 * Checks that what an adapter returns has the shape the hooks and components rely on. A wrong
 * shape becomes a `bad_response` RosterError here, at the boundary, instead of a crash deep inside
 * a component. The single checks are ./shape.ts's, shared with every IdP mapping.
 */
import { USER_STATUSES, type Membership, type Organization, type Page, type Role, type User } from './model.js';
import { badShape, readArrayOf, readBoolean, readNonEmptyString, readObject, readOptional, readString, readStringArray, type ReadShape } from './shape.js';

const nullableString = (value: unknown, path: string): string | null => readOptional(value, path, readString, null);

function isoDate(value: unknown, path: string): string | null {
  const text = nullableString(value, path);
  if (text !== null && Number.isNaN(Date.parse(text))) badShape(path, 'an ISO 8601 date', value);
  return text;
}

function membership(value: unknown, path: string): Membership {
  const m = readObject(value, path);
  const org = readObject(m.organization, `${path}.organization`);
  readNonEmptyString(org.id, `${path}.organization.id`);
  readString(org.name, `${path}.organization.name`);
  readStringArray(m.roleIds, `${path}.roleIds`);
  return m as unknown as Membership;
}

function user(value: unknown, path: string): User {
  const u = readObject(value, path);
  readNonEmptyString(u.id, `${path}.id`);
  nullableString(u.email, `${path}.email`);
  nullableString(u.name, `${path}.name`);
  for (const field of ['givenName', 'familyName', 'phone', 'picture'] as const) nullableString(u[field], `${path}.${field}`);
  if (!USER_STATUSES.includes(u.status as never)) badShape(`${path}.status`, `one of ${USER_STATUSES.join(', ')}`, u.status);
  readBoolean(u.emailVerified, `${path}.emailVerified`);
  readStringArray(u.roleIds, `${path}.roleIds`);
  if (u.memberships !== undefined) readArrayOf(u.memberships, `${path}.memberships`, membership);
  isoDate(u.createdAt, `${path}.createdAt`);
  isoDate(u.lastLoginAt, `${path}.lastLoginAt`);
  readObject(u.customAttributes, `${path}.customAttributes`);
  return u as unknown as User;
}

function role(value: unknown, path: string): Role {
  const r = readObject(value, path);
  readNonEmptyString(r.id, `${path}.id`);
  readString(r.name, `${path}.name`);
  if (r.description !== undefined) nullableString(r.description, `${path}.description`);
  readStringArray(r.permissions, `${path}.permissions`);
  nullableString(r.organizationId, `${path}.organizationId`);
  return r as unknown as Role;
}

function organization(value: unknown, path: string): Organization {
  const o = readObject(value, path);
  readNonEmptyString(o.id, `${path}.id`);
  readString(o.name, `${path}.name`);
  readStringArray(o.domains, `${path}.domains`);
  return o as unknown as Organization;
}

function page<T>(value: unknown, path: string, item: ReadShape<T>): Page<T> {
  const p = readObject(value, path);
  readArrayOf(p.items, `${path}.items`, item);
  if (p.total !== null && (typeof p.total !== 'number' || !Number.isInteger(p.total) || p.total < 0)) {
    badShape(`${path}.total`, 'a non-negative integer or null', p.total);
  }
  nullableString(p.nextCursor, `${path}.nextCursor`);
  return p as unknown as Page<T>;
}

/** A parser for one result: the path in any error starts at `what`. */
function checked<T>(what: string, parse: ReadShape<T>) {
  return (value: unknown): T => parse(value, what);
}

export const parseUser = checked('user', user);
export const parseUsersPage = checked('usersPage', (v, p) => page(v, p, user));
export const parseRoles = checked('roles', (v, p) => readArrayOf(v, p, role));
export const parseOrganizationsPage = checked('organizationsPage', (v, p) => page(v, p, organization));
export const parseOrganization = checked('organization', organization);
export const parseMemberships = checked('memberships', (v, p) => readArrayOf(v, p, membership));
