/**
 * Failures SSOJet (or the network) can produce surface as the right RosterError, through the
 * adapter's real HTTP path.
 */
import { createSsojetAdapter } from '../../../src/adapters/ssojet/index.js';
import { describeSsojetError } from '../../../src/adapters/ssojet/describeError.js';
import { emulate, useSsojetServer } from './harness.js';

useSsojetServer();

function firstUserId(emulator: ReturnType<typeof emulate>['emulator']): string {
  return emulator.state.users.keys().next().value!;
}

describe('SSOJet failures as RosterErrors', () => {
  it('401 (a token the emulator does not know) → unauthorized, with SSOJet’s description as the message', async () => {
    const { emulator } = emulate();
    const adapter = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => 'expired-token' });
    await expect(adapter.listRoles()).rejects.toMatchObject({ code: 'unauthorized', status: 401, message: 'The access token is invalid or has expired.' });
  });

  it('401 for a client id the account does not have → unauthorized', async () => {
    const { emulator } = emulate();
    const adapter = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: 'cli_someone-else.0000.local', getAccessToken: () => emulator.accessToken });
    await expect(adapter.listUsers({ page: { size: 5 } })).rejects.toMatchObject({ code: 'unauthorized', status: 401, message: 'client_id is not valid.' });
  });

  it('a getAccessToken that throws or returns nothing → unauthorized, with no request sent', async () => {
    const { emulator } = emulate();
    emulator.faults.failNext('*', { status: 500 }, 10);
    const throwing = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => Promise.reject(new Error('refresh failed')) });
    await expect(throwing.listRoles()).rejects.toMatchObject({ code: 'unauthorized' });
    const empty = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => '' });
    await expect(empty.getUser(firstUserId(emulator))).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('404 for an unknown id → not_found', async () => {
    const { adapter } = emulate();
    await expect(adapter.getUser('ffffffffffffffffffffffff')).rejects.toMatchObject({ code: 'not_found', status: 404, message: 'User not found.' });
    await expect(adapter.getUserByEmail('nobody@nowhere.example')).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.deleteUser('ffffffffffffffffffffffff')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('400 validation → invalid_input, with SSOJet’s description (plain text legacy, JSON current)', async () => {
    for (const api of ['legacy', 'current'] as const) {
      const { adapter } = emulate({ emulator: { api } });
      await expect(adapter.createUser({ email: 'not-an-email', givenName: 'A', familyName: 'B' })).rejects.toMatchObject({ code: 'invalid_input', status: 400, message: 'Invalid email format.' });
    }
  });

  it('409 for a taken email → conflict', async () => {
    const { emulator, adapter } = emulate();
    const [taken] = emulator.state.users.values();
    await expect(adapter.createUser({ email: taken!.email.toUpperCase(), name: 'Twin' })).rejects.toMatchObject({ code: 'conflict', status: 409 });
  });

  it('429 with Retry-After → rate_limited with retryAfterMs', async () => {
    const { emulator, adapter } = emulate();
    emulator.faults.failNext('listUsers', { status: 429, retryAfterSeconds: 3 });
    await expect(adapter.listUsers({ page: { size: 5 } })).rejects.toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 3000 });
    // One fault, one failure: the next call goes through.
    await expect(adapter.listUsers({ page: { size: 5 } })).resolves.toMatchObject({ items: expect.any(Array) });
  });

  it('500 → server', async () => {
    const { emulator, adapter } = emulate();
    emulator.faults.failNext('listUserOrganizations', { status: 500 });
    await expect(adapter.listUserMemberships(firstUserId(emulator))).rejects.toMatchObject({ code: 'server', status: 500 });
  });

  it('malformed JSON → bad_response', async () => {
    const { emulator, adapter } = emulate();
    emulator.faults.failNext('getUser', { malformed: true });
    await expect(adapter.getUser(firstUserId(emulator))).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('well-formed JSON of the wrong shape → bad_response on every read', async () => {
    const { emulator, adapter } = emulate();
    const userId = firstUserId(emulator);
    emulator.faults.failNext('listUsers', { body: { people: [] } });
    await expect(adapter.listUsers({ page: { size: 5 } })).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('listUsers', { body: { users: [], next_cursor: 7 } });
    await expect(adapter.listUsers({ page: { size: 5 } })).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('listUsers', { text: 'not json' });
    await expect(adapter.listUsers({ page: { size: 5 } })).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('listUsers', { body: [{ _id: 5, email: 'x@example.com' }] });
    await expect(adapter.listUsers({ page: { size: 5 } })).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('getUser', { body: [] });
    await expect(adapter.getUser(userId)).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('listPermissions', { body: { permissions: [] } });
    await expect(adapter.listRoles()).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('listOrganizations', { body: 'organizations' });
    await expect(adapter.listOrganizations()).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('listUserOrganizations', { body: { id: userId, email_id: 'x', organizations: [{ id: 'o' }] } });
    await expect(adapter.listUserMemberships(userId)).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('getUser', { body: { ...emulator.state.users.get(userId), roles: 'admin' } });
    await expect(adapter.addUserRoles(userId, [emulator.state.roles[0]!.id])).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('a slow answer → timeout', async () => {
    const { emulator } = emulate();
    const adapter = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => emulator.accessToken, timeoutMs: 50 });
    emulator.faults.failNext('listRoles', { delayMs: 1000 });
    await expect(adapter.listRoles()).rejects.toMatchObject({ code: 'timeout' });
    emulator.faults.setLatency(1000);
    await expect(adapter.getUser(firstUserId(emulator))).rejects.toMatchObject({ code: 'timeout' });
    emulator.faults.clear();
    await expect(adapter.getUser(firstUserId(emulator))).resolves.toMatchObject({ id: firstUserId(emulator) });
  });

  it('a failure injected on "*" hits whichever request comes next', async () => {
    const { emulator, adapter } = emulate();
    emulator.faults.failNext('*', { status: 503 }, 2);
    await expect(adapter.listOrganizations()).rejects.toMatchObject({ code: 'server', status: 503 });
    await expect(adapter.getUser(firstUserId(emulator))).rejects.toMatchObject({ code: 'server', status: 503 });
    await expect(adapter.listOrganizations()).resolves.toMatchObject({ total: emulator.state.organizations.length });
  });
});

