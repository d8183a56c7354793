/**
 * The emulator itself, spoken to with plain fetch: SSOJet's auth rules, error answers, validation
 * and seeded data, so the adapter tests stand on something faithful to the reference. (The
 * seeds' exact answers are pinned in seeds.test.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createSsojetEmulator, SSOJET_EMULATOR_ACCESS_TOKEN, SSOJET_EMULATOR_CLIENT_ID } from '../../../src/testing/emulators/ssojet/index.js';
import { server, useSsojetServer } from './harness.js';

useSsojetServer();

const HEX_ID = /^[0-9a-f]{24}$/;
const BASE = 'https://api.ssojet.com';

function start(options = {}) {
  const emulator = createSsojetEmulator(options);
  server.resetHandlers(...emulator.handlers);
  return emulator;
}

/** The legacy docs' plain-text status line: "400 Bad Request: Invalid email format." */
async function expectTextError(response: Response, status: number, reason: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  expect(await response.text()).toMatch(new RegExp(`^${status} ${reason}: \\S.*\\.$`));
}

function call(path: string, init: { method?: string; token?: string | null; clientIdQuery?: string | null; clientIdHeader?: string | null; body?: unknown } = {}) {
  const url = new URL(`${BASE}${path}`);
  const clientIdQuery = init.clientIdQuery === undefined ? SSOJET_EMULATOR_CLIENT_ID : init.clientIdQuery;
  if (clientIdQuery !== null) url.searchParams.set('client_id', clientIdQuery);
  const headers: Record<string, string> = {};
  const token = init.token === undefined ? SSOJET_EMULATOR_ACCESS_TOKEN : init.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (init.clientIdHeader) headers.clientId = init.clientIdHeader;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

describe('SSOJet emulator', () => {
  it('answers 401 for a missing or wrong token or client id: a plain-text line (legacy), the error object (current)', async () => {
    const cases = [{ token: null }, { token: 'wrong' }, { clientIdQuery: null }, { clientIdQuery: 'cli_other' }, { clientIdHeader: 'cli_other' }];
    start();
    for (const init of cases) await expectTextError(await call('/api/v1/roles', init), 401, 'Unauthorized');
    start({ api: 'current' });
    for (const init of cases) {
      const response = await call('/api/v1/roles', init);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 401, error_code: 'unauthorized', error_description: expect.any(String) });
    }
  });

  it('takes the client id from the query or from the clientId header', async () => {
    start();
    expect((await call('/api/v1/roles')).status).toBe(200);
    expect((await call('/api/v1/roles', { clientIdQuery: null, clientIdHeader: SSOJET_EMULATOR_CLIENT_ID })).status).toBe(200);
  });

  it('requires limit on the user list, answers a bare array, and serves the docs’ /api/api/users spelling too', async () => {
    const emulator = start();
    await expectTextError(await call('/api/v1/users'), 400, 'Bad Request');
    await expectTextError(await call('/api/v1/users?limit=0'), 400, 'Bad Request');
    // No cap is documented for the legacy list.
    expect(await (await call('/api/v1/users?limit=500')).json()).toHaveLength(emulator.state.users.size);
    const users = await (await call('/api/v1/users?limit=3')).json();
    expect(users.map((u: { _id: string }) => u._id)).toEqual([...emulator.state.users.keys()].slice(0, 3));
    expect((await (await call('/api/api/users?limit=2')).json())).toHaveLength(2);
  });

  it('answers 404 for unknown ids and emails, in each generation’s style', async () => {
    const paths = ['/api/v1/users/ffffffffffffffffffffffff', '/api/v1/users/nobody%40example.com/email', '/api/account/identity/users/ffffffffffffffffffffffff/organizations'];
    start();
    for (const path of paths) {
      const response = await call(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('404 Not Found: User not found.');
    }
    start({ api: 'current' });
    for (const path of paths) {
      const response = await call(path);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 404, error_code: 'not_found', error_description: 'User not found.' });
    }
  });

  it('answers 409 for an email another user has, as a plain-text line', async () => {
    const emulator = start();
    const [taken] = emulator.state.users.values();
    const response = await call('/api/v1/users', { method: 'POST', body: { first_name: 'T', last_name: 'W', email: taken!.email } });
    expect(response.status).toBe(409);
    expect(await response.text()).toBe('409 Conflict: A user with this email already exists.');
    expect([...emulator.state.users.values()].filter((u) => u.email === taken!.email)).toHaveLength(1);
  });

  it('validates bodies with 400: create fields, update fields, role ids, the verification string', async () => {
    const emulator = start();
    const [id] = emulator.state.users.keys();
    const cases: [string, string, unknown][] = [
      ['POST', '/api/v1/users', { email: 'a@example.com', first_name: 'A' }],
      ['POST', '/api/v1/users', { email: 'nope', first_name: 'A', last_name: 'B' }],
      ['PUT', `/api/v1/users/${id}`, { email: 'a@example.com', first_name: 'A', last_name: 'B', groups: [] }],
      ['PUT', `/api/v1/users/${id}/roles`, { role_id: 'not-an-array' }],
      ['PUT', `/api/v1/users/${id}/roles`, { role_id: ['ffffffffffffffffffffffff'] }],
      ['POST', `/api/v1/users/${id}/verify`, { verification_status: true }],
    ];
    for (const [method, path, body] of cases) await expectTextError(await call(path, { method, body }), 400, 'Bad Request');
    const current = start({ api: 'current' });
    const [currentId] = current.state.users.keys();
    const response = await call(`/api/v1/users/${currentId}/roles`, { method: 'PUT', body: { role_id: 'not-an-array' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 400, error_code: 'invalid_request' });
  });

  it('creates users the way the legacy docs show: 24-hex _id, null arrays, organization_id of zeros', async () => {
    const emulator = start();
    const response = await call('/api/v1/users', { method: 'POST', body: { first_name: 'F', last_name: 'L', email: 'f.l@example.com' } });
    expect(response.status).toBe(200);
    const user = await response.json();
    expect(user).toMatchObject({ email: 'f.l@example.com', organization_id: '000000000000000000000000', roles: null, groups: null, LastLoginAt: null, is_active: true, email_verified: false });
    expect(user._id).toMatch(HEX_ID);
    expect(user.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/);
    expect(emulator.state.users.has(user._id)).toBe(true);
  });

  it('is seeded in SSOJet’s shapes: 24-hex ids everywhere, nanosecond times, enough data for the contract', () => {
    const { state } = start({ seed: 3 });
    expect(state.users.size).toBeGreaterThanOrEqual(12);
    expect(state.roles.length).toBeGreaterThanOrEqual(3);
    expect(state.organizations.length).toBeGreaterThanOrEqual(2);
    const ids = [...state.users.keys(), ...state.roles.map((r) => r.id), ...state.permissions.map((p) => p.id), ...state.organizations.map((o) => o.id)];
    expect(ids.every((id) => HEX_ID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...state.users.values()].some((u) => /\.\d{4,9}Z$/.test(u.created_at!))).toBe(true);
    // Like the seed's records, an empty role list is written as null, never [].
    expect([...state.users.values()].some((u) => Array.isArray(u.roles) && u.roles.length === 0)).toBe(false);
    expect(createSsojetEmulator({ seed: 3 }).state.users).toEqual(state.users);
  });

  it('reset() brings back the seeded directory and drops faults and latency', async () => {
    const emulator = start();
    const seeded = structuredClone(emulator.state);
    const stateRef = emulator.state;
    emulator.state.users.clear();
    emulator.faults.failNext('*', { status: 500 }, 5);
    emulator.faults.setLatency(5000);
    emulator.reset();
    expect(emulator.state).toBe(stateRef);
    expect(emulator.state.users).toEqual(seeded.users);
    expect((await call('/api/v1/roles')).status).toBe(200);
  });

  it('has no Node-only import anywhere it loads, so a browser can run it', () => {
    const root = resolve(import.meta.dirname, '../../../src');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^node:|^msw\/node$|^(fs|path|http|https|url|crypto|util|stream)$/);
        if (spec!.startsWith('.')) visit(join(dirname(file), spec!.replace(/\.js$/, '.ts')));
      }
    };
    const emulatorDir = join(root, 'testing/emulators/ssojet');
    readdirSync(emulatorDir).forEach((name) => visit(join(emulatorDir, name)));
    expect(seen.size).toBeGreaterThan(5);
  });
});
