/**
 * The emulator's user-details routes, spoken to with plain fetch (shared/reference/ssojet-api.md
 * §3.1.3, §3.1.6, §3.1.10): the by-email record's keys, Verify User Status's string, the login
 * logs' PascalCase answer and their seeding, and the inspection helper the matrix reads.
 */
import { toIsoTimestamp } from '../../../src/adapters/ssojet/timestamps.js';
import { createSsojetEmulator, SSOJET_EMULATOR_ACCESS_TOKEN, SSOJET_EMULATOR_CLIENT_ID, type SsojetEmulatorOptions } from '../../../src/testing/emulators/ssojet/index.js';
import { server, useSsojetServer } from './harness.js';

useSsojetServer();

const BASE = 'https://api.ssojet.com';
const LOG_KEYS = ['City', 'Country', 'CreatedAt', 'Device', 'IpAddress', 'Name', 'Os', 'UserAgent'];

function start(options: SsojetEmulatorOptions = {}) {
  const emulator = createSsojetEmulator(options);
  server.resetHandlers(...emulator.handlers);
  return emulator;
}

function call(path: string, init: { method?: string; body?: string; token?: string } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${init.token ?? SSOJET_EMULATOR_ACCESS_TOKEN}` };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${BASE}${path}?client_id=${encodeURIComponent(SSOJET_EMULATOR_CLIENT_ID)}`, { method: init.method ?? 'GET', headers, body: init.body });
}

const verify = (id: string, body: string) => call(`/api/v1/users/${id}/verify`, { method: 'POST', body });

function signedIn(emulator: ReturnType<typeof start>) {
  return [...emulator.state.users.values()].filter((u) => u.LastLoginAt);
}

