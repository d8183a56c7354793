/**
 * The host's server, loaded by the dev server (../exampleServer.ts): better-auth's own routes at
 * /api/auth/*, Roster's handler at /roster-api over the better-auth adapter, and /example-api/me,
 * which tells the page who is signed in and which organization they manage. The page never sees
 * the database: it talks to these routes only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toNodeHandler as betterAuthNodeHandler } from 'better-auth/node';
import { createBetterAuthAdapter, createBetterAuthAuthenticate } from 'react-roster/better-auth';
import { createRosterHandler, toNodeHandler } from 'react-roster/server';
import { openExampleDatabase } from './betterAuth.js';
import { DEMO_PASSWORD, isSeeded, seed, SIGN_INS } from './seed.js';

type Next = (error?: unknown) => void;

async function start() {
  const database = await openExampleDatabase();
  if (process.env.ROSTER_EXAMPLE_RESEED === '1' || !(await isSeeded(database))) {
    console.info('[example] seeding the better-auth database…');
    await seed(database);
  }
  console.info(`[example] better-auth on PGlite. Sign in with password “${DEMO_PASSWORD}” as:`);
  for (const who of SIGN_INS) console.info(`[example]   ${who.email} — ${who.what}`);

  const authenticate = createBetterAuthAuthenticate(database.auth);
  const roster = toNodeHandler(
    createRosterHandler({
      adapter: createBetterAuthAdapter({ auth: database.auth }),
      authenticate,
      logger: (entry) => {
        if (entry.level !== 'info') console.warn(`[roster] ${entry.message}`, entry.error ?? '');
      },
      onAudit: (record) => console.info(`[roster audit] ${record.actor.userId} ${record.operation} ${record.target.userId ?? ''} → ${record.outcome}`),
    }),
  );
  const auth = betterAuthNodeHandler(database.auth);

  async function me(req: IncomingMessage, res: ServerResponse) {
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value);
    const scope = await authenticate(new Request('http://localhost/example-api/me', { headers }));
    const session = await database.auth.api.getSession({ headers });
    res.setHeader('content-type', 'application/json');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify({ email: session?.user.email ?? null, name: session?.user.name ?? null, scope }));
  }

  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (path.startsWith('/api/auth/')) return void auth(req, res);
    if (path === '/example-api/me') return void me(req, res).catch(next);
    return roster(req, res, next);
  };
}

let started: ReturnType<typeof start> | undefined;

export function middleware(req: IncomingMessage, res: ServerResponse, next: Next): void {
  (started ??= start()).then((handle) => handle(req, res, next), next);
}

/** Opens the database and seeds it, so the sign-ins print as the server starts. */
export function warmUp(): Promise<unknown> {
  return (started ??= start());
}
