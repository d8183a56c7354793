/**
 * Descope wire records → the neutral model, and neutral values → Descope's. Every read is
 * shape-checked on the way: a field of the wrong type becomes a `bad_response` RosterError here
 * instead of a TypeError somewhere above. Absent fields fall back to Descope's empty values,
 * since Descope leaves empty ones out of some responses.
 */
import type { Membership, Organization, Permission, Role, User, UserSortField, UserStatus } from '../../core/model.js';
import { badShape, readArrayOf, readBoolean as readPresentBoolean, readNonEmptyString, readObject, readOptional, readString as readPresentString, readStringArray } from '../../core/shape.js';
import { projectRoleId, tenantRoleId } from './roleIds.js';
import type { RoleCatalogue } from './roleCatalogue.js';
import type { DescopePermission, DescopeRole, DescopeTenant, DescopeUser, DescopeUserStatus, DescopeUserTenant } from './wire.js';

// Descope leaves empty fields out of some answers: absent reads as Descope's own empty value.
const readString = (value: unknown, path: string): string => readOptional(value, path, readPresentString, '');
const readBoolean = (value: unknown, path: string): boolean => readOptional(value, path, readPresentBoolean, false);
const readStrings = (value: unknown, path: string): string[] => readOptional(value, path, readStringArray, []);

function readEpochSeconds(value: unknown, path: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value)) badShape(path, 'epoch seconds', value);
  return value;
}

const DESCOPE_STATUSES: readonly DescopeUserStatus[] = ['enabled', 'disabled', 'invited', 'expired'];

function readUserTenant(value: unknown, path: string): DescopeUserTenant {
  const t = readObject(value, path);
  const tenantId = readNonEmptyString(t.tenantId, `${path}.tenantId`);
  return {
    ...t,
    tenantId,
    tenantName: readString(t.tenantName, `${path}.tenantName`),
    roleNames: readStrings(t.roleNames, `${path}.roleNames`),
  };
}

/** Checks a Descope user record and fills Descope's empty values for fields it left out. */
export function readUser(value: unknown, path = 'user'): DescopeUser {
  const u = readObject(value, path);
  const userId = readNonEmptyString(u.userId, `${path}.userId`);
  if (!DESCOPE_STATUSES.includes(u.status as DescopeUserStatus)) badShape(`${path}.status`, DESCOPE_STATUSES.join('|'), u.status);
  const customAttributes = readOptional(u.customAttributes, `${path}.customAttributes`, readObject, {});
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
    verifiedPhone: readBoolean(u.verifiedPhone, `${path}.verifiedPhone`),
    roleNames: readStrings(u.roleNames, `${path}.roleNames`),
    userTenants: readOptional(u.userTenants, `${path}.userTenants`, (v, p) => readArrayOf(v, p, readUserTenant), []),
    status: u.status as DescopeUserStatus,
    customAttributes,
    createdTime: readEpochSeconds(u.createdTime, `${path}.createdTime`),
  };
}

export function readRole(value: unknown, path = 'role'): DescopeRole {
  const r = readObject(value, path);
  const name = readNonEmptyString(r.name, `${path}.name`);
  return {
    ...(r as unknown as DescopeRole),
    name,
    description: readString(r.description, `${path}.description`),
    permissionNames: readStrings(r.permissionNames, `${path}.permissionNames`),
    tenantId: readString(r.tenantId, `${path}.tenantId`),
    createdTime: readEpochSeconds(r.createdTime, `${path}.createdTime`),
  };
}

export function readPermission(value: unknown, path = 'permission'): DescopePermission {
  const p = readObject(value, path);
  return { ...p, name: readNonEmptyString(p.name, `${path}.name`), description: readString(p.description, `${path}.description`) };
}

export function readTenant(value: unknown, path = 'tenant'): DescopeTenant {
  const t = readObject(value, path);
  const id = readNonEmptyString(t.id, `${path}.id`);
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
  return readArrayOf(readObject(body, 'response')[key], key, item);
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
    phoneVerified: record.verifiedPhone,
    // Descope keeps no invitation date or inviter on the user (its audit trail's UserCreated would
    // tell, at one rate-limited search per user): an invited user's invitation is known, its details not.
    invitation: record.status === 'invited' ? { sentAt: null, invitedBy: null } : null,
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

/** Descope addresses a permission by its name, so the name is its neutral id (and changes with it). */
export function toPermission(permission: DescopePermission): Permission {
  return { id: permission.name, name: permission.name, ...(permission.description ? { description: permission.description } : {}) };
}

export function toOrganization(tenant: DescopeTenant): Organization {
  return {
    id: tenant.id,
    name: tenant.name,
    domains: [...new Set([...tenant.selfProvisioningDomains, ...(tenant.domains ?? [])])],
    raw: tenant,
  };
}
