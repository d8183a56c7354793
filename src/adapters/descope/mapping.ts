/**
 * Descope wire records → the neutral model, and neutral values → Descope's. Every read is
 * shape-checked on the way: a field of the wrong type becomes a `bad_response` RosterError here
 * instead of a TypeError somewhere above. Absent fields fall back to Descope's empty values,
 * since Descope leaves empty ones out of some responses.
 */
import { RosterError } from '../../core/errors.js';
import type { Membership, Organization, Role, User, UserSortField, UserStatus } from '../../core/model.js';
import { projectRoleId, tenantRoleId } from './roleIds.js';
import type { DescopeRole, DescopeTenant, DescopeUser, DescopeUserStatus, DescopeUserTenant } from './wire.js';

function bad(path: string, expected: string, value: unknown): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new RosterError('bad_response', { cause: new Error(`Descope ${path}: expected ${expected}, got ${got}`) });
}

export function readRecord(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(path, 'an object', value);
  return value as Record<string, unknown>;
}

function readString(value: unknown, path: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') bad(path, 'a string', value);
  return value;
}

function readBoolean(value: unknown, path: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') bad(path, 'a boolean', value);
  return value;
}

function readStrings(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) bad(path, 'an array of strings', value);
  value.forEach((item, i) => {
    if (typeof item !== 'string') bad(`${path}[${i}]`, 'a string', item);
  });
  return value as string[];
}

function readArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) bad(path, 'an array', value);
  return value;
}

function readEpochSeconds(value: unknown, path: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value)) bad(path, 'epoch seconds', value);
  return value;
}

const DESCOPE_STATUSES: readonly DescopeUserStatus[] = ['enabled', 'disabled', 'invited', 'expired'];

function readUserTenant(value: unknown, path: string): DescopeUserTenant {
  const t = readRecord(value, path);
  const tenantId = readString(t.tenantId, `${path}.tenantId`);
  if (!tenantId) bad(`${path}.tenantId`, 'a non-empty string', t.tenantId);
  return {
    ...t,
    tenantId,
    tenantName: readString(t.tenantName, `${path}.tenantName`),
    roleNames: readStrings(t.roleNames, `${path}.roleNames`),
  };
}

/** Checks a Descope user record and fills Descope's empty values for fields it left out. */
export function readUser(value: unknown, path = 'user'): DescopeUser {
  const u = readRecord(value, path);
  const userId = readString(u.userId, `${path}.userId`);
  if (!userId) bad(`${path}.userId`, 'a non-empty string', u.userId);
  if (!DESCOPE_STATUSES.includes(u.status as DescopeUserStatus)) bad(`${path}.status`, DESCOPE_STATUSES.join('|'), u.status);
  const customAttributes = u.customAttributes === undefined || u.customAttributes === null ? {} : readRecord(u.customAttributes, `${path}.customAttributes`);
  return {
    ...(u as unknown as DescopeUser),
    userId,
    loginIds: readStrings(u.loginIds, `${path}.loginIds`),
    name: readString(u.name, `${path}.name`),
    email: readString(u.email, `${path}.email`),
    phone: readString(u.phone, `${path}.phone`),
    givenName: readString(u.givenName, `${path}.givenName`),
    middleName: readString(u.middleName, `${path}.middleName`),
    familyName: readString(u.familyName, `${path}.familyName`),
    picture: readString(u.picture, `${path}.picture`),
    verifiedEmail: readBoolean(u.verifiedEmail, `${path}.verifiedEmail`),
    roleNames: readStrings(u.roleNames, `${path}.roleNames`),
    userTenants: u.userTenants === undefined || u.userTenants === null ? [] : readArray(u.userTenants, `${path}.userTenants`).map((t, i) => readUserTenant(t, `${path}.userTenants[${i}]`)),
    status: u.status as DescopeUserStatus,
    customAttributes,
    createdTime: readEpochSeconds(u.createdTime, `${path}.createdTime`),
  };
}

export function readRole(value: unknown, path = 'role'): DescopeRole {
  const r = readRecord(value, path);
  const name = readString(r.name, `${path}.name`);
  if (!name) bad(`${path}.name`, 'a non-empty string', r.name);
  return {
    ...(r as unknown as DescopeRole),
    name,
    description: readString(r.description, `${path}.description`),
    permissionNames: readStrings(r.permissionNames, `${path}.permissionNames`),
    tenantId: readString(r.tenantId, `${path}.tenantId`),
    createdTime: readEpochSeconds(r.createdTime, `${path}.createdTime`),
  };
}

