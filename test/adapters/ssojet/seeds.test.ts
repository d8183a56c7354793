/**
 * The emulator answers exactly as the seeds show (shared/seeds/000–002), spoken to with plain
 * fetch; and, as an option, as the current OpenAPI reference shows.
 */
import { createSsojetEmulator, SSOJET_EMULATOR_ACCESS_TOKEN, SSOJET_EMULATOR_CLIENT_ID, type SsojetEmulatorOptions } from '../../../src/testing/emulators/ssojet/index.js';
import { server, useSsojetServer } from './harness.js';

useSsojetServer();

/** Seed 002's List All Users example record, its keys exactly. */
const SEED_USER_KEYS = [
  '_id', 'account_id', 'connection_id', 'email', 'first_name', 'last_name', 'groups', 'raw_attributes', 'roles',
  'passkey_credential', 'phone_id', 'created_at', 'modified_at', 'email_verified', 'is_active', 'LastLoginAt', 'tenants', 'identities',
].sort();

function start(options: SsojetEmulatorOptions = {}) {
  const emulator = createSsojetEmulator(options);
  server.resetHandlers(...emulator.handlers);
  return emulator;
}

function call(path: string, init: { method?: string; body?: unknown } = {}) {
  const url = new URL(`https://api.ssojet.com${path}`);
  url.searchParams.set('client_id', SSOJET_EMULATOR_CLIENT_ID);
  const headers: Record<string, string> = { authorization: `Bearer ${SSOJET_EMULATOR_ACCESS_TOKEN}`, 'content-type': 'application/json' };
  return fetch(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

describe('SSOJet emulator, legacy (default): the seeds’ answers', () => {
  it('Manage User Roles answers `object {0}` as text/plain (seed 000), and the roles are replaced', async () => {
    const emulator = start();
    const [user] = emulator.state.users.values();
    const roleIds = emulator.state.roles.slice(0, 2).map((r) => r.id);
    const response = await call(`/api/v1/users/${user!._id}/roles`, { method: 'PUT', body: { role_id: roleIds } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('{}');
    expect(emulator.state.users.get(user!._id)!.roles).toEqual(roleIds);
  });

  it('errors are the seeds’ plain-text status lines', async () => {
    const emulator = start();
    const invalid = await call('/api/v1/users', { method: 'POST', body: { first_name: 'A', last_name: 'B', email: 'not-an-email' } });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await invalid.text()).toBe('400 Bad Request: Invalid email format.');
    emulator.faults.failNext('listRoles', { status: 500 });
    const failed = await call('/api/v1/roles');
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe('500 Internal Server Error: An error occurred while processing the request.');
  });

  it('List All Users takes a required string limit and answers a bare array of seed-shaped records (seed 002)', async () => {
    const emulator = start();
    const missing = await call('/api/v1/users');
    expect([missing.status, await missing.text()]).toEqual([400, '400 Bad Request: limit is required.']);
    const response = await call('/api/v1/users?limit=3');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const users = await response.json();
    expect(Array.isArray(users)).toBe(true);
    expect(users.map((u: { _id: string }) => u._id)).toEqual([...emulator.state.users.keys()].slice(0, 3));
    for (const user of users) expect(Object.keys(user).sort()).toEqual(SEED_USER_KEYS);
  });

  it('GET Users Organizations has seed 001’s keys, odd casing included', async () => {
    const emulator = start();
    const [userId] = [...emulator.state.memberships.entries()].find(([, m]) => m.some((x) => x.roleIds.length))!;
    const body = await (await call(`/api/account/identity/users/${userId}/organizations`)).json();
    expect(Object.keys(body).sort()).toEqual(['email_id', 'id', 'organizations']);
    const org = body.organizations.find((o: { roles: unknown[] }) => o.roles.length);
    expect(Object.keys(org).sort()).toEqual(['AllowProfilesOutsideOrganization', 'Name', 'WhiteListDomains', 'WorkspaceName', 'domain', 'id', 'is_active', 'roles', 'status'].sort());
    expect(Object.keys(org.roles[0]).sort()).toEqual(['permissions', 'role_id', 'role_name']);
  });

  it('the other documented readings are options: the user from Manage User Roles, `{ status, message }` from Create', async () => {
    const emulator = start({ rolesAnswer: 'user', createAnswer: 'status' });
    const [user] = emulator.state.users.values();
    const roles = await call(`/api/v1/users/${user!._id}/roles`, { method: 'PUT', body: { role_id: [] } });
    expect(roles.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await roles.json()).toMatchObject({ _id: user!._id, roles: null });
    const created = await call('/api/v1/users', { method: 'POST', body: { first_name: 'A', last_name: 'B', email: 'a.b@example.com' } });
    expect(await created.json()).toEqual({ status: 'success', message: 'User created successfully.' });
    expect([...emulator.state.users.values()].filter((u) => u.email === 'a.b@example.com')).toHaveLength(1);
  });

  it('JSON errors in legacy mode only when asked for by name', async () => {
    start({ errorBody: 'json' });
    const response = await call('/api/v1/users/ffffffffffffffffffffffff');
    expect(await response.json()).toEqual({ error: 404, error_code: 'not_found', error_description: 'User not found.' });
  });
});

describe('SSOJet emulator, current API mode', () => {
  it('pages the user list by cursor: { limit, next_cursor, users }, next_cursor "" on the last page', async () => {
    const emulator = start({ api: 'current', userCount: 12 });
    const first = await (await call('/api/v1/users?cursor=&limit=5')).json();
    expect(Object.keys(first).sort()).toEqual(['limit', 'next_cursor', 'users']);
    expect(first).toMatchObject({ limit: 5, next_cursor: expect.stringMatching(/^[A-Za-z0-9+/=]+$/) });
    const ids: string[] = first.users.map((u: { _id: string }) => u._id);
    let cursor: string = first.next_cursor;
    while (cursor) {
      const page = await (await call(`/api/v1/users?cursor=${encodeURIComponent(cursor)}&limit=5`)).json();
      ids.push(...page.users.map((u: { _id: string }) => u._id));
      cursor = page.next_cursor;
      expect(typeof cursor).toBe('string');
    }
    expect(ids).toEqual([...emulator.state.users.keys()]);
  });

  it('bounds limit to 1–50 with a 400 error object, and refuses a cursor it did not make', async () => {
    start({ api: 'current', userCount: 60 });
    expect((await (await call('/api/v1/users?limit=50')).json()).users).toHaveLength(50);
    for (const query of ['limit=51', 'limit=0', 'limit=ten', 'limit=5&cursor=bm9wZQ']) {
      const response = await call(`/api/v1/users?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ error: 400, error_code: 'invalid_request', error_description: expect.any(String) });
    }
  });
});
