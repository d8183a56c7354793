/**
 * Node side of the matrix row "better-auth, in-process on PGlite, behind createRosterHandler".
 *
 * The adapter reads and writes better-auth's database directly, so it runs in Vite's Node process
 * (loaded through `ssrLoadModule`, see ../vitePlugin.ts), never in the page:
 *
 *   PGlite (Postgres in WebAssembly, in memory), schema by better-auth's getMigrations
 *     ← betterAuth({ admin, organization }) — the real library, seeded by batch insert
 *     ← createBetterAuthAdapter({ auth })
 *     ← createRosterHandler (a project-wide admin session) ← toNodeHandler, same origin as the page.
 *
 * One database per scope (a dev server: starting PGlite costs seconds, so it is opened once);
 * reset() empties and reseeds it.
 */
import { sql } from 'kysely';
import { createBetterAuthAdapter } from '../../../../src/adapters/better-auth/index.js';
import { createRosterHandler } from '../../../../src/server/handler.js';
import { toNodeHandler, type NodeMiddleware } from '../../../../src/server/nodeHandler.js';
import { openBetterAuthDatabase, PROJECT_ROLES, type BetterAuthDatabase } from '../../../adapters/better-auth/fixture.js';
import { nodeApi } from '../../shared.js';
import { activityOf } from '../../backends/state.js';
import { backendSlot } from '../perServer.js';
import type { BackendState, BackendUser } from '../../types.js';

interface NodeBetterAuth {
  database: Promise<BetterAuthDatabase>;
  middleware?: NodeMiddleware;
}

function handlerOver(database: BetterAuthDatabase): NodeMiddleware {
  const handler = createRosterHandler({
    adapter: createBetterAuthAdapter({ auth: database.auth, id: 'better-auth:matrix' }),
    basePath: nodeApi('better-auth'),
    authenticate: () => ({ userId: 'matrix-project-admin', organizationId: null }),
    logger: (entry) => {
      if (entry.level !== 'info') console.warn('[matrix: better-auth handler]', JSON.stringify(entry));
    },
  });
  return toNodeHandler(handler);
}

/** Freshly seeded tables and a fresh adapter (no queued writes carried over). */
async function reset(side: NodeBetterAuth): Promise<void> {
  const database = await side.database;
  await database.reset();
  side.middleware = handlerOver(database);
}

const split = (roles: string | null) => (roles ?? '').split(',').filter(Boolean);

/** `resource:action` for each action an access-control statement allows, as better-auth checks them. */
function permissionsOf(statements: unknown): string[] {
  const parsed: unknown = typeof statements === 'string' ? JSON.parse(statements) : statements;
  return Object.entries((parsed ?? {}) as Record<string, readonly string[]>).flatMap(([resource, actions]) => actions.map((a) => `${resource}:${a}`));
}

/**
 * better-auth's own rows, read with SQL past the adapter. Project roles live in its configuration
 * (the admin plugin's access control), organization roles of its own in `organizationRole`; an
 * organization keeps no email domains.
 */
async function state(side: NodeBetterAuth): Promise<BackendState> {
  const { db } = await side.database;
  const users = await sql<{ id: string; email: string; name: string; emailVerified: boolean; role: string | null; banned: boolean | null; accounts: number; invitations: number }>`
    select u.id, u.email, u.name, u."emailVerified", u.role, u.banned,
      (select count(*)::int from account a where a."userId" = u.id) as accounts,
      (select count(*)::int from invitation i where lower(i.email) = lower(u.email) and i.status = 'pending') as invitations
    from "user" u`.execute(db);
  const members = await sql<{ userId: string; organizationId: string; role: string }>`select "userId", "organizationId", role from member`.execute(db);
  // The sessions better-auth still keeps are its sign-ins (an admin's impersonation is not the user's).
  const sessions = await sql<{ userId: string; createdAt: Date }>`select "userId", "createdAt" from session where "impersonatedBy" is null order by "createdAt" desc, id desc`.execute(db);
  const organizations = await sql<{ id: string; name: string }>`select id, name from organization`.execute(db);
  const ownRoles = await sql<{ organizationId: string; role: string; permission: unknown }>`select "organizationId", role, permission from "organizationRole"`.execute(db);
  return {
    users: users.rows.map((u): BackendUser => ({
      id: u.id,
      email: u.email,
      name: u.name || null,
      emailVerified: u.emailVerified === true,
      activity: activityOf(sessions.rows.filter((r) => r.userId === u.id).map((r) => ({ at: new Date(r.createdAt).toISOString(), kind: 'sign-in' as const, action: null }))),
      status: u.banned ? 'disabled' : u.accounts === 0 && u.invitations > 0 ? 'invited' : 'active',
      roles: split(u.role),
      organizations: Object.fromEntries(members.rows.filter((m) => m.userId === u.id).map((m) => [m.organizationId, split(m.role)])),
    })),
    organizations: Object.fromEntries(organizations.rows.map((o) => [o.id, o.name])),
    organizationDomains: Object.fromEntries(organizations.rows.map((o) => [o.id, []])),
    roles: [
      ...Object.entries(PROJECT_ROLES).map(([name, role]) => ({ name, permissions: permissionsOf(role.statements), organizationId: null })),
      ...ownRoles.rows.map((r) => ({ name: r.role, permissions: permissionsOf(r.permission), organizationId: r.organizationId })),
    ],
    // Roster's better-auth adapter writes no permissions (capabilities.manage.permissions is false): no column reads them.
    permissions: [],
  };
}

function middleware(side: NodeBetterAuth): NodeMiddleware {
  return (req, res, next) => {
    side.database.then(
      (database) => (side.middleware ??= handlerOver(database))(req, res, next),
      next,
    );
  };
}

/** The server of one scope, as emulatedServer's (../emulatedServer.ts). */
export function backendFor(scope: object) {
  const slot = backendSlot<NodeBetterAuth>(scope, 'better-auth');
  const side = (slot.value ??= { database: openBetterAuthDatabase().then(async (db) => (await db.reset(), db)) });
  return { middleware: middleware(side), reset: () => reset(side), state: () => state(side) };
}
