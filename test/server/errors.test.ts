// @vitest-environment node
/** Adapter failures cross the wire in the RosterError shape and come back as the same RosterError. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRemoteAdapter } from '../../src/adapters/remote/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import { RosterError } from '../../src/core/errors.js';
import { call, startRosterServer, TOKENS, type RunningServer } from './harness.js';

let memory: MemoryAdapter;
let server: RunningServer;
let remote: RosterAdapter;

beforeEach(async () => {
  memory = createMemoryAdapter({ seed: 7 });
  server = await startRosterServer({ adapter: memory });
  remote = createRemoteAdapter({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${TOKENS.project}` }) });
});
afterEach(() => server.close());

describe('rate limiting', () => {
  it('passes Retry-After through in whole seconds, with the delay in the body too', async () => {
    memory.faults.failNext('listUsers', { code: 'rate_limited', status: 429, retryAfterMs: 3000 });
    const res = await call(server, 'GET', '/users?pageSize=5', { token: TOKENS.project });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.json).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 3000 });
  });

  it('rounds a part second up', async () => {
    memory.faults.failNext('getUser', { code: 'rate_limited', status: 429, retryAfterMs: 1200 });
    const res = await call(server, 'GET', '/users/anyone', { token: TOKENS.project });
    expect(res.headers.get('retry-after')).toBe('2');
  });

  it('reaches the remote adapter as rate_limited with retryAfterMs', async () => {
    memory.faults.failNext('listRoles', { code: 'rate_limited', status: 429, retryAfterMs: 3000 });
    const error = await remote.listRoles().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterError);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 3000 });
  });

  it('still knows the delay when something in between hides the header (CORS does)', async () => {
    memory.faults.failNext('listRoles', { code: 'rate_limited', status: 429, retryAfterMs: 5000 });
    const withoutHeader = createRemoteAdapter({
      baseUrl: server.baseUrl,
      headers: () => ({ authorization: `Bearer ${TOKENS.project}` }),
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        const headers = new Headers(res.headers);
        headers.delete('retry-after');
        return new Response(await res.text(), { status: res.status, headers });
      },
    });
    await expect(withoutHeader.listRoles()).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 5000 });
  });
});

describe('error mapping', () => {
  it.each([
    ['not_found', 404],
    ['conflict', 409],
    ['timeout', 504],
    ['server', 500],
    ['unsupported', 501],
  ] as const)('%s keeps its code and gets status %i', async (code, status) => {
    memory.faults.failNext('getUser', { code, message: `Safe message for ${code}.` });
    const res = await call(server, 'GET', '/users/anyone', { token: TOKENS.project });
    expect(res.status).toBe(status);
    expect(res.json).toEqual({ code, status, message: `Safe message for ${code}.` });
    memory.faults.failNext('getUser', { code, message: `Safe message for ${code}.` });
    await expect(remote.getUser('anyone')).rejects.toMatchObject({ code, status, message: `Safe message for ${code}.` });
  });

  it('turns the IdP refusing the server’s own credentials into a server error, not a sign-in prompt', async () => {
    memory.faults.failNext('listUsers', { code: 'unauthorized', status: 401 });
    const res = await call(server, 'GET', '/users?pageSize=5', { token: TOKENS.project });
    expect(res.status).toBe(502);
    expect(res.json.code).toBe('server');
  });

  it('hides the message of an adapter that throws something other than a RosterError', async () => {
    const broken = { ...memory, id: 'broken', getUser: async () => { throw new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2'); } } as RosterAdapter;
    const other = await startRosterServer({ adapter: broken });
    try {
      const res = await call(other, 'GET', '/users/x', { token: TOKENS.project });
      expect(res.status).toBe(500);
      expect(res.json.code).toBe('server');
      expect(res.text).not.toContain('hunter2');
    } finally {
      await other.close();
    }
  });
});
