/**
 * SSOJet only replaces a user's whole role set, so add/remove are read-modify-write in the adapter,
 * serialized per user. These fail if the serialization goes.
 */
import { isAbortError } from '../../../src/core/errors.js';
import { emulate, recordRequests, useSsojetServer } from './harness.js';

useSsojetServer();
const recorder = recordRequests();

function setup() {
  const { emulator, adapter } = emulate();
  // Latency makes the requests of concurrent calls overlap as they would over a real network.
  emulator.faults.setLatency(15);
  const [user] = emulator.state.users.values();
  user!.roles = [emulator.state.roles[0]!.id];
  const [held, a, b, c] = emulator.state.roles.map((r) => r.id);
  return { emulator, adapter, user: user!, held: held!, a: a!, b: b!, c: c! };
}

describe('SSOJet role changes', () => {
  it('declares set-only, project-wide role updates', () => {
    const { adapter } = emulate();
    expect(adapter.capabilities).toMatchObject({ roleUpdates: 'set', organizationRoles: false });
  });

  it('two quick addUserRoles on one user both land', async () => {
    const { emulator, adapter, user, held, a, b } = setup();
    await Promise.all([adapter.addUserRoles(user._id, [a]), adapter.addUserRoles(user._id, [b])]);
    expect(emulator.state.users.get(user._id)!.roles).toEqual([held, a, b]);
    // Each change read after the previous one wrote.
    const methods = (await recorder.take()).map((r) => r.method);
    expect(methods).toEqual(['GET', 'PUT', 'GET', 'PUT']);
  });

  it('an add and a remove issued together both land, in call order', async () => {
    const { emulator, adapter, user, held, a } = setup();
    await Promise.all([adapter.addUserRoles(user._id, [a]), adapter.removeUserRoles(user._id, [held]), adapter.addUserRoles(user._id, [held])]);
    expect(emulator.state.users.get(user._id)!.roles).toEqual([a, held]);
  });

  it('a failed change does not lose the one queued behind it', async () => {
    const { emulator, adapter, user, held, a, b } = setup();
    emulator.faults.failNext('setUserRoles', { status: 500 });
    const [first, second] = await Promise.allSettled([adapter.addUserRoles(user._id, [a]), adapter.addUserRoles(user._id, [b])]);
    expect(first).toMatchObject({ status: 'rejected', reason: { code: 'server' } });
    expect(second).toMatchObject({ status: 'fulfilled' });
    expect(emulator.state.users.get(user._id)!.roles).toEqual([held, b]);
  });

  it('a failed change does not undo the one before it', async () => {
    const { emulator, adapter, user, held, a } = setup();
    const [first, second] = await Promise.allSettled([
      adapter.addUserRoles(user._id, [a]),
      adapter.addUserRoles(user._id, ['ffffffffffffffffffffffff']),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled' });
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'invalid_input' } });
    expect(emulator.state.users.get(user._id)!.roles).toEqual([held, a]);
  });

  it('setUserRoles waits for a pending add, so the set it asked for is what remains', async () => {
    const { emulator, adapter, user, a, b, c } = setup();
    await Promise.all([adapter.addUserRoles(user._id, [a]), adapter.setUserRoles(user._id, [b, c])]);
    expect(emulator.state.users.get(user._id)!.roles).toEqual([b, c]);
    await adapter.setUserRoles(user._id, []);
    expect(emulator.state.users.get(user._id)!.roles).toBeNull();
    expect((await adapter.getUser(user._id)).roleIds).toEqual([]);
  });

  it('changes to different users do not wait for each other', async () => {
    const { emulator, adapter, a } = setup();
    const [u1, u2] = [...emulator.state.users.keys()];
    await Promise.all([adapter.addUserRoles(u1!, [a]), adapter.addUserRoles(u2!, [a])]);
    const methods = (await recorder.take()).map((r) => r.method);
    expect(methods.slice(0, 2)).toEqual(['GET', 'GET']);
    expect(emulator.state.users.get(u1!)!.roles).toContain(a);
    expect(emulator.state.users.get(u2!)!.roles).toContain(a);
  });

  it('a change aborted while waiting its turn rejects at once and is never sent', async () => {
    const { emulator, adapter, user, held, a, b } = setup();
    const controller = new AbortController();
    const first = adapter.addUserRoles(user._id, [a]);
    const second = adapter.addUserRoles(user._id, [b], {}, { signal: controller.signal });
    controller.abort();
    await expect(second).rejects.toSatisfy(isAbortError);
    await first;
    expect(emulator.state.users.get(user._id)!.roles).toEqual([held, a]);
    expect((await recorder.take()).map((r) => r.method)).toEqual(['GET', 'PUT']);
  });

  it('adding a role already held, or removing one not held, writes nothing', async () => {
    const { adapter, user, held, a } = setup();
    await adapter.addUserRoles(user._id, [held]);
    await adapter.removeUserRoles(user._id, [a]);
    expect((await recorder.take()).map((r) => r.method)).toEqual(['GET', 'GET']);
  });

  it('organization-scoped role changes reject with unsupported and send nothing', async () => {
    const { emulator, adapter, user, a } = setup();
    const organizationId = emulator.state.organizations[0]!.id;
    for (const change of [adapter.addUserRoles, adapter.removeUserRoles, adapter.setUserRoles]) {
      await expect(change(user._id, [a], { organizationId })).rejects.toMatchObject({ code: 'unsupported' });
    }
    expect(await recorder.take()).toEqual([]);
  });
});
