/**
 * The emulator's role, permission and organization routes, spoken to with plain fetch: strict to
 * the documented wire (required fields, unknown ids, SSOJet's error answers), and doing to the
 * directory what SSOJet would (a deleted role leaves its holders, a deleted organization its members).
 */
import { createSsojetEmulator, SSOJET_EMULATOR_ACCESS_TOKEN, SSOJET_EMULATOR_CLIENT_ID, type SsojetEmulatorOptions } from '../../../src/testing/emulators/ssojet/index.js';
import { server, useSsojetServer } from './harness.js';

useSsojetServer();

const BASE = 'https://api.ssojet.com';
const UNKNOWN = 'ffffffffffffffffffffffff';

function start(options: SsojetEmulatorOptions = {}) {
  const emulator = createSsojetEmulator(options);
  server.resetHandlers(...emulator.handlers);
  return emulator;
}

function call(method: string, path: string, body?: unknown, clientId: string | null = SSOJET_EMULATOR_CLIENT_ID) {
  const url = new URL(`${BASE}${path}`);
  if (clientId) url.searchParams.set('client_id', clientId);
  const headers: Record<string, string> = { authorization: `Bearer ${SSOJET_EMULATOR_ACCESS_TOKEN}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function expectRefusal(response: Response, status: number, text: RegExp) {
  expect(response.status).toBe(status);
  expect(await response.text()).toMatch(text);
}

describe('SSOJet emulator: roles', () => {
  it('Create New Role requires name, slug and description, and answers the whole role list', async () => {
    const emulator = start();
    const before = emulator.state.roles.length;
    await expectRefusal(await call('POST', '/api/v1/roles', { name: 'X', slug: 'x' }), 400, /^400 Bad Request: description is required\.$/);
    await expectRefusal(await call('POST', '/api/v1/roles', { name: '  ', slug: 'x', description: '' }), 400, /name is required/);
    await expectRefusal(await call('POST', '/api/v1/roles', 'not an object'), 400, /JSON object/);
    const response = await call('POST', '/api/v1/roles', { name: 'Auditor Two', slug: 'auditor-two', description: '' });
    expect(response.status).toBe(200);
    const list = await response.json();
    expect(list).toHaveLength(before + 1);
    expect(list.at(-1)).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), name: 'Auditor Two', slug: 'auditor-two', description: '', permission_id: null, is_deleted: false, is_active: true });
  });

  it('stores a duplicate name (the docs say nothing against it) but refuses a duplicate slug with 409', async () => {
    const emulator = start();
    const [role] = emulator.state.roles;
    expect((await call('POST', '/api/v1/roles', { name: role!.name, slug: 'another-slug', description: '' })).status).toBe(200);
    await expectRefusal(await call('POST', '/api/v1/roles', { name: 'Fresh', slug: role!.slug, description: '' }), 409, /^409 Conflict: .*slug/);
    expect(emulator.state.roles.filter((r) => r.name === role!.name)).toHaveLength(2);
  });

  it('Update Existing Role requires every field, permission_id naming known permissions; unknown role → 404', async () => {
    const emulator = start({ api: 'current' });
    const [role] = emulator.state.roles;
    const [permission] = emulator.state.permissions;
    const full = { name: 'Renamed', slug: role!.slug, description: 'd', permission_id: [permission!.id] };
    expect(await (await call('PUT', `/api/v1/roles/${role!.id}`, { ...full, permission_id: undefined })).json()).toEqual({ error: 400, error_code: 'invalid_request', error_description: 'permission_id is required.' });
    expect((await call('PUT', `/api/v1/roles/${role!.id}`, { ...full, permission_id: [UNKNOWN] })).status).toBe(400);
    expect((await call('PUT', `/api/v1/roles/${UNKNOWN}`, full)).status).toBe(404);
    const response = await call('PUT', `/api/v1/roles/${role!.id}`, full);
    expect((await response.json()).find((r: { id: string }) => r.id === role!.id)).toMatchObject({ name: 'Renamed', description: 'd', permission_id: [permission!.id] });
  });

  it('deleting a role (inferred path) marks it deleted and takes it from every user and membership', async () => {
    const emulator = start();
    const [role] = emulator.state.roles;
    const [user] = emulator.state.users.values();
    user!.roles = [role!.id];
    emulator.state.memberships.set(user!._id, [{ organizationId: emulator.state.organizations[0]!.id, roleIds: [role!.id], status: 'active' }]);
    expect(await (await call('DELETE', `/api/v1/roles/${role!.id}`)).json()).toEqual({ success: true });
    expect(emulator.state.roles[0]).toMatchObject({ id: role!.id, is_deleted: true, is_active: false });
    expect(user!.roles).toBeNull();
    const organizations = await (await call('GET', `/api/account/identity/users/${user!._id}/organizations`)).json();
    expect(organizations.organizations[0].roles).toEqual([]);
    expect((await call('DELETE', `/api/v1/roles/${role!.id}`)).status).toBe(404);
    expect((await call('PUT', `/api/v1/users/${user!._id}/roles`, { role_id: [role!.id] })).status).toBe(400);
  });
});

describe('SSOJet emulator: permissions', () => {
  it('creates (current docs, 201), updates (every field) and deletes (inferred) a permission; roles follow', async () => {
    const emulator = start();
    const created = await call('POST', '/api/v1/permissions', { name: 'reports:read', description: 'Read', is_active: true, is_default: false });
    expect(created.status).toBe(201);
    const permission = await created.json();
    expect(permission).toMatchObject({ name: 'reports:read', slug: 'reports-read', description: 'Read', is_active: true, is_default: false });
    const role = emulator.state.roles[0]!;
    role.permission_id = [permission.id];
    await expectRefusal(await call('PUT', `/api/v1/permissions/${permission.id}`, { name: 'x', description: '' }), 400, /slug is required/);
    const updated = await call('PUT', `/api/v1/permissions/${permission.id}`, { name: 'reports:view', slug: 'reports-read', description: '' });
    expect(await updated.json()).toEqual({ ...permission, name: 'reports:view', description: '' });
    expect((await call('PUT', `/api/v1/permissions/${UNKNOWN}`, { name: 'x', slug: 'x', description: '' })).status).toBe(404);
    expect(await (await call('DELETE', `/api/v1/permissions/${permission.id}`)).json()).toEqual({ success: true });
    expect(role.permission_id).toBeNull();
    expect((await call('DELETE', `/api/v1/permissions/${permission.id}`)).status).toBe(404);
  });
});

describe('SSOJet emulator: organizations', () => {
  it('Add New Organization takes either spelling of the domain list and answers as its example does', async () => {
    const emulator = start();
    await expectRefusal(await call('POST', '/api/v1/organization', { WhiteListDomains: [] }), 400, /Name is required/);
    await expectRefusal(await call('POST', '/api/v1/organization', { Name: 'A', WhiteListDomains: 'a.com' }), 400, /WhiteListDomains must be an array/);
    const answer = await (await call('POST', '/api/v1/organization', { Name: 'Acme', WhiteListDomains: ['acme.com'], AllowProfilesOutsideOrganization: true })).json();
    expect(answer).toEqual({ id: expect.any(String), name: 'Acme', WhiteListDomain: ['acme.com'], allow_profiles_outside_organization: true, domain: '', WorkspaceName: '', is_active: true });
    await call('POST', '/api/v1/organization', { Name: 'Beta', WhiteListDomain: ['beta.com'] });
    expect(emulator.definitions().organizations.slice(-2)).toEqual([
      { id: answer.id, name: 'Acme', domains: ['acme.com'], memberIds: [] },
      { id: expect.any(String), name: 'Beta', domains: ['beta.com'], memberIds: [] },
    ]);
    // Inferred Get Organization.
    expect(await (await call('GET', `/api/v1/organization/${answer.id}`)).json()).toMatchObject({ id: answer.id, name: 'Acme' });
    expect((await call('GET', `/api/v1/organization/${UNKNOWN}`)).status).toBe(404);
  });

  it('updates at /api/account/organization/{id}, and deleting there ends every membership in it', async () => {
    const emulator = start();
    const organization = emulator.state.organizations[0]!;
    const members = emulator.definitions().organizations[0]!.memberIds;
    expect(members.length).toBeGreaterThan(0);
    const updated = await (await call('PUT', `/api/account/organization/${organization.id}`, { Name: 'Renamed', WhiteListDomains: ['renamed.com'], AllowProfilesOutsideOrganization: false })).json();
    expect(updated).toMatchObject({ id: organization.id, name: 'Renamed', WhiteListDomains: ['renamed.com'] });
    expect((await call('PUT', `/api/account/organization/${UNKNOWN}`, { Name: 'X' })).status).toBe(404);
    expect(await (await call('DELETE', `/api/account/organization/${organization.id}`)).json()).toEqual({ success: true });
    for (const userId of members) {
      expect(emulator.state.users.has(userId)).toBe(true);
      expect(emulator.state.memberships.get(userId)!.some((m) => m.organizationId === organization.id)).toBe(false);
    }
    expect((await call('DELETE', `/api/account/organization/${organization.id}`)).status).toBe(404);
  });
});

describe('SSOJet emulator: the new routes share auth and faults', () => {
  it('requires the client id, and an injected 429 (Retry-After) or 500 changes nothing', async () => {
    const emulator = start();
    expect((await call('POST', '/api/v1/roles', { name: 'A', slug: 'a', description: '' }, null)).status).toBe(401);
    emulator.faults.failNext('createRole', { status: 429, retryAfterSeconds: 4 });
    const limited = await call('POST', '/api/v1/roles', { name: 'A', slug: 'a', description: '' });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '4']);
    emulator.faults.failNext('deleteOrganization', { status: 500 });
    const organization = emulator.state.organizations[0]!;
    expect((await call('DELETE', `/api/account/organization/${organization.id}`)).status).toBe(500);
    expect(emulator.state.roles.some((r) => r.slug === 'a')).toBe(false);
    expect(emulator.state.organizations).toContain(organization);
  });
});
