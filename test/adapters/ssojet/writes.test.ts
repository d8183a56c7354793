/**
 * Writes against the strict emulator and against every answer SSOJet's docs allow for them: the
 * adapter never needs a user back from a write, and never fails once SSOJet has created a user.
 */
import { createSsojetAdapter } from '../../../src/adapters/ssojet/index.js';
import { emulate, recordRequests, useSsojetServer } from './harness.js';

useSsojetServer();
const recorder = recordRequests();

/** SSOJet's own answer to matching requests, replaced after SSOJet has done the work. */
function answering(match: (method: string, path: string) => boolean, replace: () => Response): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const path = new URL(String(input)).pathname;
    return response.ok && match(init?.method ?? 'GET', path) ? replace() : response;
  };
}

describe('SSOJet role writes', () => {
  it('set, add and remove succeed against Manage User Roles’ `{}` text/plain answer, and the state shows them', async () => {
    const { emulator, adapter } = emulate();
    const [user] = emulator.state.users.values();
    const [r0, r1, r2] = emulator.state.roles.map((r) => r.id);
    await expect(adapter.setUserRoles(user!._id, [r0!, r1!])).resolves.toBeUndefined();
    expect(emulator.state.users.get(user!._id)!.roles).toEqual([r0, r1]);
    await expect(adapter.addUserRoles(user!._id, [r2!])).resolves.toBeUndefined();
    expect(emulator.state.users.get(user!._id)!.roles).toEqual([r0, r1, r2]);
    await expect(adapter.removeUserRoles(user!._id, [r0!])).resolves.toBeUndefined();
    expect(emulator.state.users.get(user!._id)!.roles).toEqual([r1, r2]);
  });

  it('takes any other answer the docs allow: the user record, an empty body, a word of text', async () => {
    const replies = [() => new Response(null, { status: 200 }), () => new Response('OK', { headers: { 'content-type': 'text/plain' } })];
    for (const reply of replies) {
      const { emulator } = emulate();
      const adapter = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => emulator.accessToken, fetch: answering((m, p) => m === 'PUT' && p.endsWith('/roles'), reply) });
      const [user] = emulator.state.users.values();
      await adapter.setUserRoles(user!._id, [emulator.state.roles[1]!.id]);
      expect(emulator.state.users.get(user!._id)!.roles).toEqual([emulator.state.roles[1]!.id]);
    }
    const { emulator, adapter } = emulate({ emulator: { rolesAnswer: 'user' } });
    const [user] = emulator.state.users.values();
    await expect(adapter.setUserRoles(user!._id, [emulator.state.roles[2]!.id])).resolves.toBeUndefined();
    expect(emulator.state.users.get(user!._id)!.roles).toEqual([emulator.state.roles[2]!.id]);
  });
});

