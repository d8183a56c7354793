/**
 * What the Clerk adapter sends: the query of a user list, the bodies of user writes, path
 * segments, and the walk through every page of a paginated list. Kept apart from the adapter so
 * each can be read against Clerk's reference on its own.
 */
import { RosterError } from '../../core/errors.js';
import { isEmail } from '../../core/email.js';
import type { CreateUserInput, UpdateUserInput, UserSortField, UsersQuery } from '../../core/model.js';
import type { HttpRequest } from '../http/httpClient.js';
import { readPage } from './mapping.js';
import { CLERK_MAX_LIMIT, type ClerkUserOrderField } from './wire.js';

export type Call = <T = unknown>(req: HttpRequest) => Promise<T>;

export function unsupported(what: string): RosterError {
  return new RosterError('unsupported', { message: `Clerk cannot ${what}.` });
}

/**
 * An id as one path segment. `.` and `..` would be resolved away by URL parsing and reach another
 * endpoint; no Clerk id looks like that, so they are simply not found.
 */
export function segment(id: string): string {
  if (typeof id !== 'string' || id === '' || id === '.' || id === '..') throw new RosterError('not_found', { status: 404 });
  return encodeURIComponent(id);
}

/**
 * The neutral sort fields Clerk orders by. `name` is left out: Clerk orders by `first_name` or by
 * `last_name`, never by the two together, so "by name" would come out wrong wherever first names
 * repeat. `status` is not an order Clerk offers.
 */
export const ORDER_FIELDS: Partial<Record<UserSortField, ClerkUserOrderField>> = {
  email: 'email_address',
  createdAt: 'created_at',
  lastLoginAt: 'last_sign_in_at',
};

/** `query` and `organization_id`: the filters `/users` and `/users/count` share. */
export function userFilters(query: UsersQuery): HttpRequest['query'] {
  const { filter = {} } = query;
  if (filter.status?.length) throw unsupported('filter users by status');
  if (filter.roleIds?.length) throw unsupported('filter users by role');
  const text = query.search?.trim();
  return {
    ...(text ? { query: text } : {}),
    ...(filter.organizationId ? { organization_id: [filter.organizationId] } : {}),
  };
}

export function orderBy(query: UsersQuery): string | undefined {
  if (!query.sort) return undefined;
  const field = ORDER_FIELDS[query.sort.field];
  if (!field) throw unsupported(`sort users by ${query.sort.field}`);
  return `${query.sort.direction === 'desc' ? '-' : '+'}${field}`;
}

/** "Ada Lovelace King" → first name "Ada", last name "Lovelace King": Clerk keeps the two apart. */
function splitName(name: string | null): { first_name: string | null; last_name: string | null } {
  const text = name?.trim() ?? '';
  if (text === '') return { first_name: null, last_name: null };
  const space = text.indexOf(' ');
  return space < 0 ? { first_name: text, last_name: null } : { first_name: text.slice(0, space), last_name: text.slice(space + 1).trim() };
}

/** `first_name`/`last_name` for the fields the patch names; the parts win over a whole name. */
export function nameFields(input: Pick<UpdateUserInput, 'name' | 'givenName' | 'familyName'>): Record<string, string | null> {
  const fields: Record<string, string | null> = {};
  if (input.name !== undefined) Object.assign(fields, splitName(input.name));
  if (input.givenName !== undefined) fields.first_name = input.givenName?.trim() || null;
  if (input.familyName !== undefined) fields.last_name = input.familyName?.trim() || null;
  return fields;
}

export function createBody(input: CreateUserInput): Record<string, unknown> {
  const email = typeof input.email === 'string' ? input.email.trim() : '';
  if (!isEmail(email)) {
    throw new RosterError('invalid_input', { status: 400, message: 'Enter a valid email address.', fieldErrors: { email: 'Not an email address.' } });
  }
  if (input.invite) throw unsupported('invite a user as a user record (a Clerk invitation is not a user until accepted)');
  if (input.roleIds?.length) throw unsupported('grant project-wide roles (roles are held per organization)');
  if (input.organization) throw unsupported('create a user inside an organization in one call (join it afterwards)');
  const phone = input.phone?.trim();
  return {
    email_address: [email],
    ...nameFields(input),
    ...(phone ? { phone_number: [phone] } : {}),
    ...(input.customAttributes && Object.keys(input.customAttributes).length ? { public_metadata: input.customAttributes } : {}),
    // Roster creates accounts for people who sign in by email code, SSO or a reset; without this an
    // instance that has passwords on refuses a user without one.
    skip_password_requirement: true,
  };
}

/** Exactly one role: a Clerk membership holds one. */
export function singleRole(roleIds: readonly string[] | undefined, fallback: string | null): string {
  const unique = [...new Set(roleIds ?? [])];
  if (unique.length === 1 && typeof unique[0] === 'string' && unique[0] !== '') return unique[0];
  if (unique.length === 0 && fallback) return fallback;
  throw new RosterError('invalid_input', {
    status: 400,
    message: unique.length === 0 ? 'A Clerk organization member holds exactly one role: pick one.' : 'A Clerk organization member holds exactly one role: pick one, not several.',
    fieldErrors: { roleIds: 'Exactly one role per organization.' },
  });
}

/** Every item of a paginated Clerk list, `CLERK_MAX_LIMIT` at a time. */
export async function allPages<T>(call: Call, path: string, query: HttpRequest['query'], item: (value: unknown, path: string) => T, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const page = readPage(await call({ method: 'GET', path, query: { ...query, limit: CLERK_MAX_LIMIT, offset: items.length }, signal }), path, item);
    items.push(...page.data);
    // An empty page ends it too, so a total that overstates never loops.
    if (items.length >= page.total || page.data.length === 0) return items;
  }
}
