// @vitest-environment node
/**
 * The per-organization write budget: a token bucket per organization (and one shared by project
 * admins), so bulk writes from one tenant cannot use up the identity provider's project-wide rate
 * limit. Over budget is 429 with Retry-After. Time is faked (Date only, so sockets keep working).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRosterHandler } from '../../src/server/index.js';
import { authenticateBearer, call, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture } from './harness.js';

let memory: MemoryAdapter;
let fx: TenantFixture;
let server: RunningServer | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
});
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

const rename = (token: string, userId: string, name: string) => call(server!, 'PATCH', `/users/${userId}`, { token, body: { name } });

describe('writeBudget', () => {
  it('answers 429 with Retry-After once an organization has spent its writes, and refills with time', async () => {
    server = await startRosterServer({ adapter: memory, writeBudget: { capacity: 3, refillPerSecond: 0.5 } });
    for (let i = 0; i < 3; i++) expect((await rename(TOKENS.adminA, fx.onlyA.id, `A ${i}`)).status).toBe(200);
    const over = await rename(TOKENS.adminA, fx.onlyA.id, 'A over');
    expect(over.status).toBe(429);
    expect(over.json).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 2000 });
    expect(over.headers.get('retry-after')).toBe('2');
    expect(memory.snapshot().users.find((u) => u.id === fx.onlyA.id)?.name).toBe('A 2');

    // Another organization has a budget of its own; reads are never counted.
    expect((await rename(TOKENS.adminB, fx.onlyB.id, 'B 0')).status).toBe(200);
    expect((await call(server, 'GET', '/users?pageSize=5', { token: TOKENS.adminA })).status).toBe(200);

    vi.setSystemTime(Date.now() + 1999);
    expect((await rename(TOKENS.adminA, fx.onlyA.id, 'A early')).status).toBe(429);
    vi.setSystemTime(Date.now() + 1);
    expect((await rename(TOKENS.adminA, fx.onlyA.id, 'A later')).status).toBe(200);
  });

  it('gives project admins a budget of their own, sized separately', async () => {
    server = await startRosterServer({ adapter: memory, writeBudget: { capacity: 1, refillPerSecond: 1, projectAdmins: { capacity: 2, refillPerSecond: 1 } } });
    expect((await rename(TOKENS.project, fx.onlyB.id, 'P 0')).status).toBe(200);
    expect((await rename(TOKENS.project, fx.onlyB.id, 'P 1')).status).toBe(200);
    expect((await rename(TOKENS.project, fx.onlyB.id, 'P 2')).status).toBe(429);
    expect((await rename(TOKENS.adminA, fx.onlyA.id, 'A 0')).status).toBe(200);
    expect((await rename(TOKENS.adminA, fx.onlyA.id, 'A 1')).status).toBe(429);
  });

  it('is spent only by writes authorize allowed: refused callers cannot use it up', async () => {
    server = await startRosterServer({ adapter: memory, writeBudget: { capacity: 1, refillPerSecond: 0.01 }, authorize: (_s, operation) => operation !== 'deleteUser' });
    for (let i = 0; i < 3; i++) expect((await call(server, 'DELETE', `/users/${fx.onlyA.id}`, { token: TOKENS.adminA })).status).toBe(403);
    expect((await rename(TOKENS.adminA, fx.onlyA.id, 'A allowed')).status).toBe(200);
  });

  it('is off by default', async () => {
    server = await startRosterServer({ adapter: memory });
    for (let i = 0; i < 30; i++) expect((await rename(TOKENS.adminA, fx.onlyA.id, `A ${i}`)).status).toBe(200);
  });

  it('refuses a budget that could never allow a write, saying what to pass', () => {
    const make = (writeBudget: { capacity: number; refillPerSecond: number }) => () => createRosterHandler({ adapter: memory, authenticate: authenticateBearer, writeBudget });
    expect(make({ capacity: 0, refillPerSecond: 1 })).toThrow(/writeBudget\.capacity/);
    expect(make({ capacity: 5, refillPerSecond: Number.NaN })).toThrow(/writeBudget\.refillPerSecond/);
  });
});
