// @vitest-environment node
/**
 * The handler's audit trail read back as activity, over real HTTP: changes made through the handler
 * appear as `change` events naming the acting user, merged newest first with the backend's own
 * activity or alone where it keeps none, paged without repeats or gaps; a tenant admin sees no
 * record made in or aimed at another organization; failed writes leave no record, and a failing
 * trail never fails a write.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { ActivityEvent } from '../../src/core/model.js';
import { createMemoryAuditTrail, type RosterAuditTrail, type RosterHandlerOptions, type RosterLogEntry } from '../../src/server/index.js';
import { call, ORG_A, ORG_B, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture, type TestSession } from './harness.js';

let memory: MemoryAdapter;
let fx: TenantFixture;
let trail: RosterAuditTrail;
let server: RunningServer | undefined;

beforeEach(() => {
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
  trail = createMemoryAuditTrail();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<RosterHandlerOptions<TestSession>> = {}) {
  server = await startRosterServer({ adapter: memory, auditTrail: trail, ...options });
  return server;
}

async function activity(userId: string, token: string, pageSize: number): Promise<ActivityEvent[]> {
  const seen: ActivityEvent[] = [];
  let cursor: string | null = null;
  do {
    const res = await call(server!, 'GET', `/users/${userId}/activity?pageSize=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
    expect(res.status).toBe(200);
    expect(res.json.items.length).toBeLessThanOrEqual(pageSize);
    seen.push(...res.json.items);
    cursor = res.json.nextCursor;
  } while (cursor);
  return seen;
}

const changes = (events: ActivityEvent[]) => events.filter((e) => e.id.startsWith('roster-audit:'));

describe('in front of a backend with its own activity', () => {
  it('adds the changes made through the handler, by whom, in place of the backend\'s own copies, merged newest first, every entry once', async () => {
    await start();
    const asA = (method: string, path: string, body: unknown) => call(server!, method, path, { token: TOKENS.adminA, body });
    expect((await asA('PATCH', `/users/${fx.onlyA.id}`, { name: 'Ada Lovelace', customAttributes: { department: 'Legal' } })).status).toBe(200);
    expect((await asA('PUT', `/users/${fx.onlyA.id}/verified`, { email: true })).status).toBe(200);
    expect((await asA('POST', `/users/${fx.onlyA.id}/roles`, { roleIds: ['auditor'], organizationId: ORG_A })).status).toBe(204);

    // The directory recorded the three changes too, naming only itself.
    const backend = memory.snapshot().activity[fx.onlyA.id]!;
    expect(backend.filter((e) => e.id.startsWith('chg_')).map((e) => e.actor)).toEqual(['Roster admin', 'Roster admin', 'Roster admin']);
    const signIns = backend.filter((e) => e.kind !== 'change');
    for (const pageSize of [1, 3, 7, 100]) {
      const seen = await activity(fx.onlyA.id, TOKENS.adminA, pageSize);
      expect(seen.map((e) => e.id).sort()).toEqual([...signIns.map((e) => e.id), ...changes(seen).map((e) => e.id)].sort());
      expect(seen.every((e, i) => i === 0 || Date.parse(seen[i - 1]!.at) >= Date.parse(e.at))).toBe(true);
      expect(seen.filter((e) => e.kind === 'change').map(({ id: _id, at: _at, ...rest }) => rest)).toEqual([
        { kind: 'change', action: 'addUserRoles', actor: 'admin-a', fields: ['memberships'] },
        { kind: 'change', action: 'setUserVerified', actor: 'admin-a', fields: ['emailVerified'] },
        { kind: 'change', action: 'updateUser', actor: 'admin-a', fields: ['name', 'customAttributes'] },
      ]);
    }
  });

  it('pages many changes among the sign-ins at any page size, each once, none of the backend\'s copies', async () => {
    await start();
    // Changes in runs longer than a page, so whole backend pages hold nothing but its copies.
    for (let n = 0; n < 24; n++) await call(server!, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.project, body: { name: `Name ${n}` } });
    const signIns = memory.snapshot().activity[fx.onlyA.id]!.filter((e) => e.kind !== 'change');
    let seed = 11;
    for (let round = 0; round < 8; round++) {
      seed = (seed * 48271) % 2147483647;
      const pageSize = 1 + (seed % 9);
      const seen = await activity(fx.onlyA.id, TOKENS.project, pageSize);
      const ids = seen.map((e) => e.id);
      expect(new Set(ids).size, `page size ${pageSize}`).toBe(ids.length);
      expect(ids.filter((id) => !id.startsWith('roster-audit:')).sort(), `page size ${pageSize}`).toEqual(signIns.map((e) => e.id).sort());
      expect(changes(seen), `page size ${pageSize}`).toHaveLength(24);
      expect(seen.filter((e) => e.kind === 'change').every((e) => e.actor === 'project-admin')).toBe(true);
    }
  });

  it('keeps the backend\'s change events where it says its activity holds none', async () => {
    memory = createMemoryAdapter({ seed: 7, capabilities: { details: { activityIncludesChanges: false } } });
    fx = tenantFixture(memory);
    await start();
    await call(server!, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.project, body: { name: 'Grace Hopper' } });
    const seen = (await activity(fx.onlyA.id, TOKENS.project, 5)).filter((e) => e.action === 'user.update' || e.action === 'updateUser');
    expect(seen.map((e) => e.actor).sort()).toEqual(['Roster admin', 'project-admin']);
  });

  it('shows a change made while an admin pages through, and repeats nothing already shown', async () => {
    await start();
    const first = await call(server!, 'GET', `/users/${fx.onlyA.id}/activity?pageSize=2`, { token: TOKENS.project });
    await call(server!, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.project, body: { name: 'Grace Hopper' } });
    const rest = (await call(server!, 'GET', `/users/${fx.onlyA.id}/activity?pageSize=100&cursor=${encodeURIComponent(first.json.nextCursor)}`, { token: TOKENS.project })).json.items;
    const ids = [...first.json.items, ...rest].map((e: ActivityEvent) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Among the newest: the backend records the same change itself, maybe in the same millisecond.
    const again = await call(server!, 'GET', `/users/${fx.onlyA.id}/activity?pageSize=2`, { token: TOKENS.project });
    expect(changes(again.json.items)).toEqual([expect.objectContaining({ kind: 'change', action: 'updateUser', actor: 'project-admin', fields: ['name'] })]);
  });

  it('refuses a cursor it did not make', async () => {
    await start();
    const res = await call(server!, 'GET', `/users/${fx.onlyA.id}/activity?pageSize=5&cursor=bm90LWEtY3Vyc29y`, { token: TOKENS.project });
    expect(res.json).toMatchObject({ code: 'invalid_input', status: 400, fieldErrors: { cursor: expect.any(String) } });
  });
});

describe('in front of a backend that keeps no activity', () => {
  beforeEach(() => {
    memory = createMemoryAdapter({ seed: 7, capabilities: { details: { activity: false } } });
    fx = tenantFixture(memory);
  });

  it('is the activity: the changes made through the handler, newest first, paged', async () => {
    await start();
    for (const name of ['One', 'Two', 'Three', 'Four', 'Five']) await call(server!, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.project, body: { name } });
    await call(server!, 'PATCH', `/users/${fx.onlyB.id}`, { token: TOKENS.project, body: { name: 'Elsewhere' } });
    const seen = await activity(fx.onlyA.id, TOKENS.adminA, 2);
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((e) => e.id)).size).toBe(5);
    expect(seen.every((e) => e.kind === 'change' && e.action === 'updateUser' && e.actor === 'project-admin')).toBe(true);
    expect((await call(server!, 'GET', '/users/usr_nobody/activity?pageSize=5', { token: TOKENS.project })).status).toBe(404);
  });

  it('keeps no record of a write that failed or was refused', async () => {
    await start({ authorize: (session) => session.roles.includes('admin') });
    await call(server!, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.project, body: { name: 7 } });
    await call(server!, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.viewerA, body: { name: 'x' } });
    await call(server!, 'PATCH', `/users/${fx.onlyB.id}`, { token: TOKENS.adminA, body: { name: 'x' } });
    await call(server!, 'PUT', `/users/${fx.onlyA.id}/verified`, { token: TOKENS.project, body: {} });
    expect(await activity(fx.onlyA.id, TOKENS.project, 10)).toEqual([]);
    expect(await activity(fx.onlyB.id, TOKENS.project, 10)).toEqual([]);
  });
});

it("hides from a tenant admin the records made in, or aimed at, another organization", async () => {
  await start({ authorize: (session, operation) => session.roles.includes('admin') || operation.startsWith('list') || operation.startsWith('get') });
  const { shared } = fx;
  await call(server!, 'POST', `/users/${shared.id}/roles`, { token: TOKENS.adminB, body: { roleIds: ['auditor'], organizationId: ORG_B } });
  await call(server!, 'DELETE', `/users/${shared.id}/roles`, { token: TOKENS.project, body: { roleIds: ['auditor'], organizationId: ORG_B } });
  await call(server!, 'POST', `/users/${shared.id}/roles`, { token: TOKENS.adminA, body: { roleIds: ['auditor'], organizationId: ORG_A } });
  const byProject = changes(await activity(shared.id, TOKENS.project, 50));
  expect(byProject.map((e) => e.actor)).toEqual(['admin-a', 'project-admin', 'admin-b']);
  const byA = changes(await activity(shared.id, TOKENS.adminA, 50));
  expect(byA.map((e) => e.actor)).toEqual(['admin-a']);
});

it('never fails a write when the trail fails, and says so in the log', async () => {
  const logs: RosterLogEntry[] = [];
  const broken: RosterAuditTrail = { record: () => Promise.reject(new Error('disk full')), listForUser: trail.listForUser };
  await start({ auditTrail: broken, logger: (entry) => logs.push(entry) });
  const res = await call(server!, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.project, body: { name: 'Still saved' } });
  expect(res.status).toBe(200);
  expect(memory.snapshot().users.find((u) => u.id === fx.onlyA.id)!.name).toBe('Still saved');
  expect(logs.some((e) => e.level === 'error' && e.message.includes('audit trail'))).toBe(true);
});