describe('describeSsojetError', () => {
  it('uses error_description as a cleaned, bounded message, and nothing for other JSON', () => {
    expect(describeSsojetError(400, { error: 400, error_code: 'invalid_request', error_description: 'first_name is required.' }, '')).toEqual({ message: 'first_name is required.' });
    expect(describeSsojetError(500, { error: 500, error_code: 'x', error_description: 'line one\n\u0000line two' }, '')).toEqual({ message: 'line one line two' });
    expect(describeSsojetError(500, { error_description: 'x'.repeat(500) }, '')!.message).toHaveLength(200);
    expect(describeSsojetError(500, { error_description: '   ' }, '')).toBeUndefined();
    expect(describeSsojetError(500, { message: 'other API' }, '{"message":"other API"}')).toBeUndefined();
    expect(describeSsojetError(500, undefined, '')).toBeUndefined();
  });

  it('reads the legacy plain-text status line, keeping what follows the status', () => {
    expect(describeSsojetError(400, undefined, '400 Bad Request: Invalid email format.')).toEqual({ message: 'Invalid email format.' });
    expect(describeSsojetError(500, undefined, '500 Internal Server Error: An error occurred while processing the request.')).toEqual({ message: 'An error occurred while processing the request.' });
    // Only the status line: nothing left to say beyond the code.
    expect(describeSsojetError(500, undefined, '500 Internal Server Error')).toBeUndefined();
    expect(describeSsojetError(502, undefined, 'upstream\u0007 timed\r\n out')).toEqual({ message: 'upstream timed out' });
    expect(describeSsojetError(500, 'Internal failure', '"Internal failure"')).toEqual({ message: 'Internal failure' });
    expect(describeSsojetError(500, undefined, `500 Internal Server Error: ${'y'.repeat(1000)}`)!.message).toHaveLength(200);
    // A proxy's HTML page is not a message.
    expect(describeSsojetError(502, undefined, '<html><body>Bad gateway</body></html>')).toBeUndefined();
  });
});
