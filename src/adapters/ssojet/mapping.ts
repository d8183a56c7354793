/**
 * SSOJet wire records ↔ the neutral model. Reading is tolerant where SSOJet's own docs disagree
 * (`_id` or `id`, `Name` or `name`, `null` for empty arrays, missing fields) and strict about
 * types: a field that is present with the wrong type is a `bad_response`, never a TypeError later.
 */
import type { CreateUserInput, Membership, Organization, Role, UpdateUserInput, User } from '../../core/model.js';
import { badShape, readArray, readBoolean, readNonEmptyString, readObject, readOptional, readString } from '../../core/shape.js';
import { toIsoTimestamp } from './timestamps.js';
import type { SsojetCreateUserBody, SsojetUpdateUserBody } from './wireTypes.js';

type Json = Record<string, unknown>;

/** SSOJet writes `null` where an array is empty, and sometimes leaves the field out. */
function optionalList(value: unknown, path: string): unknown[] {
  return readOptional(value, path, readArray, []);
}

/** Missing, null and empty all mean "none" in SSOJet records. */
function optionalText(value: unknown, path: string): string | null {
  return readOptional(value, path, readString, '') || null;
}

function optionalBoolean(value: unknown, path: string, fallback: boolean): boolean {
  return readOptional(value, path, readBoolean, fallback);
}

function timestamp(value: unknown, path: string): string | null {
  if (value !== null && value !== undefined && typeof value !== 'string') badShape(path, 'an RFC 3339 string', value);
  const iso = toIsoTimestamp(value as string | null | undefined);
  if (iso === undefined) badShape(path, 'an RFC 3339 string', value);
  return iso;
}

/** Legacy records key users `_id`; the get-by-email variant (and the current API) use `id`. */
function recordId(record: Json, path: string): string {
  return record._id !== undefined ? readNonEmptyString(record._id, `${path}._id`) : readNonEmptyString(record.id, `${path}.id`);
}

/** A user's `roles` element shape is undocumented: a bare id, or an object naming the role. */
function roleRefId(value: unknown, path: string): string {
  if (typeof value === 'string') return readNonEmptyString(value, path);
  const ref = readObject(value, path);
  return readNonEmptyString(ref.role_id ?? ref.id ?? ref._id, `${path}.role_id`);
}

export function toUser(value: unknown, path = 'user'): User {
  const wire = readObject(value, path);
  const givenName = optionalText(wire.first_name, `${path}.first_name`);
  const familyName = optionalText(wire.last_name, `${path}.last_name`);
  const attributes = readOptional(wire.raw_attributes, `${path}.raw_attributes`, readObject, {});
  return {
    id: recordId(wire, path),
    email: optionalText(wire.email, `${path}.email`),
    name: [givenName, familyName].filter(Boolean).join(' ') || null,
    givenName,
    familyName,
    phone: optionalText(wire.phone_id, `${path}.phone_id`),
    picture: null,
    // SSOJet has no invitation state on a user record: a user is active or switched off.
    status: optionalBoolean(wire.is_active, `${path}.is_active`, true) ? 'active' : 'disabled',
    emailVerified: optionalBoolean(wire.email_verified, `${path}.email_verified`, false),
    roleIds: optionalList(wire.roles, `${path}.roles`).map((r, i) => roleRefId(r, `${path}.roles[${i}]`)),
    createdAt: timestamp(wire.created_at, `${path}.created_at`),
    lastLoginAt: timestamp(wire.LastLoginAt ?? wire.last_login_at, `${path}.LastLoginAt`),
    customAttributes: { ...attributes },
    raw: wire,
  };
}

/** Only the id of a user record; the get-by-email answer carries little else. */
export function toUserId(value: unknown, path: string): string {
  return recordId(readObject(value, path), path);
}

