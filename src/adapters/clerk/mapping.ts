/**
 * Clerk wire records → the neutral model. Every read is shape-checked on the way: a field of the
 * wrong type becomes a `bad_response` RosterError here instead of a TypeError somewhere above.
 *
 * How Clerk's model is read (each a choice, see the adapter's report):
 * - `name` is `first_name last_name`; Clerk has no single name field.
 * - status: `banned` or `locked` → `disabled` (neither can sign in); Clerk never holds an `invited`
 *   user (an invitation is not a user until it is accepted).
 * - `email`/`phone` are the primary ones; `emailVerified` and `phoneVerified` are their
 *   verifications (`phoneVerified` only where there is a phone number).
 * - `customAttributes` is `public_metadata` (set only from the Backend API, readable by the app).
 * - `picture` only when `has_image`: otherwise `image_url` is Clerk's generated placeholder.
 * - a membership's single `role` key is its one role id.
 */
import type { Membership, Organization, Role, User } from '../../core/model.js';
import { badShape as bad, readArray, readBoolean, readNonEmptyString as readId, readObject, readOptional, readString } from '../../core/shape.js';
import type { ClerkOrganization, ClerkOrganizationMembership, ClerkRole, ClerkUser } from './wire.js';

// The shape checks every mapping shares (src/core/shape.ts); only Clerk's own readings are below.
const readOptionalString = (value: unknown, path: string): string | null => readOptional(value, path, readString, null);

function readTimestamp(value: unknown, path: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) bad(path, 'epoch milliseconds', value);
  return value;
}

function readMetadata(value: unknown, path: string): Record<string, unknown> {
  return readOptional(value, path, readObject, {});
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Reads `{ data, total_count }`, Clerk's paginated list. */
export function readPage<T>(body: unknown, path: string, item: (value: unknown, path: string) => T): { data: T[]; total: number } {
  const page = readObject(body, path);
  const total = page.total_count;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) bad(`${path}.total_count`, 'a non-negative integer', total);
  return { data: readArray(page.data, `${path}.data`).map((v, i) => item(v, `${path}.data[${i}]`)), total };
}

/** Reads `{ object: "total_count", total_count }`, the answer of `/users/count`. */
export function readTotalCount(body: unknown): number {
  const total = readObject(body, 'count').total_count;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) bad('count.total_count', 'a non-negative integer', total);
  return total;
}

interface Identification {
  id: string;
  value: string;
  verified: boolean;
}

function readIdentifications(value: unknown, path: string, field: 'email_address' | 'phone_number'): Identification[] {
  if (value === undefined || value === null) return [];
  return readArray(value, path).map((entry, i) => {
    const record = readObject(entry, `${path}[${i}]`);
    const verification = record.verification === null || record.verification === undefined ? null : readObject(record.verification, `${path}[${i}].verification`);
    return {
      id: readId(record.id, `${path}[${i}].id`),
      value: readId(record[field], `${path}[${i}].${field}`),
      verified: verification?.status === 'verified',
    };
  });
}

/** Checks a Clerk user and returns it with what the neutral user needs, read once. */
export function toUser(value: unknown, path = 'user'): User {
  const u = readObject(value, path);
  const id = readId(u.id, `${path}.id`);
  const emails = readIdentifications(u.email_addresses, `${path}.email_addresses`, 'email_address');
  const phones = readIdentifications(u.phone_numbers, `${path}.phone_numbers`, 'phone_number');
  const primaryEmailId = readOptionalString(u.primary_email_address_id, `${path}.primary_email_address_id`);
  const primaryPhoneId = readOptionalString(u.primary_phone_number_id, `${path}.primary_phone_number_id`);
  const email = emails.find((e) => e.id === primaryEmailId) ?? null;
  const phone = phones.find((p) => p.id === primaryPhoneId) ?? null;
  const givenName = readOptionalString(u.first_name, `${path}.first_name`) || null;
  const familyName = readOptionalString(u.last_name, `${path}.last_name`) || null;
  const banned = readBoolean(u.banned, `${path}.banned`);
  const locked = u.locked === undefined ? false : readBoolean(u.locked, `${path}.locked`);
  const hasImage = u.has_image === undefined ? false : readBoolean(u.has_image, `${path}.has_image`);
  const imageUrl = readOptionalString(u.image_url, `${path}.image_url`);
  const createdAt = readTimestamp(u.created_at, `${path}.created_at`);
  const lastSignInAt = readTimestamp(u.last_sign_in_at, `${path}.last_sign_in_at`);
  return {
    id,
    email: email?.value ?? null,
    name: [givenName, familyName].filter(Boolean).join(' ') || null,
    givenName,
    familyName,
    phone: phone?.value ?? null,
    picture: hasImage && imageUrl ? imageUrl : null,
    status: banned || locked ? 'disabled' : 'active',
    emailVerified: email?.verified ?? false,
    ...(phone ? { phoneVerified: phone.verified } : {}),
    // Clerk has no project-wide roles; roles live on organization memberships.
    roleIds: [],
    createdAt: iso(createdAt),
    lastLoginAt: iso(lastSignInAt),
    customAttributes: { ...readMetadata(u.public_metadata, `${path}.public_metadata`) },
    raw: u as unknown as ClerkUser,
  };
}

export function toOrganization(value: unknown, path = 'organization'): Organization {
  const o = readObject(value, path);
  return {
    id: readId(o.id, `${path}.id`),
    name: readOptionalString(o.name, `${path}.name`) ?? '',
    // Verified domains live behind /organizations/{id}/domains, one call per organization; not read.
    domains: [],
    raw: o as unknown as ClerkOrganization,
  };
}

export function toMembership(value: unknown, path = 'membership'): Membership {
  const m = readObject(value, path) as Partial<Record<keyof ClerkOrganizationMembership, unknown>>;
  const organization = toOrganization(m.organization, `${path}.organization`);
  return {
    organization: { id: organization.id, name: organization.name },
    roleIds: [readId(m.role, `${path}.role`)],
  };
}

/** An organization's member list entry: the membership and whose it is (`public_user_data.user_id`). */
export function toMemberEntry(value: unknown, path = 'membership'): { userId: string; membership: Membership } {
  const m = readObject(value, path);
  const user = readObject(m.public_user_data, `${path}.public_user_data`);
  return { userId: readId(user.user_id, `${path}.public_user_data.user_id`), membership: toMembership(m, path) };
}

/** Clerk's roles are defined once per instance and held in any organization: no `organizationId`. */
export function toRole(value: unknown, path = 'role'): Role {
  const r = readObject(value, path) as Partial<Record<keyof ClerkRole, unknown>>;
  const key = readId(r.key, `${path}.key`);
  const description = readOptionalString(r.description, `${path}.description`);
  const permissions = r.permissions === undefined || r.permissions === null ? [] : readArray(r.permissions, `${path}.permissions`);
  return {
    id: key,
    name: readOptionalString(r.name, `${path}.name`) || key,
    ...(description ? { description } : {}),
    permissions: permissions.map((p, i) => readId(readObject(p, `${path}.permissions[${i}]`).key, `${path}.permissions[${i}].key`)),
    organizationId: null,
  };
}
