/**
 * Pins every request the adapter sends against shared/reference/ssojet-api.md §3 (legacy API):
 * method, path, query, headers and body, field for field.
 */
import { createSsojetAdapter } from '../../../src/adapters/ssojet/index.js';
import { emulate, recordRequests, useSsojetServer, type RecordedRequest } from './harness.js';

useSsojetServer();
const recorder = recordRequests();

function setup() {
  const { emulator, adapter } = emulate();
  const [user] = emulator.state.users.values();
  return { emulator, adapter, user: user! };
}

/** Every SSOJet call carries the bearer token, and the client id both as query and as header. */
function expectCredentials(request: RecordedRequest, clientId: string, token: string) {
  expect(request.authorization).toBe(`Bearer ${token}`);
  expect(request.clientId).toBe(clientId);
  expect(request.query.filter(([name]) => name === 'client_id')).toEqual([['client_id', clientId]]);
}

async function sent() {
  return recorder.take();
}

describe('SSOJet adapter requests', () => {
  it('lists users with GET /api/v1/users?client_id=&limit=, asking one more than the page to learn if another follows', async () => {
    const { emulator, adapter } = setup();
    const first = await adapter.listUsers({ page: { size: 7 } });
    await adapter.listUsers({ page: { size: 7, cursor: first.nextCursor } });
    await adapter.listUsers({ page: { size: 7 } });
    const requests = await sent();
    for (const request of requests) {
      expect(request).toMatchObject({ method: 'GET', path: '/api/v1/users', body: undefined, contentType: null });
      expectCredentials(request, emulator.clientId, emulator.accessToken);
    }
    // The first ask is one page, which either generation answers right; the bare, full answer
    // shows a legacy list, which only a longer ask can tell the end of. Learned, it asks so at once.
    expect(requests.map((r) => r.query)).toEqual([
      [['client_id', emulator.clientId], ['limit', '7']],
      [['client_id', emulator.clientId], ['limit', '8']],
      [['client_id', emulator.clientId], ['limit', '15']],
      [['client_id', emulator.clientId], ['limit', '8']],
    ]);
  });

  it('reads one user with GET /api/v1/users/{userid}', async () => {
    const { emulator, adapter, user } = setup();
    await adapter.getUser(user._id);
    const [request] = await sent();
    expect(request).toMatchObject({ method: 'GET', path: `/api/v1/users/${user._id}`, query: [['client_id', emulator.clientId]], body: undefined });
    expectCredentials(request!, emulator.clientId, emulator.accessToken);
  });

  it('finds a user by email with GET /api/v1/users/{useremail}/email, then reads the full record by the id it answers', async () => {
    const { emulator, adapter, user } = setup();
    const found = await adapter.getUserByEmail(user.email);
    expect(found.id).toBe(user._id);
    const requests = await sent();
    expect(requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', `/api/v1/users/${encodeURIComponent(user.email)}/email`],
      ['GET', `/api/v1/users/${user._id}`],
    ]);
    requests.forEach((r) => expectCredentials(r, emulator.clientId, emulator.accessToken));
  });

  it('creates a user with POST /api/v1/users and exactly { first_name, last_name, email }', async () => {
    const { emulator, adapter } = setup();
    await adapter.createUser({ email: ' new.person@example.com ', givenName: 'New', familyName: 'Person' });
    await adapter.createUser({ email: 'single@example.com', name: 'Mary Ann  van der Berg' });
    const [a, b] = await sent();
    expect(a).toMatchObject({ method: 'POST', path: '/api/v1/users', query: [['client_id', emulator.clientId]], contentType: 'application/json' });
    expect(a!.body).toEqual({ first_name: 'New', last_name: 'Person', email: 'new.person@example.com' });
    expect(b!.body).toEqual({ first_name: 'Mary', last_name: 'Ann van der Berg', email: 'single@example.com' });
    expectCredentials(a!, emulator.clientId, emulator.accessToken);
  });

  it('updates with PUT /api/v1/users/{userid} sending the whole record, because SSOJet replaces it', async () => {
    const { emulator, adapter, user } = setup();
    Object.assign(user, { groups: ['g-1'], raw_attributes: { department: 'Legal', floor: 3 } });
    await adapter.updateUser(user._id, { givenName: 'Renamed', customAttributes: { floor: 4 } });
    const [read, write] = await sent();
    expect(read).toMatchObject({ method: 'GET', path: `/api/v1/users/${user._id}` });
    expect(write).toMatchObject({ method: 'PUT', path: `/api/v1/users/${user._id}`, query: [['client_id', emulator.clientId]], contentType: 'application/json' });
    expect(write!.body).toEqual({
      email: user.email,
      first_name: 'Renamed',
      last_name: user.last_name,
      groups: ['g-1'],
      raw_attributes: { department: 'Legal', floor: 4 },
    });
    expectCredentials(write!, emulator.clientId, emulator.accessToken);
  });

  it('sets email verification with POST /api/v1/users/{userId}/verify and a string "true"/"false"', async () => {
    const { emulator, adapter, user } = setup();
    await adapter.setUserVerified(user._id, { email: true });
    await adapter.setUserVerified(user._id, { email: false });
    const [a, b] = await sent();
    expect(a).toMatchObject({ method: 'POST', path: `/api/v1/users/${user._id}/verify`, query: [['client_id', emulator.clientId]], body: { verification_status: 'true' } });
    expect(b!.body).toEqual({ verification_status: 'false' });
    expectCredentials(a!, emulator.clientId, emulator.accessToken);
  });

  it('deletes with DELETE /api/v1/users/{userid}', async () => {
    const { emulator, adapter, user } = setup();
    await adapter.deleteUser(user._id);
    const [request] = await sent();
    expect(request).toMatchObject({ method: 'DELETE', path: `/api/v1/users/${user._id}`, query: [['client_id', emulator.clientId]], body: undefined });
    expectCredentials(request!, emulator.clientId, emulator.accessToken);
  });

  it('sets roles with PUT /api/v1/users/{userid}/roles and { role_id: [...] }', async () => {
    const { emulator, adapter, user } = setup();
    const [r1, r2] = emulator.state.roles;
    await adapter.setUserRoles(user._id, [r1!.id, r2!.id, r1!.id]);
    const [request] = await sent();
    expect(request).toMatchObject({ method: 'PUT', path: `/api/v1/users/${user._id}/roles`, query: [['client_id', emulator.clientId]], contentType: 'application/json' });
    expect(request!.body).toEqual({ role_id: [r1!.id, r2!.id] });
    expectCredentials(request!, emulator.clientId, emulator.accessToken);
  });

  it('adds a role by reading the user and writing the whole set back', async () => {
    const { emulator, adapter, user } = setup();
    const held = user.roles as string[] | null ?? [];
    const extra = emulator.state.roles.find((r) => !held.includes(r.id))!;
    await adapter.addUserRoles(user._id, [extra.id]);
    const [read, write] = await sent();
    expect(read).toMatchObject({ method: 'GET', path: `/api/v1/users/${user._id}` });
    expect(write).toMatchObject({ method: 'PUT', path: `/api/v1/users/${user._id}/roles`, body: { role_id: [...held, extra.id] } });
  });

  it('reads memberships with GET /api/account/identity/users/{userid}/organizations (outside /api/v1)', async () => {
    const { emulator, adapter, user } = setup();
    await adapter.listUserMemberships(user._id);
    const [request] = await sent();
    expect(request).toMatchObject({ method: 'GET', path: `/api/account/identity/users/${user._id}/organizations`, query: [['client_id', emulator.clientId]] });
    expectCredentials(request!, emulator.clientId, emulator.accessToken);
  });

  it('lists roles with GET /api/v1/roles and GET /api/v1/permissions, and organizations with GET /api/v1/organizations', async () => {
    const { emulator, adapter } = setup();
    await adapter.listRoles();
    await adapter.listOrganizations();
    const requests = await sent();
    expect(requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /api/v1/organizations', 'GET /api/v1/permissions', 'GET /api/v1/roles']);
    for (const request of requests) {
      expect(request.query).toEqual([['client_id', emulator.clientId]]);
      expectCredentials(request, emulator.clientId, emulator.accessToken);
    }
  });

  it('accepts a base URL that already ends in /api/v1 without doubling it', async () => {
    const { emulator, user } = setup();
    const adapter = createSsojetAdapter({ baseUrl: `${emulator.baseUrl}/api/v1/`, clientId: emulator.clientId, getAccessToken: async () => emulator.accessToken });
    await adapter.getUser(user._id);
    await adapter.listUserMemberships(user._id);
    expect((await sent()).map((r) => r.path)).toEqual([`/api/v1/users/${user._id}`, `/api/account/identity/users/${user._id}/organizations`]);
  });

  it('asks getAccessToken for a token on every request, so a refreshed token is used at once', async () => {
    const { emulator, user } = setup();
    const tokens = ['stale-token', emulator.accessToken];
    const adapter = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => tokens.shift()! });
    await expect(adapter.getUser(user._id)).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(adapter.getUser(user._id)).resolves.toMatchObject({ id: user._id });
    expect((await sent()).map((r) => r.authorization)).toEqual(['Bearer stale-token', `Bearer ${emulator.accessToken}`]);
  });
});
