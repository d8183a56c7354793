/**
 * The database better-auth runs on, as this adapter reads it: the Kysely instance behind the auth
 * instance and the table and column names better-auth resolved (a host may rename either, or
 * pluralize tables). Reads that better-auth's own API cannot express (search over name OR email,
 * totals, sorting by last sign-in) are SQL on this same database, so they run where the data is.
 */
import { Kysely, sql, type RawBuilder } from 'kysely';
import type { BetterAuthAuth, BetterAuthContext } from './types.js';

type Model = 'user' | 'session' | 'account' | 'member' | 'organization' | 'organizationRole' | 'invitation';

export interface Schema {
  db: Kysely<any>;
  /** The table of a better-auth model, as a SQL identifier. */
  table(model: Model): RawBuilder<unknown>;
  /** `alias."column"` of one of the model's fields. */
  col(alias: string, model: Model, field: string): RawBuilder<unknown>;
  /** The column name alone, for result rows. */
  name(model: Model, field: string): string;
  /** Whether the model is part of this setup (the organization plugin adds four). */
  has(model: Model): boolean;
  /** Whether the model has the field (plugins add some). */
  hasField(model: Model, field: string): boolean;
}

function isKysely(value: unknown): value is Kysely<any> {
  return value instanceof Kysely || (typeof value === 'object' && value !== null && typeof (value as Kysely<any>).selectFrom === 'function' && typeof (value as Kysely<any>).executeQuery === 'function');
}

/** The Kysely instance of better-auth's `database` option, or null where it is not Kysely-based. */
export function kyselyOf(database: unknown): Kysely<any> | null {
  if (isKysely(database)) return database;
  if (typeof database !== 'object' || database === null) return null;
  const { db, dialect } = database as { db?: unknown; dialect?: unknown };
  if (isKysely(db)) return db;
  // better-auth builds its own Kysely over a bare dialect and keeps it private; a second one over
  // the same dialect reaches the same database.
  if (typeof dialect === 'object' && dialect !== null && typeof (dialect as { createDriver?: unknown }).createDriver === 'function') {
    return new Kysely({ dialect: dialect as ConstructorParameters<typeof Kysely>[0]['dialect'] });
  }
  if (typeof (database as { createDriver?: unknown }).createDriver === 'function') return new Kysely({ dialect: database as ConstructorParameters<typeof Kysely>[0]['dialect'] });
  return null;
}

export function createSchema(db: Kysely<any>, context: BetterAuthContext): Schema {
  const tables = context.tables;
  const modelName = (model: Model) => tables[model]?.modelName ?? model;
  const name = (model: Model, field: string) => (field === 'id' ? 'id' : (tables[model]?.fields?.[field]?.fieldName ?? field));
  return {
    db,
    table: (model) => sql.table(modelName(model)),
    col: (alias, model, field) => sql.ref(`${alias}.${name(model, field)}`),
    name,
    has: (model) => model in tables,
    hasField: (model, field) => field in (tables[model]?.fields ?? {}),
  };
}

/** The context, typed as far as this adapter reads it. */
export async function authContext(auth: BetterAuthAuth): Promise<BetterAuthContext> {
  return (await auth.$context) as unknown as BetterAuthContext;
}

/** A LIKE pattern that finds `text` anywhere, with LIKE's own wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Role lists are stored comma-joined ("admin,user"); this matches one whole entry. */
export function holdsRole(column: RawBuilder<unknown>, role: string): RawBuilder<unknown> {
  return sql`(',' || coalesce(${column}, '') || ',') like ${containsPattern(`,${role},`)} escape '\\'`;
}
