/**
 * The host's better-auth: email-and-password sign-in, the admin plugin (project roles, bans) and
 * the organization plugin (organizations, members, dynamic roles), on PGlite — Postgres in
 * WebAssembly — persisted in examples/host-app/.data. better-auth creates its own tables.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { admin, organization } from 'better-auth/plugins';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';

export const DATA_DIR = fileURLToPath(new URL('../.data/pglite', import.meta.url));
export const ORIGIN = 'http://localhost:5174';

function createAuth(db: Kysely<any>) {
  return betterAuth({
    // DEMO ONLY: a real app reads a long random secret from its environment.
    secret: process.env.BETTER_AUTH_SECRET ?? 'roster-example-only-secret-change-me-0123456789abcdef',
    baseURL: ORIGIN,
    trustedOrigins: [ORIGIN, 'http://127.0.0.1:5174'],
    basePath: '/api/auth',
    database: { db, type: 'postgres', transaction: true },
    emailAndPassword: { enabled: true },
    telemetry: { enabled: false },
    plugins: [admin(), organization({ dynamicAccessControl: { enabled: true }, membershipLimit: 10_000 })],
  });
}

export type ExampleAuth = ReturnType<typeof createAuth>;

export interface ExampleDatabase {
  pglite: PGlite;
  db: Kysely<any>;
  auth: ExampleAuth;
}

export async function openExampleDatabase(): Promise<ExampleDatabase> {
  mkdirSync(DATA_DIR, { recursive: true });
  const pglite = await PGlite.create({ dataDir: DATA_DIR });
  const db = new Kysely<any>({ dialect: new PGliteDialect(pglite) });
  const auth = createAuth(db);
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
  return { pglite, db, auth };
}