export function readTenant(value: unknown, path = 'tenant'): DescopeTenant {
  const t = readRecord(value, path);
  const id = readString(t.id, `${path}.id`);
  if (!id) bad(`${path}.id`, 'a non-empty string', t.id);
  return {
    ...(t as unknown as DescopeTenant),
    id,
    name: readString(t.name, `${path}.name`),
    selfProvisioningDomains: readStrings(t.selfProvisioningDomains, `${path}.selfProvisioningDomains`),
    domains: readStrings(t.domains, `${path}.domains`),
  };
}

/** Reads `{ [key]: T[] }`, the shape of every Descope list response. */
export function readList<T>(body: unknown, key: string, item: (value: unknown, path: string) => T): T[] {
  const record = readRecord(body, 'response');
  return readArray(record[key], key).map((value, i) => item(value, `${key}[${i}]`));
}

/**
 * Which role names are tenant-scoped in which tenant, to tell a tenant's own "Approver" from a
 * project role of the same name when mapping a user's tenant roles to ids.
 */
export interface RoleCatalogue {
  roleIdInTenant(tenantId: string, name: string): string;
}

export function createRoleCatalogue(roles: readonly DescopeRole[]): RoleCatalogue {
  const scoped = new Set(roles.filter((r) => r.tenantId).map((r) => `${r.tenantId}\u0000${r.name}`));
  return {
    roleIdInTenant: (tenantId, name) => (scoped.has(`${tenantId}\u0000${name}`) ? tenantRoleId(tenantId, name) : projectRoleId(name)),
  };
}

const STATUS_FROM_DESCOPE: Record<DescopeUserStatus, UserStatus> = {
  enabled: 'active',
  invited: 'invited',
  disabled: 'disabled',
  // An expired user cannot sign in, which is what "disabled" means to an admin; `raw` keeps the truth.
  expired: 'disabled',
};

export const STATUSES_TO_DESCOPE: Record<UserStatus, DescopeUserStatus[]> = {
  active: ['enabled'],
  invited: ['invited'],
  disabled: ['disabled', 'expired'],
};

/**
 * Sort fields Descope's search can order by, named as the user record's fields. `status` is left
 * out on purpose: Descope orders its own status words (disabled < enabled < invited), which is not
 * the order of the neutral ones. Descope keeps no last-login time on the user record.
 */
export const SORT_FIELDS_TO_DESCOPE: Partial<Record<UserSortField, string>> = {
  name: 'name',
  email: 'email',
  createdAt: 'createdTime',
};

const orNull = (text: string): string | null => (text === '' ? null : text);

export interface UserMappingScope {
  catalogue: RoleCatalogue;
  /** In a tenant admin's session only that tenant is visible: no project roles, one membership. */
  tenantId: string | null;
}

function membership(tenant: DescopeUserTenant, catalogue: RoleCatalogue): Membership {
  return {
    organization: { id: tenant.tenantId, name: tenant.tenantName },
    roleIds: tenant.roleNames.map((name) => catalogue.roleIdInTenant(tenant.tenantId, name)),
  };
}

export function toUser(record: DescopeUser, scope: UserMappingScope): User {
  const tenants = scope.tenantId === null ? record.userTenants : record.userTenants.filter((t) => t.tenantId === scope.tenantId);
  return {
    id: record.userId,
    email: orNull(record.email),
    name: orNull(record.name),
    givenName: orNull(record.givenName),
    familyName: orNull(record.familyName),
    phone: orNull(record.phone),
    picture: orNull(record.picture),
    status: STATUS_FROM_DESCOPE[record.status],
    emailVerified: record.verifiedEmail,
    roleIds: scope.tenantId === null ? record.roleNames.map(projectRoleId) : [],
    memberships: tenants.map((t) => membership(t, scope.catalogue)),
    createdAt: record.createdTime > 0 ? new Date(record.createdTime * 1000).toISOString() : null,
    lastLoginAt: null,
    customAttributes: { ...record.customAttributes },
    raw: record,
  };
}

export function toRole(role: DescopeRole): Role {
  const tenantId = role.tenantId || null;
  return {
    id: tenantId ? tenantRoleId(tenantId, role.name) : projectRoleId(role.name),
    name: role.name,
    ...(role.description ? { description: role.description } : {}),
    permissions: [...role.permissionNames],
    organizationId: tenantId,
  };
}

export function toOrganization(tenant: DescopeTenant): Organization {
  return {
    id: tenant.id,
    name: tenant.name,
    domains: [...new Set([...tenant.selfProvisioningDomains, ...(tenant.domains ?? [])])],
    raw: tenant,
  };
}
