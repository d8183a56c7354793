// @vitest-environment node
// The adapter refuses to start where `window` exists, so this file runs in plain Node.
import { createAuth0Adapter } from '../../../src/adapters/auth0/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { AUTH0_EMULATOR_CLIENT } from '../../../src/testing/emulators/auth0/index.js';
import { DOMAIN, TOKEN, useAuth0Emulator } from './emulatorServer.js';

const { emulator, sent } = useAuth0Emulator();
let adapter: RosterAdapter;

beforeEach(() => {
  adapter = createAuth0Adapter({ domain: DOMAIN, auth: { getToken: () => TOKEN } });
});

const usersCall = async () => (await sent('/api/v2/users'))[0]!;

describe('Auth0 adapter on the wire', () => {
  it('lists users with GET /api/v2/users: Lucene q for search v3, sort, page/per_page with totals, bearer token', async () => {
    const page = await adapter.listUsers({
      search: ' Okafor  an ',
      sort: { field: 'createdAt', direction: 'desc' },
      filter: { status: ['active'], organizationId: 'org_RosterEmu0000002' },
      page: { size: 5, index: 2 },
    });
    const request = await usersCall();
    expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(request.query).toEqual({
      per_page: '5',
      page: '2',
      include_totals: 'true',
      search_engine: 'v3',
      sort: 'created_at:-1',
      q:
        '(name:*Okafor* OR email:*Okafor* OR given_name:*Okafor* OR family_name:*Okafor*) AND (name:an* OR email:an* OR given_name:an* OR family_name:an*)' +
        ' AND NOT blocked:true AND organization_id:"org_RosterEmu0000002"',
    });
    expect(page.total).not.toBeNull();
  });

  it('carries, in a list scoped to an organization, each user’s membership of it with the roles held there', async () => {
    const org = emulator.state.organizations[1]!.id;
    const page = await adapter.listUsers({ filter: { organizationId: org }, page: { size: 5 } });
    expect(page.items.length).toBeGreaterThan(0);
    for (const user of page.items) {
      const member = emulator.state.members[org]!.find((m) => m.userId === user.id)!;
      expect(user.memberships).toHaveLength(1);
      expect(user.memberships![0]!.organization.id).toBe(org);
      expect([...user.memberships![0]!.roleIds].sort()).toEqual([...member.roles].sort());
    }
  });

  it('escapes hostile search text, which Auth0 then takes as plain characters', async () => {
    const hostile = 'x") OR user_id:* OR (name:"';
    const page = await adapter.listUsers({ search: hostile, page: { size: 10 } });
    expect(page).toEqual({ items: [], total: 0, nextCursor: null });
    expect((await usersCall()).query.q).toContain('x\\"\\)');
  });

  it('reads blocked as disabled, sends NOT blocked:true for active, and asks nothing for invited only', async () => {
    const disabled = await adapter.listUsers({ filter: { status: ['disabled'] }, page: { size: 50 } });
    expect((await usersCall()).query.q).toBe('blocked:true');
    expect(disabled.items.length).toBe(emulator.state.users.filter((u) => u.blocked).length);
    expect(disabled.items.every((u) => u.status === 'disabled')).toBe(true);

    expect(await adapter.listUsers({ filter: { status: ['invited'] }, page: { size: 50 } })).toEqual({ items: [], total: 0, nextCursor: null });
    expect(await sent()).toHaveLength(0);
  });

  it('stays inside the 1,000-result window: no cursor past it, invalid_input for a page beyond it', async () => {
    await expect(adapter.listUsers({ page: { size: 100, index: 10 } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.listUsers({ page: { size: 7, index: 142 } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await sent()).toHaveLength(0);
    await expect(adapter.listUsers({ page: { size: 101 } })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('pages from a cursor made at another page size by reading the two pages around it', async () => {
    const first = await adapter.listUsers({ sort: { field: 'email', direction: 'asc' }, page: { size: 6 } });
    const all = await adapter.listUsers({ sort: { field: 'email', direction: 'asc' }, page: { size: 40 } });
    await sent();
    const next = await adapter.listUsers({ sort: { field: 'email', direction: 'asc' }, page: { size: 4, cursor: first.nextCursor } });
    expect(next.items.map((u) => u.id)).toEqual(all.items.slice(6, 10).map((u) => u.id));
    expect((await sent('/api/v2/users')).map((r) => r.query.page)).toEqual(['1', '2']);
  });

  it('fetches each listed user’s tenant roles, and reads roles with their permissions', async () => {
    const { items } = await adapter.listUsers({ page: { size: 3 } });
    for (const user of items) expect(user.roleIds).toEqual(emulator.state.userRoles[user.id]);
    const roles = await adapter.listRoles();
    expect(roles.find((r) => r.name === 'Admin')).toMatchObject({ permissions: expect.arrayContaining(['users:write']), organizationId: null });
  });

  it('deletes only a user that exists: not_found without sending DELETE otherwise', async () => {
    await expect(adapter.deleteUser!('auth0|000000000000000000000000')).rejects.toMatchObject({ code: 'not_found' });
    expect((await sent()).map((r) => r.method)).toEqual(['GET']);
  });

  it('creates a database user with a random password, then grants roles and membership; undoes the create when a grant fails', async () => {
    const role = emulator.state.roles[0]!.id;
    const org = emulator.state.organizations[1]!.id;
    const user = await adapter.createUser!({ email: 'New.Person@roster-wire.example', name: 'New Person', roleIds: [role], organization: { id: org, roleIds: [role] } });
    const [create] = await sent('/api/v2/users');
    expect(create!.body).toMatchObject({ connection: 'Username-Password-Authentication', email: 'New.Person@roster-wire.example', name: 'New Person' });
    expect((create!.body as { password: string }).password).toMatch(/^[A-Za-z0-9]{30,}-Rz7$/);
    expect(emulator.state.userRoles[user.id]).toEqual([role]);
    expect(emulator.state.members[org]!.find((m) => m.userId === user.id)!.roles).toEqual([role]);

    emulator.faults.failNext('POST /organizations/{id}/members', { status: 503 });
    await expect(adapter.createUser!({ email: 'rolled.back@roster-wire.example', organization: { id: org } })).rejects.toMatchObject({ code: 'server', status: 503 });
    expect(emulator.state.users.some((u) => u.email === 'rolled.back@roster-wire.example')).toBe(false);
  });

  it('updates only the fields given (null unsets), and disables with blocked', async () => {
    const target = emulator.state.users.find((u) => !u.blocked && u.given_name)!;
    const updated = await adapter.updateUser!(target.user_id, { familyName: null, customAttributes: { plan: 'gold' } });
    const [patch] = await sent('/api/v2/users/' + target.user_id);
    expect(patch).toMatchObject({ method: 'PATCH', body: { family_name: null, app_metadata: { plan: 'gold' } } });
    expect(updated).toMatchObject({ givenName: target.given_name, familyName: null, customAttributes: { ...target.app_metadata, plan: 'gold' } });
    expect((await adapter.setUserStatus!(target.user_id, 'disabled')).status).toBe('disabled');
    expect(emulator.state.users.find((u) => u.user_id === target.user_id)!.blocked).toBe(true);
  });

  it('gets one token by client credentials and reuses it until it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.UTC(2030, 0, 1));
      const m2m = createAuth0Adapter({ domain: DOMAIN, auth: { clientId: AUTH0_EMULATOR_CLIENT.clientId, clientSecret: AUTH0_EMULATOR_CLIENT.clientSecret } });
      await m2m.listOrganizations();
      await m2m.getOrganization!(emulator.state.organizations[0]!.id);
      expect((await sent('/oauth/token')).length).toBe(1);
      vi.setSystemTime(Date.UTC(2030, 0, 2)); // 24 hours later: the token's lifetime is over
      await m2m.listOrganizations();
      expect((await sent('/oauth/token')).length).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses to start without a usable domain or credentials', () => {
    expect(() => createAuth0Adapter({ domain: 'https://acme.auth0.com/', auth: { getToken: () => TOKEN } })).toThrow(/without https/);
    expect(() => createAuth0Adapter({ domain: 'evil.example/x?', auth: { getToken: () => TOKEN } })).toThrow(TypeError);
    expect(() => createAuth0Adapter({ domain: DOMAIN, auth: {} as never })).toThrow(/getToken/);
  });
});
