/**
 * Failures on the definition writes — SSOJet's or the network's — surface as the right
 * RosterError with a safe message, and leave SSOJet's records as they were.
 */
import { createSsojetAdapter } from '../../../src/adapters/ssojet/index.js';
import { emulate, recordRequests, useSsojetServer } from './harness.js';

useSsojetServer();
const recorder = recordRequests();

async function writesSent() {
  return (await recorder.take()).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}

describe('SSOJet definition writes under failure', () => {
  it('429 with Retry-After → rate_limited with retryAfterMs; nothing made; the next try works', async () => {
    const { emulator, adapter } = emulate();
    const before = emulator.definitions().roles.length;
    emulator.faults.failNext('createRole', { status: 429, retryAfterSeconds: 2 });
    await expect(adapter.createRole({ name: 'Throttled' })).rejects.toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 2000 });
    expect(emulator.definitions().roles).toHaveLength(before);
    await expect(adapter.createRole({ name: 'Throttled' })).resolves.toMatchObject({ name: 'Throttled' });
  });

  it('5xx on an update or delete → server; SSOJet’s record is unchanged', async () => {
    const { emulator, adapter } = emulate({ emulator: { api: 'current' } });
    const permission = emulator.state.permissions[0]!;
    const organization = emulator.state.organizations[0]!;
    const role = emulator.state.roles[0]!;
    emulator.faults.failNext('updatePermission', { status: 500 });
    await expect(adapter.updatePermission(permission.id, { name: 'renamed' })).rejects.toMatchObject({ code: 'server', status: 500, message: 'An error occurred while processing the request.' });
    emulator.faults.failNext('deleteOrganization', { status: 503, retryAfterSeconds: 1 });
    await expect(adapter.deleteOrganization(organization.id)).rejects.toMatchObject({ code: 'server', status: 503, retryAfterMs: 1000 });
    emulator.faults.failNext('deleteRole', { status: 502 });
    await expect(adapter.deleteRole(role.id)).rejects.toMatchObject({ code: 'server' });
    expect(emulator.state.permissions[0]!.name).toBe(permission.name);
    expect(emulator.state.organizations).toContain(organization);
    expect(emulator.definitions().roles.some((r) => r.id === role.id)).toBe(true);
  });

  it('403 and 400 keep SSOJet’s words, cleaned; a proxy’s HTML page is not shown', async () => {
    const { emulator, adapter } = emulate();
    const organization = emulator.state.organizations[0]!;
    emulator.faults.failNext('updateOrganization', { status: 403, text: '403 Forbidden: You may not\u0007 change\n this organization.' });
    await expect(adapter.updateOrganization(organization.id, { name: 'Nope' })).rejects.toMatchObject({ code: 'forbidden', message: 'You may not change this organization.' });
    emulator.faults.failNext('createOrganization', { status: 400, text: '<html><body>Bad request at edge</body></html>' });
    const error = await adapter.createOrganization({ name: 'Edge Co' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', status: 400 });
    expect((error as Error).message).not.toMatch(/html|edge/i);
  });

  it('a failed or malformed read before the write → its error, and no write is sent', async () => {
    const { emulator, adapter } = emulate();
    const role = emulator.state.roles[0]!;
    emulator.faults.failNext('listRoles', { status: 500 });
    await expect(adapter.updateRole(role.id, { name: 'X' })).rejects.toMatchObject({ code: 'server' });
    emulator.faults.failNext('listPermissions', { malformed: true });
    await expect(adapter.createRole({ name: 'Y' })).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('listOrganizations', { body: [{ id: 7, name: 'bad' }] });
    await expect(adapter.createOrganization({ name: 'Z' })).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('listPermissions', { body: { permissions: [] } });
    await expect(adapter.deletePermission(emulator.state.permissions[0]!.id)).rejects.toMatchObject({ code: 'bad_response' });
    expect(await writesSent()).toEqual([]);
  });

  it('a create whose answer cannot be read and whose record is not listed → bad_response that says SSOJet may have made it', async () => {
    const { emulator, adapter } = emulate();
    emulator.faults.failNext('createPermission', { malformed: true });
    await expect(adapter.createPermission({ name: 'lost:answer' })).rejects.toMatchObject({
      code: 'bad_response',
      message: expect.stringMatching(/^SSOJet created the permission, but reading it back failed/),
    });
    emulator.faults.failNext('createOrganization', { text: 'OK' });
    await expect(adapter.createOrganization({ name: 'Quiet Answer' })).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('a write that takes too long → timeout', async () => {
    const { emulator } = emulate();
    const adapter = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => emulator.accessToken, timeoutMs: 100 });
    // The emulator stops waiting when the adapter gives up, so the long delay costs nothing.
    emulator.faults.failNext('createRole', { delayMs: 60_000 });
    await expect(adapter.createRole({ name: 'Slow' })).rejects.toMatchObject({ code: 'timeout' });
    expect(emulator.definitions().roles.some((r) => r.name === 'Slow')).toBe(false);
  });

  it('a failed write does not stop the writes queued behind it', async () => {
    const { emulator, adapter } = emulate();
    emulator.faults.failNext('createRole', { status: 500 });
    const results = await Promise.allSettled([adapter.createRole({ name: 'First' }), adapter.createRole({ name: 'Second' })]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(emulator.definitions().roles.filter((r) => r.name === 'First' || r.name === 'Second').map((r) => r.name)).toEqual(['Second']);
  });

  it('an abort before its turn sends nothing', async () => {
    const { emulator, adapter } = emulate();
    const controller = new AbortController();
    controller.abort();
    await expect(adapter.createOrganization({ name: 'Never' }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(emulator.state.organizations.some((o) => o.name === 'Never')).toBe(false);
    expect(await writesSent()).toEqual([]);
  });
});
