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

describe('Retry-After', () => {
  it.each([
    [Number.NaN, '1'],
    [Number.POSITIVE_INFINITY, '3600'],
    [1e300, '3600'],
    [-5000, '1'],
    [0.4, '1'],
    [7_200_000, '3600'],
  ])('is a whole number of seconds from 1 to 3600 when the adapter says %s ms', async (retryAfterMs, header) => {
    memory.faults.failNext('listUsers', { code: 'rate_limited', status: 429, retryAfterMs });
    const res = await call(server, 'GET', '/users?pageSize=5', { token: TOKENS.project });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe(header);
    expect(res.json.retryAfterMs).toBe(Number(header) * 1000);
  });
});

describe('error mapping', () => {
  it.each([
    ['not_found', 404, 'The item was not found.'],
    ['conflict', 409, 'This conflicts with the current state of the directory.'],
    ['timeout', 504, 'The identity provider took too long to answer.'],
    ['server', 500, 'The identity provider failed to handle the request.'],
    ['unsupported', 501, 'The identity provider does not support this action.'],
  ] as const)('%s keeps its code and gets status %i, with the handler’s message for it', async (code, status, message) => {
    memory.faults.failNext('getUser', { code, message: `The adapter's words for ${code}.` });
    const res = await call(server, 'GET', '/users/anyone', { token: TOKENS.project });
    expect(res.status).toBe(status);
    expect(res.json).toEqual({ code, status, message });
    memory.faults.failNext('getUser', { code, message: `The adapter's words for ${code}.` });
    await expect(remote.getUser('anyone')).rejects.toMatchObject({ code, status, message });
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
