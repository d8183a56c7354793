/**
 * SSOJet's role and permission records as the definition writes need them: with the `slug` and
 * permission ids that a later write must send back, which the neutral model does not carry.
 * Read as tolerantly as `mapping.ts` reads the lists (`id`/`_id`, `null` for an empty array,
 * `permission_ids` of the current docs), and as strictly about types.
 */
import type { Permission, Role } from '../../core/model.js';
import { readArray, readBoolean, readNonEmptyString, readObject, readOptional, readString } from '../../core/shape.js';

export interface RoleRecord {
  id: string;
  name: string;
  slug: string;
  description: string;
  permissionIds: string[];
  deleted: boolean;
}

export interface PermissionRecord {
  id: string;
  name: string;
  slug: string;
  description: string;
}

type Json = Record<string, unknown>;

function id(record: Json, path: string): string {
  return record.id !== undefined ? readNonEmptyString(record.id, `${path}.id`) : readNonEmptyString(record._id, `${path}._id`);
}

function text(value: unknown, path: string): string {
  return readOptional(value, path, readString, '');
}

export function toRoleRecord(value: unknown, path: string): RoleRecord {
  const role = readObject(value, path);
  const ids = readOptional(role.permission_id ?? role.permission_ids, `${path}.permission_id`, readArray, []);
  return {
    id: id(role, path),
    name: readString(role.name, `${path}.name`),
    slug: text(role.slug, `${path}.slug`),
    description: text(role.description, `${path}.description`),
    permissionIds: ids.map((p, i) => readNonEmptyString(p, `${path}.permission_id[${i}]`)),
    deleted: readOptional(role.is_deleted, `${path}.is_deleted`, readBoolean, false),
  };
}

export function toRoleRecords(value: unknown): RoleRecord[] {
  return readArray(value, 'roles').map((r, i) => toRoleRecord(r, `roles[${i}]`));
}

export function toPermissionRecord(value: unknown, path: string): PermissionRecord {
  const permission = readObject(value, path);
  return {
    id: id(permission, path),
    name: readString(permission.name, `${path}.name`),
    slug: text(permission.slug, `${path}.slug`),
    description: text(permission.description, `${path}.description`),
  };
}

export function toPermissionRecords(value: unknown): PermissionRecord[] {
  return readArray(value, 'permissions').map((p, i) => toPermissionRecord(p, `permissions[${i}]`));
}

export function toPermission(record: PermissionRecord): Permission {
  return { id: record.id, name: record.name, ...(record.description && { description: record.description }) };
}

/** A project-wide role, its permission ids shown by name (an id no permission has stays as it is). */
export function toRole(record: RoleRecord, permissions: readonly PermissionRecord[]): Role {
  const names = new Map(permissions.map((p) => [p.id, p.name]));
  return {
    id: record.id,
    name: record.name,
    ...(record.description && { description: record.description }),
    permissions: record.permissionIds.map((permissionId) => names.get(permissionId) ?? permissionId),
    organizationId: null,
  };
}
