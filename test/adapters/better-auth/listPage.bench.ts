// @vitest-environment node
/**
 * `npx vitest bench --project unit test/adapters/better-auth/listPage.bench.ts`: the time to list
 * a page of 50 from 10,000 users through createRosterHandler over real HTTP, on real better-auth
 * over PGlite — the first page, a deep page sorted by name, and a search.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { createBetterAuthAdapter } from '../../../src/adapters/better-auth/index.js';
import { createRosterHandler, toNodeHandler } from '../../../src/server/index.js';
import { listen, type RunningServer } from '../../server/harness.js';
import { openBetterAuthDatabase, type BetterAuthDatabase } from './fixture.js';

let database: BetterAuthDatabase;
let server: RunningServer;

beforeAll(async () => {
  database = await openBetterAuthDatabase();
  await database.reset({ userCount: 10_000 });
  const handler = createRosterHandler({ adapter: createBetterAuthAdapter({ auth: database.auth }), authenticate: () => ({ userId: 'bench', organizationId: null }), logger: () => {} });
  server = await listen(toNodeHandler(handler));
}, 300_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

async function page(query: string): Promise<void> {
  const response = await fetch(`${server.baseUrl}/users?pageSize=50${query}`);
  const body = (await response.json()) as { items: unknown[]; total: number };
  if (response.status !== 200 || body.items.length === 0 || !(body.total > 0)) throw new Error(`unexpected answer ${response.status}`);
}

describe('better-auth (PGlite, 10,000 users) through the handler: a page of 50', () => {
  bench('first page, default order', () => page(''), { time: 3000 });
  bench('page 100, sorted by name', () => page('&pageIndex=100&sort=name:asc'), { time: 3000 });
  bench('search "lovelace", sorted by last sign-in', () => page('&search=lovelace&sort=lastLoginAt:desc'), { time: 3000 });
});
