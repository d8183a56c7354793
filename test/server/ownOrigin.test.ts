// @vitest-environment node
/**
 * What the handler takes as its own origin, against which a write's Origin is judged: the
 * configured `origin`, or else the Host header — never the request line. An absolute-form
 * (`POST http://evil.example/…`) or `//evil.example/…` request-target must not turn a foreign
 * Origin into "our own". Each probe carries Roster's header, so only the Origin check stands.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRosterHandler } from '../../src/server/index.js';
import { authenticateBearer, call, rawRequest, startRosterServer, TOKENS, type RunningServer } from './harness.js';

const EVIL = 'http://evil.example';
let memory: MemoryAdapter;
let server: RunningServer | undefined;
beforeEach(() => {
  memory = createMemoryAdapter({ seed: 7 });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const exists = (email: string) => memory.snapshot().users.some((u) => u.email === email);

function createVia(target: string, email: string, headers: Record<string, string> = {}) {
  const { host } = new URL(server!.origin);
  return rawRequest(server!, {
    method: 'POST',
    target,
    headers: { host, origin: EVIL, 'x-roster-request': '1', authorization: `Bearer ${TOKENS.project}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email }),
  });
}

describe('the request line', () => {
  beforeEach(async () => {
    server = await startRosterServer({ adapter: memory });
  });

  it('in absolute form does not make a foreign Origin our own', async () => {
    const res = await createVia(`${EVIL}/roster-api/users`, 'absolute@example.com');
    expect(res.status).toBe(403);
    expect(exists('absolute@example.com')).toBe(false);
  });

  it('starting with //host does not either', async () => {
    const res = await createVia('//evil.example/roster-api/users', 'scheme-relative@example.com');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(exists('scheme-relative@example.com')).toBe(false);
  });

  it('in absolute form still reaches the route by its path, judged by the Host header', async () => {
    const res = await createVia(`${EVIL}/roster-api/users`, 'same.host@example.com', { origin: server!.origin });
    expect(res.status).toBe(201);
  });
});

describe('a configured origin', () => {
  const APP = 'https://app.example.com';

  beforeEach(async () => {
    server = await startRosterServer({ adapter: memory, origin: APP });
  });

  it('is the only own origin: the Host-derived one is foreign then', async () => {
    const res = await call(server!, 'POST', '/users', { token: TOKENS.project, body: { email: 'host@example.com' }, headers: { origin: server!.origin } });
    expect(res.status).toBe(403);
    expect(exists('host@example.com')).toBe(false);
  });

  it('accepts writes from itself that carry the header', async () => {
    const res = await call(server!, 'POST', '/users', { token: TOKENS.project, body: { email: 'app@example.com' }, headers: { origin: APP } });
    expect(res.status).toBe(201);
  });

  it('must be an origin, or createRosterHandler says how to write it', () => {
    const make = (origin: string) => () => createRosterHandler({ adapter: memory, authenticate: authenticateBearer, origin });
    expect(make('https://app.example.com/admin')).toThrow(/origin.*https:\/\/app\.example\.com/i);
    expect(make('app.example.com')).toThrow(/origin/i);
  });
});
