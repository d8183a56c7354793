/**
 * Auth0 records into Roster's model, checked on the way in: a record of the wrong shape is a
 * `bad_response` RosterError here, never a crash in a component.
 *
 * - `blocked: true` is `disabled`; every other user is `active`. Auth0 has no pending user (an
 *   organization invitation creates none until it is accepted), so no user is ever `invited`.
 * - `customAttributes` are the user's `app_metadata` (admin-owned) by default, or `user_metadata`.
 * - An organization's `display_name` is its name; its `name` is a slug, kept in `raw`.
 * - A role owned by an organization (`owner_id`) is that organization's; the others are the tenant's.
 */
import { RosterError } from '../../core/errors.js';
import type { Organization, Role, User } from '../../core/model.js';
import type { Auth0Organization, Auth0Permission, Auth0Role, Auth0User } from './wire.js';

export type MetadataField = 'app_metadata' | 'user_metadata';

export function badResponse(detail: string): RosterError {
  return new RosterError('bad_response', { cause: new Error(`Auth0: ${detail}`) });
}

export function readRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badResponse(`${what}: expected an object`);
  return value as Record<string, unknown>;
}

function optionalString(record: Record<string, unknown>, key: string, what: string): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badResponse(`${what}.${key}: expected a string`);
  return value;
}

function requiredId(record: Record<string, unknown>, key: string, what: string): string {
  const value = optionalString(record, key, what);
  if (!value) throw badResponse(`${what}.${key}: expected a non-empty string`);
  return value;
}

function optionalDate(record: Record<string, unknown>, key: string, what: string): string | null {
  const value = optionalString(record, key, what);
  if (value === undefined) return null;
  if (Number.isNaN(Date.parse(value))) throw badResponse(`${what}.${key}: expected an ISO 8601 date`);
  return value;
}

function optionalObject(record: Record<string, unknown>, key: string, what: string): Record<string, unknown> {
  const value = record[key];
  if (value === undefined || value === null) return {};
  return readRecord(value, `${what}.${key}`);
}

export function readUser(value: unknown): Auth0User {
  const record = readRecord(value, 'user');
  requiredId(record, 'user_id', 'user');
  for (const key of ['email', 'name', 'given_name', 'family_name', 'phone_number', 'picture', 'nickname']) optionalString(record, key, 'user');
  for (const key of ['created_at', 'last_login']) optionalDate(record, key, 'user');
  // An unknown value here would make the status a guess: refuse it rather than show "active".
  if (record.blocked !== undefined && typeof record.blocked !== 'boolean') throw badResponse('user.blocked: expected a boolean');
  if (record.email_verified !== undefined && typeof record.email_verified !== 'boolean') throw badResponse('user.email_verified: expected a boolean');
  optionalObject(record, 'app_metadata', 'user');
  optionalObject(record, 'user_metadata', 'user');
  return record as unknown as Auth0User;
}

export function toUser(record: Auth0User, roleIds: string[], metadata: MetadataField): User {
  return {
    id: record.user_id,
    email: record.email ?? null,
    name: record.name ?? null,
    givenName: record.given_name ?? null,
    familyName: record.family_name ?? null,
    phone: record.phone_number ?? null,
    picture: record.picture ?? null,
    status: record.blocked === true ? 'disabled' : 'active',
    emailVerified: record.email_verified === true,
    roleIds,
    createdAt: optionalDate(record as unknown as Record<string, unknown>, 'created_at', 'user'),
    lastLoginAt: optionalDate(record as unknown as Record<string, unknown>, 'last_login', 'user'),
    customAttributes: { ...(record[metadata] ?? {}) },
    raw: record,
  };
}

export function readRole(value: unknown): Auth0Role {
  const record = readRecord(value, 'role');
  requiredId(record, 'id', 'role');
  optionalString(record, 'name', 'role');
  optionalString(record, 'description', 'role');
  optionalString(record, 'owner_id', 'role');
  return record as unknown as Auth0Role;
}

export function readPermission(value: unknown): Auth0Permission {
  const record = readRecord(value, 'permission');
  requiredId(record, 'permission_name', 'permission');
  return record as unknown as Auth0Permission;
}

export function toRole(role: Auth0Role, permissions: readonly Auth0Permission[]): Role {
  return {
    id: role.id,
    name: role.name ?? role.id,
    ...(role.description ? { description: role.description } : {}),
    permissions: [...new Set(permissions.map((p) => p.permission_name))],
    organizationId: role.owner_id ?? null,
  };
}

export function readOrganization(value: unknown): Auth0Organization {
  const record = readRecord(value, 'organization');
  requiredId(record, 'id', 'organization');
  optionalString(record, 'name', 'organization');
  optionalString(record, 'display_name', 'organization');
  return record as unknown as Auth0Organization;
}

export function toOrganization(org: Auth0Organization): Organization {
  return { id: org.id, name: org.display_name || org.name || org.id, domains: [], raw: org };
}
