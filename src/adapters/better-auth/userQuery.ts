/**
 * Users as SQL on better-auth's own tables: search over name OR email, the status, role and
 * organization filters, every sort field and offset paging with a total, all in the database.
 * better-auth's `listUsers` takes one search field and one filter, hence SQL here.
 *
 * Derived columns:
 * - `status`: `disabled` while banned (a ban whose `banExpires` has passed no longer counts, as at
 *   better-auth's sign-in); `invited` while a pending, unexpired organization invitation is
 *   addressed to the user's email and the user has never linked an account (password or social);
 *   else `active`.
 * - `lastLoginAt`: the newest session's start, impersonations left out. better-auth deletes
 *   sessions on sign-out and expiry, so this is the last sign-in of the sessions it still keeps.
 */
import { sql, type RawBuilder } from 'kysely';
import { checkPageSize, encodeOffsetCursor, pageOffset } from '../../core/paging.js';
import type { UserSortField, UsersQuery, UserStatus } from '../../core/model.js';
import { containsPattern, holdsRole, type Schema } from './database.js';

export const MAX_PAGE_SIZE = 500;

export interface UserRow {
  id: string;
  name: string | null;
  email: string | null;
  emailVerified: unknown;
  image: string | null;
  createdAt: unknown;
  role: string | null;
  status: UserStatus;
  lastLoginAt: unknown;
}

/** One row per user with the derived columns, as a subquery the filters and sorts read from. */
function usersWithDerivedColumns(schema: Schema, now: Date): RawBuilder<unknown> {
  const u = (field: string) => schema.col('u', 'user', field);
  const invited = schema.has('invitation')
    ? sql`when not exists (select 1 from ${schema.table('account')} as a where ${schema.col('a', 'account', 'userId')} = ${u('id')})
        and exists (select 1 from ${schema.table('invitation')} as i
          where lower(${schema.col('i', 'invitation', 'email')}) = lower(${u('email')})
            and ${schema.col('i', 'invitation', 'status')} = 'pending'
            and ${schema.col('i', 'invitation', 'expiresAt')} > ${now}) then 'invited'`
    : sql``;
  // The admin plugin adds `impersonatedBy`; an admin's impersonation is not the user signing in.
  const notImpersonated = schema.hasField('session', 'impersonatedBy') ? sql`and ${schema.col('s', 'session', 'impersonatedBy')} is null` : sql``;
  return sql`(select ${u('id')} as id, ${u('name')} as name, ${u('email')} as email, ${u('emailVerified')} as "emailVerified",
      ${u('image')} as image, ${u('createdAt')} as "createdAt", ${u('role')} as role,
      case when coalesce(${u('banned')}, false) = true and (${u('banExpires')} is null or ${u('banExpires')} > ${now}) then 'disabled'
        ${invited}
        else 'active' end as status,
      (select max(${schema.col('s', 'session', 'createdAt')}) from ${schema.table('session')} as s
        where ${schema.col('s', 'session', 'userId')} = ${u('id')} ${notImpersonated}) as "lastLoginAt"
    from ${schema.table('user')} as u) as x`;
}

function conditions(schema: Schema, query: Omit<UsersQuery, 'page'>): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  const text = query.search?.trim().toLowerCase();
  if (text) {
    const pattern = containsPattern(text);
    parts.push(sql`(lower(coalesce(x.name, '')) like ${pattern} escape '\\' or lower(coalesce(x.email, '')) like ${pattern} escape '\\')`);
  }
  const { status, roleIds, organizationId } = query.filter ?? {};
  if (status?.length) parts.push(sql`x.status in (${sql.join(status)})`);
  const member = (field: string) => schema.col('m', 'member', field);
  if (organizationId) {
    // With an organization, a role filter means the roles held there.
    const roles = roleIds?.length ? sql`and (${sql.join(roleIds.map((r) => holdsRole(member('role'), r)), sql` or `)})` : sql``;
    parts.push(sql`exists (select 1 from ${schema.table('member')} as m where ${member('userId')} = x.id and ${member('organizationId')} = ${organizationId} ${roles})`);
  } else if (roleIds?.length) {
    parts.push(sql`(${sql.join(roleIds.map((r) => holdsRole(sql.ref('x.role'), r)), sql` or `)})`);
  }
  return sql.join(parts, sql` and `);
}

const SORT_KEYS: Record<UserSortField, RawBuilder<unknown>> = {
  // As the UI shows a user without a name: by email.
  name: sql`lower(coalesce(nullif(x.name, ''), x.email))`,
  email: sql`lower(x.email)`,
  createdAt: sql`x."createdAt"`,
  lastLoginAt: sql`x."lastLoginAt"`,
  status: sql`x.status`,
};

function ordering(query: UsersQuery): RawBuilder<unknown> {
  const { field, direction } = query.sort ?? { field: 'createdAt' as const, direction: 'asc' as const };
  const dir = direction === 'desc' ? sql`desc` : sql`asc`;
  // The id breaks ties, so pages never overlap or skip.
  return sql`${SORT_KEYS[field]} ${dir} nulls last, x.id asc`;
}

export async function selectUsersPage(schema: Schema, query: UsersQuery, now = new Date()) {
  const size = query.page.size;
  checkPageSize(size, MAX_PAGE_SIZE);
  const offset = pageOffset(query.page, size);
  const from = usersWithDerivedColumns(schema, now);
  const where = conditions(schema, query);
  const [rows, count] = await Promise.all([
    sql<UserRow>`select * from ${from} where ${where} order by ${ordering(query)} limit ${size} offset ${offset}`.execute(schema.db),
    sql<{ total: number | string | bigint }>`select count(*) as total from ${from} where ${where}`.execute(schema.db),
  ]);
  const total = Number(count.rows[0]?.total ?? 0);
  return { rows: rows.rows, total, nextCursor: offset + size < total ? encodeOffsetCursor(offset + size) : null };
}

export async function selectUser(schema: Schema, userId: string, now = new Date()): Promise<UserRow | null> {
  const result = await sql<UserRow>`select * from ${usersWithDerivedColumns(schema, now)} where x.id = ${userId}`.execute(schema.db);
  return result.rows[0] ?? null;
}
