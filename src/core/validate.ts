/**
 * Checks that what an adapter returns has the shape the hooks and components rely on. A wrong
 * shape becomes a `bad_response` RosterError here, at the boundary, instead of a crash deep inside
 * a component. The checks are hand-written: they run on every response and must stay tiny.
 */
import { RosterError } from './errors.js';
import { USER_STATUSES, type Membership, type Organization, type Page, type Role, type User } from './model.js';

class ShapeError extends Error {}

function fail(path: string, expected: string, value: unknown): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new ShapeError(`${path}: expected ${expected}, got ${got}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
  return value as Record<string, unknown>;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'a string', value);
  return value;
}

function nonEmptyString(value: unknown, path: string): string {
  const text = string(value, path);
  if (text === '') fail(path, 'a non-empty string', value);
  return text;
}

function nullableString(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  return string(value, path);
}

function stringArray(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) fail(path, 'an array of strings', value);
  value.forEach((item, i) => string(item, `${path}[${i}]`));
  return value as string[];
}

function array<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'an array', value);
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

function isoDate(value: unknown, path: string): string | null {
  const text = nullableString(value, path);
  if (text !== null && Number.isNaN(Date.parse(text))) fail(path, 'an ISO 8601 date', value);
  return text;
}

function membership(value: unknown, path: string): Membership {
  const m = record(value, path);
  const org = record(m.organization, `${path}.organization`);
  nonEmptyString(org.id, `${path}.organization.id`);
  string(org.name, `${path}.organization.name`);
  stringArray(m.roleIds, `${path}.roleIds`);
  return m as unknown as Membership;
}

function user(value: unknown, path: string): User {
  const u = record(value, path);
  nonEmptyString(u.id, `${path}.id`);
  nullableString(u.email, `${path}.email`);
  nullableString(u.name, `${path}.name`);
  for (const field of ['givenName', 'familyName', 'phone', 'picture'] as const) nullableString(u[field], `${path}.${field}`);
  if (!USER_STATUSES.includes(u.status as never)) fail(`${path}.status`, `one of ${USER_STATUSES.join(', ')}`, u.status);
  if (typeof u.emailVerified !== 'boolean') fail(`${path}.emailVerified`, 'a boolean', u.emailVerified);
  stringArray(u.roleIds, `${path}.roleIds`);
  if (u.memberships !== undefined) array(u.memberships, `${path}.memberships`, membership);
  isoDate(u.createdAt, `${path}.createdAt`);
  isoDate(u.lastLoginAt, `${path}.lastLoginAt`);
  record(u.customAttributes, `${path}.customAttributes`);
  return u as unknown as User;
}

function role(value: unknown, path: string): Role {
  const r = record(value, path);
  nonEmptyString(r.id, `${path}.id`);
  string(r.name, `${path}.name`);
  if (r.description !== undefined) nullableString(r.description, `${path}.description`);
  stringArray(r.permissions, `${path}.permissions`);
  nullableString(r.organizationId, `${path}.organizationId`);
  return r as unknown as Role;
}

function organization(value: unknown, path: string): Organization {
  const o = record(value, path);
  nonEmptyString(o.id, `${path}.id`);
  string(o.name, `${path}.name`);
  stringArray(o.domains, `${path}.domains`);
  return o as unknown as Organization;
}

function page<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): Page<T> {
  const p = record(value, path);
  array(p.items, `${path}.items`, item);
  if (p.total !== null && (typeof p.total !== 'number' || !Number.isInteger(p.total) || p.total < 0)) {
    fail(`${path}.total`, 'a non-negative integer or null', p.total);
  }
  nullableString(p.nextCursor, `${path}.nextCursor`);
  return p as unknown as Page<T>;
}

function checked<T>(what: string, parse: (value: unknown, path: string) => T) {
  return (value: unknown): T => {
    try {
      return parse(value, what);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      throw new RosterError('bad_response', { cause: error });
    }
  };
}

export const parseUser = checked('user', user);
export const parseUsersPage = checked('usersPage', (v, p) => page(v, p, user));
export const parseRoles = checked('roles', (v, p) => array(v, p, role));
export const parseOrganizationsPage = checked('organizationsPage', (v, p) => page(v, p, organization));
export const parseOrganization = checked('organization', organization);
export const parseMemberships = checked('memberships', (v, p) => array(v, p, membership));
