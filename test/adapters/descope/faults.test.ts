// @vitest-environment node
// Management-key mode refuses to start where `window` exists, so this file runs in plain Node.
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';
import { rejectionOf } from '../../helpers/rejection.js';

const { emulator } = useDescopeEmulator();
let adapter: RosterAdapter;

beforeEach(() => {
  adapter = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
});

const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);

describe('Descope failures as RosterErrors', () => {
  it('429 is rate_limited with Retry-After seconds as milliseconds', async () => {
    emulator.faults.failNext('/v2/mgmt/user/search', { status: 429, retryAfterSeconds: 7 });
    const error = await failure(adapter.listUsers({ page: { size: 5 } }));
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 7000, message: 'Rate limit exceeded' });
    // Used up: the next call goes through.
    expect((await adapter.listUsers({ page: { size: 5 } })).items).toHaveLength(5);
  });

  it('reads the rate-limit code even when the status says otherwise', async () => {
    emulator.faults.failNext('/v1/mgmt/role/all', { status: 400, body: { errorCode: 'E170429', errorDescription: 'Too many requests' } });
    expect(await failure(adapter.listRoles())).toMatchObject({ code: 'rate_limited', status: 400 });
  });

  it('500 is server, with Descope’s description and detail as the message', async () => {
    emulator.faults.failNext('*', { status: 500, body: { errorCode: 'E010001', errorDescription: 'Internal error', errorMessage: 'database unavailable' } });
    expect(await failure(adapter.getUser(emulator.state.users[0]!.userId))).toMatchObject({ code: 'server', status: 500, message: 'Internal error: database unavailable' });
  });

  it('a body that is not JSON is bad_response', async () => {
    emulator.faults.failNext('/v1/mgmt/tenant/all', { malformed: true });
    expect(await failure(adapter.listOrganizations())).toMatchObject({ code: 'bad_response', status: 200 });
  });

  it('JSON of the wrong shape is bad_response, never a TypeError', async () => {
    const { userId } = emulator.state.users[0]!;
    const cases: [Parameters<typeof emulator.faults.failNext>[0], unknown, () => Promise<unknown>][] = [
      ['/v2/mgmt/user/search', { users: 'nobody' }, () => adapter.listUsers({ page: { size: 5 } })],
      ['/v2/mgmt/user/search', { users: [{ userId: 'U2x', status: 'enabled' }], total: 'many' }, () => adapter.listUsers({ page: { size: 5 } })],
      ['/v2/mgmt/user/search', { users: [null] }, () => adapter.listUsers({ page: { size: 5 } })],
      ['/v1/mgmt/user', {}, () => adapter.getUser(userId)],
      ['/v1/mgmt/user', { user: { userId: 42, status: 'enabled' } }, () => adapter.getUser(userId)],
      ['/v1/mgmt/user', { user: { userId, status: 'asleep' } }, () => adapter.getUser(userId)],
      ['/v1/mgmt/user', { user: { userId, status: 'enabled', roleNames: 'Admin' } }, () => adapter.getUser(userId)],
      ['/v1/mgmt/user', { user: { userId, status: 'enabled', userTenants: [{ roleNames: [] }] } }, () => adapter.getUser(userId)],
      ['/v1/mgmt/user', { user: { userId, status: 'enabled', createdTime: '2024-01-01' } }, () => adapter.getUser(userId)],
      ['/v1/mgmt/user/update/status', [], () => adapter.setUserStatus!(userId, 'disabled')],
      ['/v1/mgmt/role/all', { roles: [{ description: 'no name' }] }, () => adapter.listRoles()],
      ['/v1/mgmt/tenant/all', { tenants: [{ id: 'T1', selfProvisioningDomains: 'x.example' }] }, () => adapter.listOrganizations()],
    ];
    for (const [route, body, run] of cases) {
      emulator.faults.failNext(route, { status: 200, body });
      const error = await failure(run());
      expect(error.code, `${route} answering ${JSON.stringify(body)}`).toBe('bad_response');
    }
  });

  it('a wrong key is unauthorized (401), and so is a 401 fault', async () => {
    const intruder = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: 'stolen-or-stale' } });
    expect(await failure(intruder.listRoles())).toMatchObject({ code: 'unauthorized', status: 401 });
    const otherProject = createDescopeAdapter({ projectId: 'P2SomeoneElse', auth: { managementKey: MANAGEMENT_KEY } });
    expect(await failure(otherProject.listRoles())).toMatchObject({ code: 'unauthorized', status: 401 });
    emulator.faults.failNext('/v1/mgmt/user/patch', { status: 401 });
    expect(await failure(adapter.updateUser!(emulator.state.users[0]!.userId, { name: 'X' }))).toMatchObject({ code: 'unauthorized', status: 401 });
  });

  it('Descope’s 400 "user not found" is not_found, "already exists" is conflict, validation is invalid_input', async () => {
    expect(await failure(adapter.setUserStatus!('U2NoSuchUserAnywhere0000000', 'disabled'))).toMatchObject({ code: 'not_found', status: 400, message: 'User not found' });
    const taken = emulator.state.users[0]!.email;
    expect(await failure(adapter.createUser!({ email: taken }))).toMatchObject({ code: 'conflict', status: 400 });
    expect(await failure(adapter.addUserRoles!(emulator.state.users[0]!.userId, ['No Such Role']))).toMatchObject({ code: 'invalid_input', status: 400 });
  });

  it('a slow answer past timeoutMs is timeout; latency below it is fine', async () => {
    const impatient = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY }, timeoutMs: 100 });
    emulator.faults.failNext('/v1/mgmt/tenant/all', { status: 200, body: { tenants: [] }, delayMs: 1000 });
    expect(await failure(impatient.listOrganizations())).toMatchObject({ code: 'timeout' });
    // Far below the timeout, so a busy machine cannot turn it into one.
    const patient = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY }, timeoutMs: 10_000 });
    emulator.faults.setLatency(20);
    expect((await patient.listOrganizations()).items).toHaveLength(12);
  });
});
