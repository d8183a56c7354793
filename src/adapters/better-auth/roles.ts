/**
 * Roles as better-auth defines them. Project-wide: the admin plugin's `roles` (default `admin`
 * and `user`). Per organization: the organization plugin's `roles` (default `owner`, `admin`,
 * `member`) plus, when dynamic access control is on, the organization's own rows in
 * `organizationRole`. Role ids are better-auth's role names, which is what it stores.
 */
import { defaultRoles as adminDefaultRoles } from 'better-auth/plugins/admin/access';
import { defaultRoles as organizationDefaultRoles } from 'better-auth/plugins/organization/access';
import { sql } from 'kysely';
import type { Role } from '../../core/model.js';
import type { Schema } from './database.js';
import { undefinedRoles } from './errors.js';
import type { AccessRole, BetterAuthContext, BetterAuthPlugin } from './types.js';

function plugin(context: BetterAuthContext, id: string): BetterAuthPlugin | undefined {
  return context.options.plugins?.find((p) => p.id === id);
}

export function hasOrganizations(context: BetterAuthContext): boolean {
  return plugin(context, 'organization') !== undefined;
}

/** `resource:action` for each action a role's statements allow. */
function permissionsOf(statements: Record<string, readonly string[]> | undefined): string[] {
  return Object.entries(statements ?? {}).flatMap(([resource, actions]) => (Array.isArray(actions) ? actions.map((a) => `${resource}:${a}`) : []));
}

function fromAccessRoles(roles: Record<string, AccessRole>, organizationId: string | null): Role[] {
  return Object.entries(roles).map(([name, role]) => ({ id: name, name, permissions: permissionsOf(role.statements), organizationId }));
}

export function projectRoles(context: BetterAuthContext): Role[] {
  return fromAccessRoles(plugin(context, 'admin')?.options?.roles ?? (adminDefaultRoles as Record<string, AccessRole>), null);
}

/** The owner role: better-auth refuses to leave an organization without one. */
export function creatorRole(context: BetterAuthContext): string {
  return plugin(context, 'organization')?.options?.creatorRole ?? 'owner';
}

function readPermission(value: unknown): Record<string, readonly string[]> {
  if (typeof value === 'object' && value !== null) return value as Record<string, readonly string[]>;
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, readonly string[]>) : {};
  } catch {
    return {};
  }
}

/** The roles assignable inside one organization: the plugin's, then the organization's own. */
export async function organizationRoles(schema: Schema, context: BetterAuthContext, organizationId: string): Promise<Role[]> {
  const options = plugin(context, 'organization')?.options;
  const roles = fromAccessRoles(options?.roles ?? (organizationDefaultRoles as Record<string, AccessRole>), organizationId);
  if (!options?.dynamicAccessControl?.enabled || !schema.has('organizationRole')) return roles;
  const rows = await sql<{ role: string; permission: unknown }>`
    select ${schema.col('r', 'organizationRole', 'role')} as role, ${schema.col('r', 'organizationRole', 'permission')} as permission
    from ${schema.table('organizationRole')} as r
    where ${schema.col('r', 'organizationRole', 'organizationId')} = ${organizationId}
    order by ${schema.col('r', 'organizationRole', 'role')}`.execute(schema.db);
  const known = new Set(roles.map((r) => r.id));
  for (const row of rows.rows) {
    if (!known.has(row.role)) roles.push({ id: row.role, name: row.role, permissions: permissionsOf(readPermission(row.permission)), organizationId });
  }
  return roles;
}

/** Refuses role ids the scope does not define, before anything is written. */
export function checkDefined(roleIds: readonly string[], defined: readonly Role[], where: string): void {
  const known = new Set(defined.map((r) => r.id));
  const unknown = roleIds.filter((id) => !known.has(id));
  if (unknown.length) throw undefinedRoles(unknown.map((r) => (r.length > 60 ? `${r.slice(0, 60)}…` : r)), where);
}

/** better-auth's stored form: roles joined by commas. */
export const joinRoles = (roleIds: readonly string[]) => [...new Set(roleIds)].join(',');
export const splitRoles = (stored: string | null | undefined) => (stored ?? '').split(',').map((r) => r.trim()).filter(Boolean);

/** A role edit: add or remove some, or replace them all. */
export type RoleChange = { kind: 'add' | 'remove' | 'set'; roleIds: readonly string[] };

export function applyChange(held: readonly string[], change: RoleChange): string[] {
  if (change.kind === 'set') return [...new Set(change.roleIds)];
  if (change.kind === 'add') return [...new Set([...held, ...change.roleIds])];
  return held.filter((r) => !change.roleIds.includes(r));
}
