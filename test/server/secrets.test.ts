// @vitest-environment node
/**
 * Nothing secret leaves the server: not the IdP record behind a user (`raw` with connection
 * tokens, passkey credentials), not fields an adapter adds beyond the neutral model, and not the
 * caller's own credentials in the logs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import type { RosterLogEntry } from '../../src/server/index.js';
import { call, ORG_A, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture } from './harness.js';

const SECRET = 'secret-conn-token-4c7e1a';

/** Decorates every record an adapter returns the way SSOJet and Descope records come: with extras. */
function leakySecrets(inner: RosterAdapter): RosterAdapter {
  const taint = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(taint);
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = key === 'customAttributes' ? v : taint(v);
    if ('id' in out || 'organization' in out) {
      out.raw = { connectionToken: SECRET, passkeys: [{ credentialId: SECRET, publicKey: SECRET }] };
      out.passkeyCredential = SECRET;
    }
    return out;
  };
  const wrapped: Record<string, unknown> = { id: inner.id, capabilities: inner.capabilities };
  for (const [name, fn] of Object.entries(inner)) {
    if (typeof fn === 'function') wrapped[name] = async (...args: unknown[]) => taint(await (fn as (...a: unknown[]) => unknown).apply(inner, args));
  }
  return wrapped as unknown as RosterAdapter;
}

let memory: MemoryAdapter;
let fx: TenantFixture;
let server: RunningServer;
let logs: RosterLogEntry[];

beforeEach(async () => {
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
  logs = [];
  server = await startRosterServer({ adapter: leakySecrets(memory), logger: (entry) => logs.push(entry) });
});
afterEach(() => server.close());

describe('responses', () => {
  it('never carry raw IdP records or fields outside the neutral model, from any operation', async () => {
    // The wrapper really does add them: the adapter's own answer contains the secret.
    expect(JSON.stringify(await leakySecrets(memory).getUser(fx.onlyA.id))).toContain(SECRET);

    const id = fx.onlyA.id;
    const requests: [string, string, string, unknown?][] = [
      [TOKENS.project, 'GET', '/users?pageSize=50'],
      [TOKENS.adminA, 'GET', '/users?pageSize=50'],
      [TOKENS.project, 'GET', `/users/${id}`],
      [TOKENS.adminA, 'GET', `/users/${id}`],
      [TOKENS.project, 'GET', `/users/${id}/memberships`],
      [TOKENS.adminA, 'GET', `/users/${id}/memberships`],
      [TOKENS.project, 'GET', '/roles'],
      [TOKENS.project, 'GET', `/roles?organizationId=${ORG_A}`],
      [TOKENS.project, 'GET', '/organizations'],
      [TOKENS.adminA, 'GET', '/organizations'],
      [TOKENS.project, 'GET', '/capabilities'],
      [TOKENS.project, 'POST', '/users', { email: 'fresh@example.com' }],
      [TOKENS.adminA, 'POST', '/users', { email: 'fresh.a@example.com' }],
      [TOKENS.project, 'PATCH', `/users/${id}`, { name: 'Patched' }],
      [TOKENS.project, 'PUT', `/users/${id}/status`, { status: 'disabled' }],
      [TOKENS.project, 'POST', `/users/${id}/roles`, { roleIds: ['auditor'] }],
      [TOKENS.project, 'PUT', `/users/${id}/memberships/org_003`, { roleIds: ['member'] }],
      [TOKENS.project, 'DELETE', `/users/${id}/memberships/org_003`],
      [TOKENS.project, 'DELETE', `/users/${id}`],
    ];
    for (const [token, method, path, body] of requests) {
      const res = await call(server, method, path, { token, body });
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      expect(res.text, `${method} ${path}`).not.toContain(SECRET);
      expect(res.text, `${method} ${path}`).not.toMatch(/"raw"|passkey/i);
    }
  });

  it('keep every neutral field', async () => {
    const res = await call(server, 'GET', `/users/${fx.onlyA.id}`, { token: TOKENS.project });
    const { raw: _raw, ...neutral } = memory.snapshot().users.find((u) => u.id === fx.onlyA.id)!;
    expect(res.json).toEqual(neutral);
  });
});

describe('/capabilities', () => {
  it('answers only the capability fields the protocol defines, whatever else the adapter declares', async () => {
    const capabilities = {
      ...memory.capabilities,
      internalBaseUrl: 'https://idp.internal:8443',
      filters: { ...memory.capabilities.filters, bySsn: true },
      createUser: { ...memory.capabilities.createUser, viaManagementKey: SECRET },
    };
    const other = await startRosterServer({ adapter: { ...memory, id: 'declares-extras', capabilities } as RosterAdapter });
    try {
      const res = await call(other, 'GET', '/capabilities', { token: TOKENS.project });
      expect(res.status).toBe(200);
      expect(res.text).not.toMatch(/internalBaseUrl|bySsn|viaManagementKey/);
      expect(res.text).not.toContain(SECRET);
      expect(Object.keys(res.json.capabilities).sort()).toEqual(Object.keys(memory.capabilities).sort());
      expect(res.json.capabilities.createUser).toEqual(memory.capabilities.createUser);
    } finally {
      await other.close();
    }
  });
});

describe('logs', () => {
  const BEARER = TOKENS.project;
  const COOKIE_VALUE = 'sess_9a8b7c6d5e4f';

  it('never contain the Authorization header or cookies, even from a failing authenticate', async () => {
    await server.close();
    server = await startRosterServer({
      adapter: leakySecrets(memory),
      logger: (entry) => logs.push(entry),
      authenticate: (request) => {
        const auth = request.headers.get('authorization') ?? '';
        if (request.url.includes('/organizations')) throw new Error(`could not verify ${auth} with cookie ${request.headers.get('cookie')}`);
        return auth === `Bearer ${BEARER}` ? { userId: 'project-admin', organizationId: null, roles: ['admin'] } : null;
      },
    });
    memory.faults.failNext('getUser', { code: 'server', status: 500, message: 'IdP exploded' });
    const headers = { cookie: `roster_session=${COOKIE_VALUE}; theme=dark` };
    await call(server, 'GET', '/users?pageSize=5', { token: BEARER, headers });
    await call(server, 'GET', `/users/${fx.onlyA.id}`, { token: BEARER, headers });
    await call(server, 'GET', '/organizations', { token: BEARER, headers });
    await call(server, 'GET', '/users?pageSize=5', { token: 'wrong-token-123', headers });

    const text = JSON.stringify(logs);
    expect(logs.length).toBeGreaterThanOrEqual(4);
    expect(logs.some((l) => l.level === 'error' && l.error?.message.includes('[redacted]'))).toBe(true);
    expect(text).not.toContain(BEARER);
    expect(text).not.toContain('wrong-token-123');
    expect(text).not.toContain(COOKIE_VALUE);
    expect(text).not.toMatch(/authorization|cookie:/i);
  });
});
