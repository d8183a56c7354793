// @vitest-environment node
/**
 * Tenant isolation with real better-auth end to end: organization admins and a project admin sign
 * in with email and password (better-auth's own sign-in), their session cookie reaches
 * createRosterHandler over real HTTP, createBetterAuthAuthenticate scopes them from better-auth's
 * records, and every answer is checked against better-auth's tables read with SQL.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBetterAuthAdapter, createBetterAuthAuthenticate } from '../../../src/adapters/better-auth/index.js';
import { createRosterHandler, toNodeHandler } from '../../../src/server/index.js';
import { call, listen, type RunningServer } from '../../server/harness.js';
import { openBetterAuthDatabase, type BetterAuthDatabase } from './fixture.js';
import { seedUserId } from './seed.js';

const ORG_A = 'org_001';
const ORG_B = 'org_002';
const ONLY_A = seedUserId(0);
const SHARED = seedUserId(1);
const ONLY_B = seedUserId(2);
const PASSWORD = 'correct horse battery staple';

let database: BetterAuthDatabase;
let server: RunningServer;
const cookies: Record<'adminA' | 'adminB' | 'project' | 'plain', string> = { adminA: '', adminB: '', project: '', plain: '' };

async function signUp(email: string): Promise<string> {
  const { user } = await database.auth.api.signUpEmail({ body: { email, password: PASSWORD, name: email.split('@')[0]! } });
  return user.id;
}

async function signIn(email: string): Promise<string> {
  const response = await database.auth.api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function memberOf(userId: string): Promise<string[]> {
  const rows = await sql<{ organizationId: string }>`select "organizationId" from member where "userId" = ${userId} order by 1`.execute(database.db);
  return rows.rows.map((r) => r.organizationId);
}

async function stored(userId: string) {
  return (await sql<Record<string, unknown>>`select name, role, banned from "user" where id = ${userId}`.execute(database.db)).rows[0];
}

beforeAll(async () => {
  database = await openBetterAuthDatabase();
  const handler = createRosterHandler({
    adapter: createBetterAuthAdapter({ auth: database.auth }),
    authenticate: createBetterAuthAuthenticate(database.auth),
    logger: () => {},
  });
  server = await listen(toNodeHandler(handler));
  // Once per file: four real sign-ups and sign-ins (password hashes) cost seconds. The tests below
  // write only to users no other test reads.
  await database.reset();
  const adminA = await signUp('admin.a@example.com');
  const adminB = await signUp('admin.b@example.com');
  const project = await signUp('project.admin@example.com');
  await signUp('plain.user@example.com');
  await sql`update "user" set role = 'admin' where id = ${project}`.execute(database.db);
  await sql`insert into member (id, "organizationId", "userId", role, "createdAt") values ('m_admin_a', ${ORG_A}, ${adminA}, 'admin', now()), ('m_admin_b', ${ORG_B}, ${adminB}, 'owner', now())`.execute(database.db);
  cookies.adminA = await signIn('admin.a@example.com');
  cookies.adminB = await signIn('admin.b@example.com');
  cookies.project = await signIn('project.admin@example.com');
  cookies.plain = await signIn('plain.user@example.com');
}, 180_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const as = (who: keyof typeof cookies, method: string, path: string, body?: unknown) => call(server, method, path, { headers: { cookie: cookies[who] }, body });

describe('who may call', () => {
  it('answers 401 without a better-auth session and to a signed-in user who administers nothing', async () => {
    expect((await call(server, 'GET', '/users?pageSize=5')).status).toBe(401);
    expect((await as('plain', 'GET', '/users?pageSize=5')).status).toBe(401);
    expect((await as('adminA', 'GET', '/users?pageSize=5')).status).toBe(200);
  });

  it('lets a project admin see every user', async () => {
    const res = await as('project', 'GET', '/users?pageSize=5');
    const count = await sql<{ n: number }>`select count(*)::int as n from "user"`.execute(database.db);
    expect(res.json.total).toBe(count.rows[0]!.n);
  });
});

describe('an organization admin', () => {
  it('lists exactly the members of their organization, whatever organizationId the query names', async () => {
    const members = await sql<{ userId: string }>`select "userId" from member where "organizationId" = ${ORG_A}`.execute(database.db);
    for (const query of ['', `&organizationId=${ORG_B}`]) {
      const res = await as('adminA', 'GET', `/users?pageSize=500${query}`);
      expect(res.status).toBe(200);
      expect(new Set(res.json.items.map((u: { id: string }) => u.id))).toEqual(new Set(members.rows.map((m) => m.userId)));
      expect(res.json.total).toBe(members.rows.length);
    }
  });

  it('finds another organization’s user nowhere, and changes nothing of theirs', async () => {
    const before = await stored(ONLY_B);
    expect((await as('adminA', 'GET', `/users/${ONLY_B}`)).status).toBe(404);
    expect((await as('adminA', 'PATCH', `/users/${ONLY_B}`, { name: 'Taken over' })).status).toBe(404);
    expect((await as('adminA', 'PUT', `/users/${ONLY_B}/status`, { status: 'disabled' })).status).toBe(404);
    expect((await as('adminA', 'POST', `/users/${ONLY_B}/roles`, { roleIds: ['admin'], organizationId: ORG_B })).status).toBe(404);
    expect((await as('adminA', 'DELETE', `/users/${ONLY_B}`)).status).toBe(404);
    expect(await stored(ONLY_B)).toEqual(before);
    expect(await memberOf(ONLY_B)).toEqual([ORG_B]);

    // The same requests on their own member go through, so the refusals above are not a broken route.
    expect((await as('adminA', 'PATCH', `/users/${ONLY_A}`, { name: 'Renamed' })).status).toBe(200);
    expect((await stored(ONLY_A))!.name).toBe('Renamed');
  });

  it('cannot pull a member into another organization or take one out of it', async () => {
    expect((await as('adminA', 'PUT', `/users/${ONLY_A}/memberships/${ORG_B}`, { roleIds: ['member'] })).status).toBe(404);
    expect(await memberOf(ONLY_A)).toEqual([ORG_A]);
    expect((await as('adminA', 'DELETE', `/users/${SHARED}/memberships/${ORG_B}`)).status).toBe(404);
    expect(await memberOf(SHARED)).toEqual([ORG_A, ORG_B]);
    // A user who also belongs to B is not A's to delete.
    expect((await as('adminA', 'DELETE', `/users/${SHARED}`)).status).toBe(403);
    expect(await stored(SHARED)).toBeDefined();
  });

  it('creates users inside their own organization only', async () => {
    const res = await as('adminA', 'POST', '/users', { email: 'new.hire@example.com', name: 'New Hire' });
    expect(res.status).toBe(201);
    expect(await memberOf(res.json.id)).toEqual([ORG_A]);
    expect((await as('adminB', 'GET', `/users/${res.json.id}`)).status).toBe(404);
  });
});
