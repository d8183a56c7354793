// @vitest-environment node
// setUserVerified, resendInvitation and revokeInvitation with a management key: the bodies Descope
// gets, what the emulator holds afterwards, and the refusals that send nothing.
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import { guardAdapter } from '../../../src/core/guardAdapter.js';
import { userDetailsAvailable } from '../../../src/core/userDetails.js';
import { rejectionOf } from '../../helpers/rejection.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();
let adapter: RosterAdapter;
beforeEach(() => {
  adapter = guardAdapter(createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } }));
});

const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);
const userWith = (test: (u: (typeof emulator.state.users)[number]) => boolean) => structuredClone(emulator.state.users.find(test)!);
const writes = async () => (await sent()).filter((r) => r.method !== 'GET');

describe('Descope details with a management key', () => {
  it('declares every details capability, each with its method', () => {
    expect(userDetailsAvailable(adapter)).toEqual({
      lookupByEmail: true,
      activity: true,
      // Descope's audit search files this adapter's writes as UserModified: change events.
      activityIncludesChanges: true,
      verifyEmail: true,
      verifyPhone: true,
      resendInvitation: true,
      revokeInvitation: true,
      attributeDefinitions: true,
    });
  });
});

describe('setUserVerified', () => {
  it('patches only the flag given; the other stays', async () => {
    const user = userWith((u) => u.verifiedEmail && u.verifiedPhone);
    const result = await adapter.setUserVerified!(user.userId, { email: false });
    const [patch] = await writes();
    expect(patch).toMatchObject({ method: 'PATCH', path: '/v1/mgmt/user/patch', body: { loginId: user.userId, verifiedEmail: false } });
    expect(Object.keys(patch!.body as object)).toEqual(['loginId', 'verifiedEmail']);
    expect(result).toMatchObject({ id: user.userId, emailVerified: false, phoneVerified: true });
    expect(emulator.userDetails(user.userId).user).toMatchObject({ verifiedEmail: false, verifiedPhone: true });
  });

  it('sets both at once, and the change is in the audit trail', async () => {
    const user = userWith((u) => u.phone !== '' && !u.verifiedPhone && u.status === 'enabled');
    const result = await adapter.setUserVerified!(user.userId, { email: true, phone: true });
    expect(result).toMatchObject({ emailVerified: true, phoneVerified: true });
    expect(emulator.userDetails(user.userId).audits[0]).toMatchObject({ action: 'UserModified' });
  });

  it('with no flag it sends nothing and answers the user as they are', async () => {
    const user = userWith((u) => u.status === 'enabled');
    expect(await adapter.setUserVerified!(user.userId, {})).toMatchObject({ id: user.userId, emailVerified: user.verifiedEmail });
    expect(await writes()).toHaveLength(0);
  });

  it('a flag that is not true or false is invalid_input, before anything is sent', async () => {
    const user = userWith((u) => u.status === 'enabled');
    const error = await failure(adapter.setUserVerified!(user.userId, { email: 'yes' as unknown as boolean }));
    expect(error).toMatchObject({ code: 'invalid_input', fieldErrors: { email: expect.any(String) } });
    expect(await writes()).toHaveLength(0);
  });

  it('a flag Descope did not take fails: invalid_input where there is nothing to verify, unsupported otherwise', async () => {
    const user = userWith((u) => u.verifiedEmail && u.status === 'enabled');
    emulator.faults.failNext('/v1/mgmt/user/patch', { status: 200, body: { user: { ...user } } });
    expect(await failure(adapter.setUserVerified!(user.userId, { email: false }))).toMatchObject({ code: 'unsupported' });
    emulator.faults.failNext('/v1/mgmt/user/patch', { status: 200, body: { user: { ...user, phone: '', verifiedPhone: false } } });
    expect(await failure(adapter.setUserVerified!(user.userId, { phone: true }))).toMatchObject({ code: 'invalid_input', fieldErrors: { phone: expect.any(String) } });
  });

  it('an unknown user is not_found; the emulator refuses a flag that is not a boolean', async () => {
    expect(await failure(adapter.setUserVerified!('U2nobody', { email: true }))).toMatchObject({ code: 'not_found' });
    const { userId } = userWith((u) => u.status === 'enabled');
    const response = await fetch(`${emulator.baseUrl}/v1/mgmt/user/patch`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${PROJECT_ID}:${MANAGEMENT_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ loginId: userId, verifiedEmail: 'true' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errorCode: 'E011003', errorDescription: 'Invalid request', errorMessage: 'verifiedEmail must be a boolean' });
  });
});

describe('resendInvitation', () => {
  it('invites again by user id (node-sdk `invite(userId)`), creating no one', async () => {
    const invited = userWith((u) => u.status === 'invited');
    const before = emulator.userDetails(invited.userId).invitations.length;
    const count = emulator.state.users.length;
    await adapter.resendInvitation!(invited.userId);
    const [load, create] = await sent();
    expect(load).toMatchObject({ method: 'GET', path: '/v1/mgmt/user', query: { userId: invited.userId } });
    expect(create).toMatchObject({ method: 'POST', path: '/v1/mgmt/user/create', body: { loginId: invited.userId, invite: true } });
    expect(Object.keys(create!.body as object)).toEqual(['loginId', 'invite']);
    const after = emulator.userDetails(invited.userId);
    expect(after.invitations).toHaveLength(before + 1);
    expect(after.user!.status).toBe('invited');
    expect(emulator.state.users).toHaveLength(count);
  });

  it('a user who is not invited is invalid_input and gets no invitation; an unknown one is not_found', async () => {
    const active = userWith((u) => u.status === 'enabled');
    expect(await failure(adapter.resendInvitation!(active.userId))).toMatchObject({ code: 'invalid_input', fieldErrors: { status: expect.any(String) } });
    expect(await writes()).toHaveLength(0);
    expect(emulator.userDetails(active.userId).invitations).toHaveLength(0);
    expect(await failure(adapter.resendInvitation!('U2nobody'))).toMatchObject({ code: 'not_found' });
  });
});

describe('revokeInvitation', () => {
  it('deletes the invited user (deleteByUserId); afterwards they are not found, and the trail says so', async () => {
    const invited = userWith((u) => u.status === 'invited');
    await adapter.revokeInvitation!(invited.userId);
    expect(await writes()).toEqual([expect.objectContaining({ path: '/v1/mgmt/user/delete', body: { userId: invited.userId } })]);
    expect(await failure(adapter.getUser(invited.userId))).toMatchObject({ code: 'not_found' });
    const details = emulator.userDetails(invited.userId);
    expect(details.user).toBeNull();
    expect(details.audits[0]).toMatchObject({ action: 'UserDeleted' });
  });

  it('a user who is not invited is invalid_input and stays', async () => {
    const active = userWith((u) => u.status === 'enabled');
    expect(await failure(adapter.revokeInvitation!(active.userId))).toMatchObject({ code: 'invalid_input' });
    expect(await writes()).toHaveLength(0);
    expect(emulator.userDetails(active.userId).user).not.toBeNull();
  });

  it('a failed delete leaves the invitation in place', async () => {
    const invited = userWith((u) => u.status === 'invited');
    emulator.faults.failNext('/v1/mgmt/user/delete', { status: 503 });
    expect(await failure(adapter.revokeInvitation!(invited.userId))).toMatchObject({ code: 'server' });
    expect(emulator.userDetails(invited.userId).user).toMatchObject({ status: 'invited' });
  });
});
