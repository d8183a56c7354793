// @vitest-environment node
/** Writes must prove they come from the host's own pages: Roster's header, or a listed Origin. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { call, startRosterServer, TOKENS, type RunningServer } from './harness.js';

const TRUSTED = 'https://admin.example.com';
let memory: MemoryAdapter;
let server: RunningServer;

beforeEach(async () => {
  memory = createMemoryAdapter({ seed: 7 });
  server = await startRosterServer({ adapter: memory, allowedOrigins: [TRUSTED] });
});
afterEach(() => server.close());

const exists = (email: string) => memory.snapshot().users.some((u) => u.email === email);
const create = (email: string, options: { headers?: Record<string, string>; isBare?: boolean }) =>
  call(server, 'POST', '/users', { token: TOKENS.project, body: { email }, ...options });

describe('writes', () => {
  it('without the custom header are refused with 403', async () => {
    const res = await create('forged@example.com', { isBare: true });
    expect(res.status).toBe(403);
    expect(res.json.code).toBe('forbidden');
    expect(exists('forged@example.com')).toBe(false);
    const bareDelete = await call(server, 'DELETE', `/users/${memory.snapshot().users[0]!.id}`, { token: TOKENS.project, isBare: true });
    expect(bareDelete.status).toBe(403);
  });

  it('from a foreign Origin are refused even with the header', async () => {
    const res = await create('foreign@example.com', { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(exists('foreign@example.com')).toBe(false);
    const nullOrigin = await create('null@example.com', { headers: { origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
    const crossSite = await create('cross@example.com', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
  });

  it('from the page’s own origin with the header, or from a listed origin, go through', async () => {
    expect((await create('same@example.com', { headers: { origin: server.origin } })).status).toBe(201);
    expect((await create('listed@example.com', { headers: { origin: TRUSTED }, isBare: true })).status).toBe(201);
    expect(exists('same@example.com') && exists('listed@example.com')).toBe(true);
  });

  it('reads need neither', async () => {
    const res = await call(server, 'GET', '/users?pageSize=5', { token: TOKENS.project, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
  });
});