describe('SSOJet createUser', () => {
  const input = (roleIds: string[]) => ({ email: 'new.hire@example.com', givenName: 'New', familyName: 'Hire', roleIds, customAttributes: { team: 'Ops' } });
  const holders = (emulator: ReturnType<typeof emulate>['emulator']) => [...emulator.state.users.values()].filter((u) => u.email === 'new.hire@example.com');

  it('with roles and attributes succeeds against the strict emulator; the state holds the user once, with both', async () => {
    const { emulator, adapter } = emulate();
    const roleIds = emulator.state.roles.slice(0, 2).map((r) => r.id);
    const user = await adapter.createUser(input(roleIds));
    expect(user).toMatchObject({ email: 'new.hire@example.com', name: 'New Hire', roleIds, customAttributes: { team: 'Ops' } });
    expect(holders(emulator)).toEqual([expect.objectContaining({ _id: user.id, roles: roleIds, raw_attributes: { team: 'Ops' } })]);
  });

  it('finds the id by email when Create answers the prose’s `{ status, message }`, then reads the real record', async () => {
    const { emulator, adapter } = emulate({ emulator: { createAnswer: 'status' } });
    const roleIds = [emulator.state.roles[0]!.id];
    const user = await adapter.createUser(input(roleIds));
    const [stored] = holders(emulator);
    expect(holders(emulator)).toHaveLength(1);
    expect(user).toMatchObject({ id: stored!._id, roleIds, customAttributes: { team: 'Ops' }, createdAt: expect.any(String) });
    expect((await recorder.take()).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/v1/users',
      'GET /api/v1/users/new.hire%40example.com/email',
      `PUT /api/v1/users/${stored!._id}`,
      `PUT /api/v1/users/${stored!._id}/roles`,
      `GET /api/v1/users/${stored!._id}`,
    ]);
  });

  it('does not fail on an answer it cannot parse once the user exists, so nobody retries into a duplicate', async () => {
    const { emulator } = emulate();
    const fetchWithTextCreate = answering((m, p) => m === 'POST' && p === '/api/v1/users', () => new Response('User created', { headers: { 'content-type': 'text/plain' } }));
    const adapter = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => emulator.accessToken, fetch: fetchWithTextCreate });
    const roleIds = [emulator.state.roles[1]!.id];
    const user = await adapter.createUser(input(roleIds));
    expect(holders(emulator)).toEqual([expect.objectContaining({ _id: user.id, roles: roleIds })]);
    expect(user.roleIds).toEqual(roleIds);
  });

  it('a failing follow-up says the user was created, keeping the failure’s code', async () => {
    const { emulator, adapter } = emulate();
    emulator.faults.failNext('setUserRoles', { status: 500 });
    await expect(adapter.createUser(input([emulator.state.roles[0]!.id]))).rejects.toMatchObject({
      code: 'server',
      status: 500,
      message: 'SSOJet created new.hire@example.com, but granting its roles failed: An error occurred while processing the request.',
    });
    expect(holders(emulator)).toEqual([expect.objectContaining({ roles: null, raw_attributes: { team: 'Ops' } })]);
  });
});

describe('SSOJet updateUser', () => {
  it('composes the result from what it wrote when Update User answers no record', async () => {
    const { emulator } = emulate();
    const adapter = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => emulator.accessToken, fetch: answering((m, p) => m === 'PUT' && !p.endsWith('/roles'), () => new Response('{}')) });
    const [wire] = emulator.state.users.values();
    const updated = await adapter.updateUser(wire!._id, { name: 'Ana López', customAttributes: { floor: 2 } });
    expect(updated).toMatchObject({ id: wire!._id, name: 'Ana López', givenName: 'Ana', familyName: 'López', email: wire!.email, customAttributes: expect.objectContaining({ floor: 2 }) });
    expect(emulator.state.users.get(wire!._id)).toMatchObject({ first_name: 'Ana', last_name: 'López' });
  });
});

describe('SSOJet plain-text errors', () => {
  it('400 and 500 lines become invalid_input and server with the line’s message', async () => {
    const { emulator, adapter } = emulate();
    await expect(adapter.createUser({ email: 'not-an-email', name: 'X' })).rejects.toMatchObject({ code: 'invalid_input', status: 400, message: 'Invalid email format.' });
    emulator.faults.failNext('listRoles', { status: 500 });
    await expect(adapter.listRoles()).rejects.toMatchObject({ code: 'server', status: 500, message: 'An error occurred while processing the request.' });
  });

  it('a hostile text body is cleaned and bounded; markup falls back to the default message', async () => {
    const { emulator, adapter } = emulate();
    const [id] = emulator.state.users.keys();
    emulator.faults.failNext('getUser', { status: 500, text: `500 Internal Server Error: db\u0000 down\r\n${'z'.repeat(400)}` });
    const error = await adapter.getUser(id!).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'server', message: expect.stringMatching(/^db down z+…$/) });
    expect((error as Error).message).toHaveLength(200);
    emulator.faults.failNext('getUser', { status: 502, text: '<html><h1>502 Bad Gateway</h1></html>' });
    await expect(adapter.getUser(id!)).rejects.toMatchObject({ code: 'server', message: 'The identity provider failed to handle the request.' });
  });
});
