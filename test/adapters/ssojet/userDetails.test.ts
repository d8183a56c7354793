/**
 * Looking a user up by email and setting the verified flag, through the adapter's real HTTP path
 * against the strict emulator: what is sent, what comes back, and every way it can fail.
 */
import { emulate, recordRequests, useSsojetServer } from './harness.js';

useSsojetServer();
const recorder = recordRequests();

function setup(options: Parameters<typeof emulate>[0] = {}) {
  const { emulator, adapter } = emulate(options);
  const user = [...emulator.state.users.values()].find((u) => u.roles?.length && u.is_active)!;
  return { emulator, adapter, user };
}

describe('SSOJet getUserByEmail', () => {
  it('reads the id from the email route, then the whole user by id: roles and verified flag included', async () => {
    const { emulator, adapter, user } = setup();
    user.email_verified = true;
    const found = await adapter.getUserByEmail(user.email);
    expect(found).toMatchObject({ id: user._id, email: user.email, roleIds: user.roles, emailVerified: true });
    expect((await recorder.take()).map((r) => [r.method, r.path, r.query])).toEqual([
      ['GET', `/api/v1/users/${encodeURIComponent(user.email)}/email`, [['client_id', emulator.clientId]]],
      ['GET', `/api/v1/users/${user._id}`, [['client_id', emulator.clientId]]],
    ]);
  });

  it('compares case-insensitively, trims, and path-encodes characters an address may hold', async () => {
    const { adapter, user } = setup();
    user.email = "o'Brien+roster/test#1?x=%41@Example.com";
    const found = await adapter.getUserByEmail(`  ${user.email.toUpperCase()} `);
    expect(found.id).toBe(user._id);
    const [lookup] = await recorder.take();
    expect(lookup!.path).toBe(`/api/v1/users/${encodeURIComponent(user.email.toUpperCase())}/email`);
    expect(lookup!.query).toHaveLength(1);
  });

  it('is not_found for an address no user has, in either error style', async () => {
    for (const api of ['legacy', 'current'] as const) {
      const { adapter } = setup({ emulator: { api } });
      await expect(adapter.getUserByEmail('nobody@nowhere.example')).rejects.toMatchObject({ code: 'not_found', status: 404, message: 'User not found.' });
    }
  });

  it('refuses a blank address without asking SSOJet', async () => {
    const { adapter } = setup();
    for (const email of ['', '   ', undefined as never]) {
      await expect(adapter.getUserByEmail(email)).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { email: expect.any(String) } });
    }
    expect(await recorder.take()).toEqual([]);
  });

  it('is not_found when the record read by id has another address, never the wrong person', async () => {
    const { emulator, adapter, user } = setup();
    const other = [...emulator.state.users.values()].find((u) => u._id !== user._id)!;
    emulator.faults.failNext('getUserByEmail', { body: { id: other._id, email: user.email } });
    await expect(adapter.getUserByEmail(user.email)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('turns a malformed by-email answer into bad_response, and 429 into rate_limited with its wait', async () => {
    const { emulator, adapter, user } = setup();
    emulator.faults.failNext('getUserByEmail', { body: { _email: user.email } });
    await expect(adapter.getUserByEmail(user.email)).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('getUserByEmail', { malformed: true });
    await expect(adapter.getUserByEmail(user.email)).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('getUserByEmail', { status: 429, retryAfterSeconds: 2 });
    await expect(adapter.getUserByEmail(user.email)).rejects.toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 2000 });
    await expect(adapter.getUserByEmail(user.email)).resolves.toMatchObject({ id: user._id });
  });
});

describe('SSOJet setUserVerified', () => {
  it('sends Verify User Status with a string and answers the user, which SSOJet now holds verified', async () => {
    const { emulator, adapter, user } = setup();
    user.email_verified = false;
    const verified = await adapter.setUserVerified(user._id, { email: true });
    expect(verified).toMatchObject({ id: user._id, emailVerified: true, status: 'active', roleIds: user.roles });
    expect(emulator.userDetails(user._id)!.emailVerified).toBe(true);
    expect(await adapter.setUserVerified(user._id, { email: false })).toMatchObject({ emailVerified: false });
    expect(emulator.userDetails(user._id)!.emailVerified).toBe(false);
    const [on, off] = await recorder.take();
    expect(on).toMatchObject({ method: 'POST', path: `/api/v1/users/${user._id}/verify`, contentType: 'application/json', body: { verification_status: 'true' } });
    expect(off!.body).toEqual({ verification_status: 'false' });
  });

  it('refuses a phone flag, which SSOJet does not keep, without sending anything', async () => {
    const { emulator, adapter, user } = setup();
    const before = user.email_verified;
    await expect(adapter.setUserVerified(user._id, { phone: true })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.setUserVerified(user._id, { email: !before, phone: false })).rejects.toMatchObject({ code: 'unsupported' });
    expect(await recorder.take()).toEqual([]);
    expect(emulator.userDetails(user._id)!.emailVerified).toBe(before);
  });

  it('leaves the user as is when no flag is named: one read, no write', async () => {
    const { adapter, user } = setup();
    expect(await adapter.setUserVerified(user._id, {})).toMatchObject({ id: user._id, emailVerified: user.email_verified });
    expect((await recorder.take()).map((r) => r.method)).toEqual(['GET']);
  });

  it('refuses a flag that is not a boolean before sending it', async () => {
    const { adapter, user } = setup();
    await expect(adapter.setUserVerified(user._id, { email: 'true' as never })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { email: expect.any(String) } });
    expect(await recorder.take()).toEqual([]);
  });

  it('is not_found for an unknown user; bad_response for an answer that is not a user; rate_limited on 429', async () => {
    const { emulator, adapter, user } = setup();
    await expect(adapter.setUserVerified('ffffffffffffffffffffffff', { email: true })).rejects.toMatchObject({ code: 'not_found' });
    emulator.faults.failNext('verifyUser', { body: { status: 'ok' } });
    await expect(adapter.setUserVerified(user._id, { email: true })).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('verifyUser', { text: '{}' });
    await expect(adapter.setUserVerified(user._id, { email: true })).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('verifyUser', { status: 429, retryAfterSeconds: 5 });
    await expect(adapter.setUserVerified(user._id, { email: true })).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 5000 });
  });
});
