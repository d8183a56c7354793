// @vitest-environment node
// Management-key mode refuses to start where `window` exists, so this file runs in plain Node.
import { createDescopeAdapter, descopeBaseUrl } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator, type SentRequest } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();

const AUTHORIZATION = `Bearer ${PROJECT_ID}:${MANAGEMENT_KEY}`;
let adapter: RosterAdapter;

beforeEach(() => {
  adapter = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
});

/** The single request the last call sent, besides the role list it may have loaded. */
async function onlyCall(): Promise<SentRequest> {
  const requests = (await sent()).filter((r) => r.path !== '/v1/mgmt/role/all');
  expect(requests).toHaveLength(1);
  const [request] = requests;
  expect(request!.headers.get('authorization')).toBe(AUTHORIZATION);
  if (request!.body !== undefined) expect(request!.headers.get('content-type')).toBe('application/json');
  return request!;
}

const seeded = (predicate: (u: (typeof emulator.state.users)[number]) => boolean) => {
  const user = emulator.state.users.find(predicate);
  if (!user) throw new Error('no seeded user fits');
  return structuredClone(user);
};
const stored = (userId: string) => emulator.state.users.find((u) => u.userId === userId)!;

describe('Descope adapter on the wire (management key)', () => {
  it('lists users with POST /v2/mgmt/user/search: text, statuses, tenant, sort and page/limit', async () => {
    await adapter.listUsers({
      search: '  okafor ',
      sort: { field: 'createdAt', direction: 'desc' },
      filter: { status: ['active', 'disabled'], organizationId: 'org_002' },
      page: { size: 5, index: 2 },
    });
    expect(await onlyCall()).toMatchObject({
      method: 'POST',
      path: '/v2/mgmt/user/search',
      query: {},
      body: { text: 'okafor', statuses: ['enabled', 'disabled', 'expired'], tenantIds: ['org_002'], sort: [{ field: 'createdTime', desc: true }], page: 2, limit: 5 },
    });
  });

  it('sends project role filters as roleNames and tenant role filters as tenantRoleNames', async () => {
    await adapter.listUsers({ filter: { roleIds: ['Admin', 'Member'] }, page: { size: 10 } });
    expect((await onlyCall()).body).toEqual({ roleNames: ['Admin', 'Member'], page: 0, limit: 10 });

    await adapter.listUsers({ filter: { roleIds: ['tenant/org_001/Approver'] }, page: { size: 10 } });
    expect((await onlyCall()).body).toEqual({ tenantRoleNames: { org_001: { values: ['Approver'] } }, page: 0, limit: 10 });

    await adapter.listUsers({ filter: { organizationId: 'org_001', roleIds: ['Admin', 'tenant/org_001/Approver'] }, page: { size: 10 } });
    expect((await onlyCall()).body).toEqual({ tenantIds: ['org_001'], tenantRoleNames: { org_001: { values: ['Admin', 'Approver'] } }, page: 0, limit: 10 });

    await expect(adapter.listUsers({ filter: { roleIds: ['Admin', 'tenant/org_001/Approver'] }, page: { size: 10 } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.listUsers({ sort: { field: 'status', direction: 'asc' }, page: { size: 10 } })).rejects.toMatchObject({ code: 'unsupported' });
    expect((await sent()).filter((r) => r.path === '/v2/mgmt/user/search')).toHaveLength(0);
  });

  it('pages with the total Descope returns and maps cursors to page numbers', async () => {
    const first = await adapter.listUsers({ page: { size: 15 } });
    expect(first).toMatchObject({ total: 40, nextCursor: expect.any(String) });
    const second = await adapter.listUsers({ page: { size: 15, cursor: first.nextCursor } });
    const third = await adapter.listUsers({ page: { size: 15, cursor: second.nextCursor } });
    expect(third.items).toHaveLength(10);
    expect(third.nextCursor).toBeNull();
    expect((await sent('/v2/mgmt/user/search')).map((r) => r.body)).toEqual([
      { page: 0, limit: 15 },
      { page: 1, limit: 15 },
      { page: 2, limit: 15 },
    ]);
    // A cursor from another page size falls between pages: Descope's `offset` says where.
    await adapter.listUsers({ page: { size: 20, cursor: first.nextCursor } });
    expect((await onlyCall()).body).toEqual({ page: 0, limit: 20, offset: 15 });
  });

  it('maps the Descope record into the neutral user and keeps it in raw', async () => {
    const { userId } = seeded((u) => u.userTenants.some((t) => t.tenantId === 'org_001'));
    stored(userId).userTenants.find((t) => t.tenantId === 'org_001')!.roleNames.push('Approver');
    const record = structuredClone(stored(userId));
    const user = await adapter.getUser(record.userId);
    expect(await onlyCall()).toMatchObject({ method: 'GET', path: '/v1/mgmt/user', query: { userId: record.userId }, body: undefined });
    expect(user).toMatchObject({
      id: record.userId,
      email: record.email,
      name: record.name,
      givenName: record.givenName,
      familyName: record.familyName,
      emailVerified: record.verifiedEmail,
      roleIds: record.roleNames,
      createdAt: new Date(record.createdTime * 1000).toISOString(),
      lastLoginAt: null,
      raw: record,
    });
    const acme = user.memberships!.find((m) => m.organization.id === 'org_001')!;
    expect(acme.organization.name).toBe('Acme Corporation');
    expect(acme.roleIds).toContain('tenant/org_001/Approver');
    // Project roles held inside a tenant keep their project id.
    const projectNames = record.userTenants.find((t) => t.tenantId === 'org_001')!.roleNames.filter((n) => n !== 'Approver' && n !== 'Site lead');
    expect(acme.roleIds).toEqual(expect.arrayContaining(projectNames));
  });

  it('maps every Descope status and empty strings', async () => {
    const record = seeded((u) => u.status === 'enabled');
    const expectations = [['enabled', 'active'], ['invited', 'invited'], ['disabled', 'disabled'], ['expired', 'disabled']] as const;
    for (const [descope, neutral] of expectations) {
      stored(record.userId).status = descope;
      const user = await adapter.getUser(record.userId);
      expect(user.status).toBe(neutral);
      expect((user.raw as { status: string }).status).toBe(descope);
    }
    Object.assign(stored(record.userId), { phone: '', picture: '', name: '' });
    expect(await adapter.getUser(record.userId)).toMatchObject({ phone: null, picture: null, name: null });
  });

  it('loads the role list once and reuses it for later user reads', async () => {
    await adapter.listUsers({ page: { size: 5 } });
    await adapter.getUser(emulator.state.users[0]!.userId);
    await adapter.listUserMemberships(emulator.state.users[1]!.userId);
    const roleLoads = (await sent()).filter((r) => r.path === '/v1/mgmt/role/all');
    expect(roleLoads).toHaveLength(1);
    expect(roleLoads[0]).toMatchObject({ method: 'GET', query: {} });
  });

  it('creates a user with POST /v1/mgmt/user/create', async () => {
    const user = await adapter.createUser!({
      email: 'new.person@roster-wire.example',
      name: 'New Person',
      givenName: 'New',
      familyName: 'Person',
      phone: '+15550001111',
      roleIds: ['Viewer'],
      invite: true,
      customAttributes: { department: 'Sales' },
    });
    expect(await onlyCall()).toMatchObject({
      method: 'POST',
      path: '/v1/mgmt/user/create',
      body: {
        loginId: 'new.person@roster-wire.example',
        email: 'new.person@roster-wire.example',
        displayName: 'New Person',
        givenName: 'New',
        familyName: 'Person',
        phone: '+15550001111',
        roleNames: ['Viewer'],
        invite: true,
        customAttributes: { department: 'Sales' },
      },
    });
    expect(user).toMatchObject({ email: 'new.person@roster-wire.example', name: 'New Person', status: 'invited', roleIds: ['Viewer'] });
    await expect(adapter.createUser!({ email: 'new.person@roster-wire.example' })).rejects.toMatchObject({ code: 'conflict', status: 400 });
  });

  it('updates with PATCH /v1/mgmt/user/patch, sending only the given fields so the rest survive', async () => {
    const record = seeded((u) => u.phone !== '' && Object.keys(u.customAttributes).length > 0);
    const user = await adapter.updateUser!(record.userId, { name: 'Only The Name', customAttributes: { team: 'Blue' } });
    expect(await onlyCall()).toEqual(
      expect.objectContaining({ method: 'PATCH', path: '/v1/mgmt/user/patch', body: { loginId: record.userId, displayName: 'Only The Name', customAttributes: { team: 'Blue' } } }),
    );
    expect(user.name).toBe('Only The Name');
    expect(stored(record.userId)).toMatchObject({
      name: 'Only The Name',
      email: record.email,
      phone: record.phone,
      givenName: record.givenName,
      roleNames: record.roleNames,
      userTenants: record.userTenants,
      customAttributes: { ...record.customAttributes, team: 'Blue' },
    });
    await adapter.updateUser!(record.userId, { phone: null });
    expect((await onlyCall()).body).toEqual({ loginId: record.userId, phone: '' });
  });

  it('deletes with POST /v1/mgmt/user/delete by userId', async () => {
    const { userId } = emulator.state.users[3]!;
    await adapter.deleteUser!(userId);
    expect(await onlyCall()).toMatchObject({ method: 'POST', path: '/v1/mgmt/user/delete', body: { userId } });
    expect(stored(userId)).toBeUndefined();
  });

  it('enables and disables with POST /v1/mgmt/user/update/status', async () => {
    const { userId } = seeded((u) => u.status === 'enabled');
    expect((await adapter.setUserStatus!(userId, 'disabled')).status).toBe('disabled');
    expect(await onlyCall()).toMatchObject({ method: 'POST', path: '/v1/mgmt/user/update/status', body: { loginId: userId, status: 'disabled' } });
    expect((await adapter.setUserStatus!(userId, 'active')).status).toBe('active');
    expect((await onlyCall()).body).toEqual({ loginId: userId, status: 'enabled' });
  });

  it('changes project roles with role/add (v2), role/remove and role/set', async () => {
    const { userId } = emulator.state.users[0]!;
    await adapter.addUserRoles!(userId, ['Auditor']);
    expect(await onlyCall()).toMatchObject({ method: 'POST', path: '/v2/mgmt/user/update/role/add', body: { loginId: userId, roleNames: ['Auditor'] } });
    await adapter.removeUserRoles!(userId, ['Auditor']);
    expect(await onlyCall()).toMatchObject({ path: '/v1/mgmt/user/update/role/remove', body: { loginId: userId, roleNames: ['Auditor'] } });
    await adapter.setUserRoles!(userId, ['Owner']);
    expect(await onlyCall()).toMatchObject({ path: '/v1/mgmt/user/update/role/set', body: { loginId: userId, roleNames: ['Owner'] } });
    await adapter.setUserRoles!(userId, []);
    expect((await onlyCall()).body).toEqual({ loginId: userId, roleNames: [] });
    expect(stored(userId).roleNames).toEqual([]);
  });

  it('changes tenant roles with the same calls plus tenantId', async () => {
    const { userId } = seeded((u) => u.userTenants.some((t) => t.tenantId === 'org_001'));
    await adapter.addUserRoles!(userId, ['tenant/org_001/Site%20lead', 'Viewer'], { organizationId: 'org_001' });
    expect((await onlyCall()).body).toEqual({ loginId: userId, tenantId: 'org_001', roleNames: ['Site lead', 'Viewer'] });
    await adapter.removeUserRoles!(userId, ['tenant/org_001/Site%20lead'], { organizationId: 'org_001' });
    expect((await onlyCall()).body).toEqual({ loginId: userId, tenantId: 'org_001', roleNames: ['Site lead'] });
    await adapter.setUserRoles!(userId, ['tenant/org_001/Approver'], { organizationId: 'org_001' });
    expect(await onlyCall()).toMatchObject({ path: '/v1/mgmt/user/update/role/set', body: { loginId: userId, tenantId: 'org_001', roleNames: ['Approver'] } });
  });

  it('adds to a tenant with tenant/add then role/add, and removes with tenant/remove', async () => {
    const { userId } = seeded((u) => !u.userTenants.some((t) => t.tenantId === 'org_004'));
    await adapter.addUserMembership!(userId, 'org_004', { roleIds: ['tenant/org_004/Approver'] });
    const [join, grant, ...rest] = (await sent()).filter((r) => r.path !== '/v1/mgmt/role/all');
    expect(rest).toHaveLength(0);
    expect(join).toMatchObject({ method: 'POST', path: '/v1/mgmt/user/update/tenant/add', body: { loginId: userId, tenantId: 'org_004' } });
    expect(grant).toMatchObject({ method: 'POST', path: '/v2/mgmt/user/update/role/add', body: { loginId: userId, tenantId: 'org_004', roleNames: ['Approver'] } });
    expect(stored(userId).userTenants.find((t) => t.tenantId === 'org_004')).toEqual({ tenantId: 'org_004', tenantName: 'Umbrella Health', roleNames: ['Approver'] });

    await adapter.addUserMembership!(userId, 'org_005');
    expect(await onlyCall()).toMatchObject({ path: '/v1/mgmt/user/update/tenant/add', body: { loginId: userId, tenantId: 'org_005' } });

    await adapter.removeUserMembership!(userId, 'org_004');
    expect(await onlyCall()).toMatchObject({ method: 'POST', path: '/v1/mgmt/user/update/tenant/remove', body: { loginId: userId, tenantId: 'org_004' } });
    expect(stored(userId).userTenants.map((t) => t.tenantId)).not.toContain('org_004');
  });

  it('lists roles from GET /v1/mgmt/role/all: project roles, plus one tenant’s own on request', async () => {
    const project = await adapter.listRoles();
    const [load, ...others] = await sent();
    expect(others).toHaveLength(0);
    expect(load).toMatchObject({ method: 'GET', path: '/v1/mgmt/role/all', query: {}, body: undefined });
    expect(load!.headers.get('authorization')).toBe(AUTHORIZATION);
    expect(project.map((r) => r.id)).toEqual(['Owner', 'Admin', 'Member', 'Viewer', 'Billing manager', 'Support agent', 'Auditor', 'Developer']);
    expect(project[1]).toEqual({ id: 'Admin', name: 'Admin', description: 'Manages users, roles and settings.', permissions: ['users:read', 'users:write', 'users:delete', 'roles:manage', 'settings:manage'], organizationId: null });

    const acme = await adapter.listRoles({ organizationId: 'org_001' });
    expect(acme.filter((r) => r.organizationId)).toEqual([
      { id: 'tenant/org_001/Approver', name: 'Approver', description: 'Approves purchases at Acme Corporation.', permissions: ['purchases:approve'], organizationId: 'org_001' },
      { id: 'tenant/org_001/Site%20lead', name: 'Site lead', description: 'Leads a site of Acme Corporation.', permissions: ['sites:manage', 'users:read'], organizationId: 'org_001' },
    ]);
    expect(acme.filter((r) => !r.organizationId)).toHaveLength(8);
  });

  it('lists organizations from GET /v1/mgmt/tenant/all, searched and paged on the client', async () => {
    const page = await adapter.listOrganizations({ page: { size: 5 } });
    expect(await onlyCall()).toMatchObject({ method: 'GET', path: '/v1/mgmt/tenant/all', query: {} });
    expect(page.total).toBe(12);
    expect(page.items[0]).toMatchObject({ id: 'org_001', name: 'Acme Corporation', domains: ['acmecorporation.example'] });
    const next = await adapter.listOrganizations({ page: { size: 5, cursor: page.nextCursor } });
    expect(next.items[0]!.id).toBe('org_006');
    expect((await adapter.listOrganizations({ search: 'GLOBEX' })).items.map((o) => o.name)).toEqual(['Globex']);
  });

  it('defaults to the regional host for long project ids, as the SDKs do', () => {
    expect(descopeBaseUrl('P2short')).toBe('https://api.descope.com');
    expect(descopeBaseUrl('Puse12ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe('https://api.use1.descope.com');
  });
});