/** Roles name their permissions by id; the neutral model shows permission names. */
export function toRoles(rolesValue: unknown, permissionsValue: unknown): Role[] {
  const permissionNames = new Map(
    readArray(permissionsValue, 'permissions').map((p, i) => {
      const permission = readObject(p, `permissions[${i}]`);
      return [recordId(permission, `permissions[${i}]`), readString(permission.name, `permissions[${i}].name`)] as const;
    }),
  );
  return readArray(rolesValue, 'roles').flatMap((r, i): Role[] => {
    const path = `roles[${i}]`;
    const role = readObject(r, path);
    if (optionalBoolean(role.is_deleted, `${path}.is_deleted`, false)) return [];
    const description = optionalText(role.description, `${path}.description`);
    const permissionIds = optionalList(role.permission_id ?? role.permission_ids, `${path}.permission_id`).map((p, j) => readNonEmptyString(p, `${path}.permission_id[${j}]`));
    return [{
      id: recordId(role, path),
      name: readString(role.name, `${path}.name`),
      ...(description !== null && { description }),
      permissions: permissionIds.map((permissionId) => permissionNames.get(permissionId) ?? permissionId),
      organizationId: null,
    }];
  });
}

function domains(record: Json, path: string): string[] {
  const value = record.WhiteListDomains !== undefined ? record.WhiteListDomains : record.WhiteListDomain;
  return optionalList(value, `${path}.WhiteListDomains`).map((d, i) => readString(d, `${path}.WhiteListDomains[${i}]`));
}

/** Organization names are `name` in the organization list but `Name` inside a user's organizations. */
function organizationName(record: Json, path: string): string {
  return readString(record.name ?? record.Name, `${path}.name`);
}

export function toOrganization(value: unknown, path = 'organization'): Organization {
  const org = readObject(value, path);
  return { id: recordId(org, path), name: organizationName(org, path), domains: domains(org, path), raw: org };
}

export function toOrganizations(value: unknown): Organization[] {
  return readArray(value, 'organizations').map((o, i) => toOrganization(o, `organizations[${i}]`));
}

export function toMemberships(value: unknown): Membership[] {
  const body = readObject(value, 'userOrganizations');
  if (body.organizations === undefined) badShape('userOrganizations.organizations', 'an array', undefined);
  return optionalList(body.organizations, 'userOrganizations.organizations').map((o, i) => {
    const path = `userOrganizations.organizations[${i}]`;
    const org = readObject(o, path);
    return {
      organization: { id: recordId(org, path), name: organizationName(org, path) },
      roleIds: optionalList(org.roles, `${path}.roles`).map((r, j) => roleRefId(r, `${path}.roles[${j}]`)),
    };
  });
}

/** SSOJet stores first and last name only; a single name field splits at its first space. */
export function splitName(name: string | null | undefined): { first: string; last: string } {
  const clean = (name ?? '').trim().replace(/\s+/g, ' ');
  const space = clean.indexOf(' ');
  return space < 0 ? { first: clean, last: '' } : { first: clean.slice(0, space), last: clean.slice(space + 1) };
}

export function toCreateUserBody(input: CreateUserInput): SsojetCreateUserBody {
  const hasParts = input.givenName !== undefined || input.familyName !== undefined;
  const { first, last } = hasParts ? { first: input.givenName ?? '', last: input.familyName ?? '' } : splitName(input.name);
  return { first_name: first.trim(), last_name: last.trim(), email: (input.email ?? '').trim() };
}

/**
 * SSOJet's update requires every field and replaces the record, so the body is the user as it is
 * now with the patch laid over it. `groups` goes back as it came, so an edit never drops them.
 */
export function toUpdateUserBody(current: User, patch: UpdateUserInput): SsojetUpdateUserBody {
  let first = current.givenName ?? '';
  let last = current.familyName ?? '';
  if (patch.name !== undefined) ({ first, last } = splitName(patch.name));
  if (patch.givenName !== undefined) first = patch.givenName?.trim() ?? '';
  if (patch.familyName !== undefined) last = patch.familyName?.trim() ?? '';
  const raw = (current.raw ?? {}) as Json;
  return {
    email: current.email ?? '',
    first_name: first,
    last_name: last,
    groups: Array.isArray(raw.groups) ? raw.groups : [],
    raw_attributes: { ...current.customAttributes, ...patch.customAttributes },
  };
}
