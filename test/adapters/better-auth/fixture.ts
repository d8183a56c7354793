/**
 * Real better-auth (admin + organization plugins, dynamic access control) on a real SQL engine:
 * PGlite, Postgres compiled to WebAssembly, in memory. better-auth creates its own schema
 * (getMigrations); test data goes in by batch insert, so a fresh directory costs milliseconds
 * and no password hash.
 */
import { PGlite } from '@electric-sql/pglite';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { admin, organization } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { seedDirectory, type SeedOptions } from './seed.js';

const statements = { user: ['create', 'list', 'set-role', 'ban', 'delete', 'update'], session: ['list', 'revoke'], report: ['read'] } as const;
const ac = createAccessControl(statements);

/** Four project-wide roles: the contract wants at least three. */
export const PROJECT_ROLES = {
  admin: ac.newRole({ user: ['create', 'list', 'set-role', 'ban', 'delete', 'update'], session: ['list', 'revoke'], report: ['read'] }),
  user: ac.newRole({ report: [] }),
  support: ac.newRole({ user: ['list'], session: ['list'] }),
  auditor: ac.newRole({ report: ['read'] }),
};

export function createAuth(db: Kysely<any>) {
  return betterAuth({
    secret: 'roster-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
    baseURL: 'http://127.0.0.1:3000',
    database: { db, type: 'postgres', transaction: true },
    emailAndPassword: { enabled: true },
    logger: { disabled: true },
    telemetry: { enabled: false },
    plugins: [admin({ ac, roles: PROJECT_ROLES }), organization({ dynamicAccessControl: { enabled: true }, membershipLimit: 100_000 })],
  });
}

export type TestAuth = ReturnType<typeof createAuth>;

export interface BetterAuthDatabase {
  pglite: PGlite;
  db: Kysely<any>;
  auth: TestAuth;
  /** Empties every table and seeds the directory again. */
  reset(options?: SeedOptions): Promise<void>;
  close(): Promise<void>;
}

export async function openBetterAuthDatabase(options: { dataDir?: string } = {}): Promise<BetterAuthDatabase> {
  const pglite = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const db = new Kysely<any>({ dialect: new PGliteDialect(pglite) });
  const auth = createAuth(db);
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
  return {
    pglite,
    db,
    auth,
    async reset(seed) {
      await pglite.exec('truncate table "user", "organization", "verification" cascade');
      await seedDirectory(db, seed);
    },
    async close() {
      await db.destroy().catch(() => undefined);
      if (!pglite.closed) await pglite.close();
    },
  };
}