describe('SSOJet emulator: one user, whole', () => {
  it('answers the by-email record with the id-variant’s keys only: `id`, no `_id`, no roles, no verified flag', async () => {
    const emulator = start();
    const [user] = emulator.state.users.values();
    const response = await call(`/api/v1/users/${encodeURIComponent(user!.email.toUpperCase())}/email`);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['LastLoginAt', 'account_id', 'connection_type', 'created_at', 'email', 'first_name', 'id', 'is_active', 'last_name', 'modified_at']);
    expect(body).toMatchObject({ id: user!._id, email: user!.email, connection_type: 'ManualUser' });
  });

  it('Verify User Status takes only the strings "true" and "false", and answers the legacy user', async () => {
    const emulator = start();
    const [user] = emulator.state.users.values();
    const on = await verify(user!._id, '{"verification_status":"true"}');
    expect(await on.json()).toMatchObject({ _id: user!._id, email_verified: true, is_active: user!.is_active });
    expect(emulator.userDetails(user!._id)!.emailVerified).toBe(true);
    await verify(user!._id, '{"verification_status":"false"}');
    expect(emulator.userDetails(user!._id)!.emailVerified).toBe(false);
  });

  it('refuses every other verification value with the documented error shape, changing nothing', async () => {
    const bodies = ['{"verification_status":true}', '{"verification_status":"TRUE"}', '{"verification_status":"yes"}', '{"vefification_status":"true"}', '{}', '[]', 'true', 'not json'];
    for (const api of ['legacy', 'current'] as const) {
      const emulator = start({ api });
      const [user] = emulator.state.users.values();
      const before = user!.email_verified;
      for (const body of bodies) {
        const response = await verify(user!._id, body);
        expect(response.status).toBe(400);
        if (api === 'legacy') expect(await response.text()).toMatch(/^400 Bad Request: \S.*\.$/);
        else expect(await response.json()).toMatchObject({ error: 400, error_code: 'invalid_request', error_description: expect.any(String) });
      }
      expect(emulator.userDetails(user!._id)!.emailVerified).toBe(before);
      const unknown = await verify('ffffffffffffffffffffffff', '{"verification_status":"true"}');
      expect(unknown.status).toBe(404);
    }
  });

  it('answers login logs as { login_logs: [...] } with exactly the docs’ eight PascalCase keys', async () => {
    const emulator = start();
    const user = signedIn(emulator)[0]!;
    const response = await call(`/api/v1/users/${user._id}/loginlogs`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body)).toEqual(['login_logs']);
    expect(body.login_logs.length).toBeGreaterThan(0);
    for (const entry of body.login_logs) {
      expect(Object.keys(entry).sort()).toEqual(LOG_KEYS);
      for (const key of LOG_KEYS) expect(typeof entry[key]).toBe('string');
      expect(Number.isNaN(Date.parse(entry.CreatedAt))).toBe(false);
    }
    expect(body.login_logs).toEqual(emulator.userDetails(user._id)!.loginLogs);
  });

  it('answers null for a user who never signed in, 404 for an unknown user, 401 without the token', async () => {
    const emulator = start();
    const never = [...emulator.state.users.values()].find((u) => !u.LastLoginAt)!;
    expect(await (await call(`/api/v1/users/${never._id}/loginlogs`)).json()).toEqual({ login_logs: null });
    const unknown = await call('/api/v1/users/ffffffffffffffffffffffff/loginlogs');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('404 Not Found: User not found.');
    expect((await call(`/api/v1/users/${never._id}/loginlogs`, { token: 'wrong' })).status).toBe(401);
  });

  it('seeds logs deterministically: the newest at LastLoginAt, none before the user was created, oldest first', () => {
    const emulator = start();
    const again = createSsojetEmulator();
    const other = createSsojetEmulator({ seed: 2 });
    expect(again.state.loginLogs).toEqual(emulator.state.loginLogs);
    expect(other.state.loginLogs).not.toEqual(emulator.state.loginLogs);
    for (const user of emulator.state.users.values()) {
      const log = emulator.state.loginLogs.get(user._id)!;
      if (!user.LastLoginAt) {
        expect(log).toEqual([]);
        continue;
      }
      const times = log.map((e) => Date.parse(e.CreatedAt));
      expect(log.at(-1)!.CreatedAt).toBe(toIsoTimestamp(user.LastLoginAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBeGreaterThanOrEqual(Date.parse(toIsoTimestamp(user.created_at)!));
    }
    // Some users have several sign-ins, so paging has something to page.
    expect(Math.max(...[...emulator.state.loginLogs.values()].map((l) => l.length))).toBeGreaterThan(2);
  });

  it('records a sign-in pushed onto state.loginLogs, forgets a deleted user’s log, and reset() restores the seed', async () => {
    const emulator = start();
    const user = signedIn(emulator)[0]!;
    const seeded = emulator.userDetails(user._id)!.loginLogs;
    const entry = { IpAddress: '192.0.2.7', Country: '', City: '', UserAgent: 'curl/8.5.0', Name: '', Os: '', Device: '', CreatedAt: '2030-01-01T00:00:00.000Z' };
    emulator.state.loginLogs.get(user._id)!.push(entry);
    expect((await (await call(`/api/v1/users/${user._id}/loginlogs`)).json()).login_logs.at(-1)).toEqual(entry);
    // The helper hands out copies: changing one changes nothing in SSOJet.
    emulator.userDetails(user._id)!.loginLogs[0]!.City = 'Elsewhere';
    expect(emulator.userDetails(user._id)!.loginLogs[0]!.City).toBe(seeded[0]!.City);
    await call(`/api/v1/users/${user._id}`, { method: 'DELETE' });
    expect(emulator.state.loginLogs.has(user._id)).toBe(false);
    expect(emulator.userDetails(user._id)).toBeNull();
    emulator.reset();
    expect(emulator.userDetails(user._id)!.loginLogs).toEqual(seeded);
  });

  it('can fail the login-log route like any other', async () => {
    const emulator = start();
    const user = signedIn(emulator)[0]!;
    emulator.faults.failNext('listLoginLogs', { status: 429, retryAfterSeconds: 4 });
    const response = await call(`/api/v1/users/${user._id}/loginlogs`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('4');
  });
});
