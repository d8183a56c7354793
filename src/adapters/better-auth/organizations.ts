/** The organization plugin's organizations: searched by name and paged in the database. */
import { sql } from 'kysely';
import { checkPageSize, encodeOffsetCursor, pageOffset } from '../../core/paging.js';
import type { Organization, OrganizationsQuery, Page } from '../../core/model.js';
import { containsPattern, type Schema } from './database.js';
import { toOrganization, type OrganizationRow } from './mapping.js';
import { MAX_PAGE_SIZE } from './userQuery.js';

function columns(schema: Schema) {
  const o = (field: string) => schema.col('o', 'organization', field);
  return sql`${o('id')} as id, ${o('name')} as name, ${o('slug')} as slug, ${o('logo')} as logo, ${o('metadata')} as metadata, ${o('createdAt')} as "createdAt"`;
}

export async function selectOrganizations(schema: Schema, query: OrganizationsQuery = {}): Promise<Page<Organization>> {
  if (!schema.has('organization')) return { items: [], total: 0, nextCursor: null };
  const name = schema.col('o', 'organization', 'name');
  const text = query.search?.trim().toLowerCase();
  const where = text ? sql`lower(${name}) like ${containsPattern(text)} escape '\\'` : sql`true`;
  const size = query.page?.size;
  if (size !== undefined) checkPageSize(size, MAX_PAGE_SIZE);
  const offset = size === undefined ? 0 : pageOffset(query.page, size);
  const limit = size === undefined ? sql`` : sql`limit ${size} offset ${offset}`;
  const [rows, count] = await Promise.all([
    sql<OrganizationRow>`select ${columns(schema)} from ${schema.table('organization')} as o where ${where} order by lower(${name}), ${schema.col('o', 'organization', 'id')} ${limit}`.execute(schema.db),
    sql<{ total: number | string }>`select count(*) as total from ${schema.table('organization')} as o where ${where}`.execute(schema.db),
  ]);
  const total = Number(count.rows[0]?.total ?? 0);
  const next = size !== undefined && offset + size < total ? encodeOffsetCursor(offset + size) : null;
  return { items: rows.rows.map(toOrganization), total, nextCursor: next };
}

export async function selectOrganization(schema: Schema, organizationId: string): Promise<Organization | null> {
  if (!schema.has('organization')) return null;
  const rows = await sql<OrganizationRow>`select ${columns(schema)} from ${schema.table('organization')} as o where ${schema.col('o', 'organization', 'id')} = ${organizationId}`.execute(schema.db);
  return rows.rows[0] ? toOrganization(rows.rows[0]) : null;
}
