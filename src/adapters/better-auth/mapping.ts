/** Rows of better-auth's tables as Roster's neutral records. */
import { sql } from 'kysely';
import type { Membership, Organization, User } from '../../core/model.js';
import type { Schema } from './database.js';
import { splitRoles } from './roles.js';
import type { UserRow } from './userQuery.js';

function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** SQLite stores booleans as 0/1. */
const truthy = (value: unknown) => value === true || value === 1 || value === '1' || value === 't' || value === 'true';

export function toUser(row: UserRow, memberships: Membership[] | undefined): User {
  return {
    id: row.id,
    email: row.email || null,
    // better-auth requires a name; a user created without one holds "".
    name: row.name || null,
    picture: row.image || null,
    status: row.status,
    emailVerified: truthy(row.emailVerified),
    roleIds: splitRoles(row.role),
    ...(memberships ? { memberships } : {}),
    createdAt: iso(row.createdAt),
    lastLoginAt: iso(row.lastLoginAt),
    customAttributes: {},
    raw: { ...row },
  };
}

export interface OrganizationRow {
  id: string;
  name: string;
  slug: string | null;
  logo: string | null;
  metadata: unknown;
  createdAt: unknown;
}

export function toOrganization(row: OrganizationRow): Organization {
  // better-auth organizations have a slug, not email domains.
  return { id: row.id, name: row.name, domains: [], raw: { slug: row.slug, logo: row.logo, metadata: row.metadata, createdAt: iso(row.createdAt) } };
}

/** Every membership of the given users, with the organization's name, in one query. */
export async function membershipsOf(schema: Schema, userIds: readonly string[]): Promise<Map<string, Membership[]>> {
  const byUser = new Map<string, Membership[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0 || !schema.has('member')) return byUser;
  const m = (field: string) => schema.col('m', 'member', field);
  const o = (field: string) => schema.col('o', 'organization', field);
  const rows = await sql<{ userId: string; organizationId: string; organizationName: string; role: string | null }>`
    select ${m('userId')} as "userId", ${o('id')} as "organizationId", ${o('name')} as "organizationName", ${m('role')} as role
    from ${schema.table('member')} as m join ${schema.table('organization')} as o on ${o('id')} = ${m('organizationId')}
    where ${m('userId')} in (${sql.join(userIds)})
    order by lower(${o('name')}), ${o('id')}`.execute(schema.db);
  for (const row of rows.rows) {
    byUser.get(row.userId)?.push({ organization: { id: row.organizationId, name: row.organizationName }, roleIds: splitRoles(row.role) });
  }
  return byUser;
}
