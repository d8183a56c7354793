/**
 * Descope's official Node SDK, pointed at the emulator. The SDK calls `globalThis.fetch` (its
 * cross-fetch fallback is only for runtimes without one), which MSW's Node server intercepts, so
 * this runs in the default jsdom environment.
 */
import DescopeClient from '@descope/node-sdk';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();

function client(managementKey = MANAGEMENT_KEY) {
  return DescopeClient({ projectId: PROJECT_ID, managementKey, baseUrl: emulator.baseUrl });
}

/** Tenants that define roles of their own (every third organization of the generated directory). */
const TENANTS_WITH_ROLES = ['org_001', 'org_004', 'org_007', 'org_010'];

/** A seeded user in org_001 and in another tenant that defines no roles of its own. */
function memberOfTwoTenants() {
  const user = emulator.state.users.find(
    (u) => u.userTenants.some((t) => t.tenantId === 'org_001') && u.userTenants.some((t) => !TENANTS_WITH_ROLES.includes(t.tenantId)),
  );
  if (!user) throw new Error('the seeded directory should hold a user in org_001 and another tenant');
  return structuredClone(user);
}

const stored = (userId: string) => emulator.state.users.find((u) => u.userId === userId);

describe('@descope/node-sdk against the Descope emulator', () => {
  it('searches users (searchAll and search) with filters, paging and totals', async () => {
    const sdk = client();
    const all = await sdk.management.user.searchAll();
    expect(all.ok).toBe(true);
    expect(all.data).toHaveLength(40);
    expect(all.data![0]).toMatchObject({ userId: emulator.state.users[0]!.userId, loginIds: emulator.state.users[0]!.loginIds });

    const members = await sdk.management.user.searchAll(['org_002'], undefined, 5, 0, undefined, undefined, undefined, ['enabled']);
    expect(members.ok).toBe(true);
    expect(members.data!.length).toBeGreaterThan(0);
    expect(members.data!.length).toBeLessThanOrEqual(5);
    for (const u of members.data!) {
      expect(u.status).toBe('enabled');
      expect(u.userTenants!.map((t) => t.tenantId)).toContain('org_002');
    }

    const page = await sdk.management.user.search({ text: 'example', limit: 7, page: 1, sort: [{ field: 'email', desc: true }] });
    expect(page.ok).toBe(true);
    expect(page.data!.total).toBe(40);
    expect(page.data!.users).toHaveLength(7);
    const emails = page.data!.users.map((u) => u.email);
    expect([...emails].sort().reverse()).toEqual(emails);
    const [request] = await sent('/v2/mgmt/user/search').then((r) => r.slice(-1));
    expect(request!.headers.get('authorization')).toBe(`Bearer ${PROJECT_ID}:${MANAGEMENT_KEY}`);
  });

  it('creates, loads by login id and by user id, patches and deletes a user', async () => {
    const sdk = client();
    const created = await sdk.management.user.create('sdk.person@roster-sdk.example', {
      email: 'sdk.person@roster-sdk.example',
      displayName: 'Sdk Person',
      givenName: 'Sdk',
      familyName: 'Person',
      roles: ['Member'],
      userTenants: [{ tenantId: 'org_001', roleNames: ['Approver'] }],
      customAttributes: { department: 'Legal' },
    });
    expect(created.ok).toBe(true);
    const user = created.data!;
    expect(user.userId).toMatch(/^U2[A-Za-z0-9]{24}$/);
    expect(user).toMatchObject({
      loginIds: ['sdk.person@roster-sdk.example'],
      email: 'sdk.person@roster-sdk.example',
      name: 'Sdk Person',
      givenName: 'Sdk',
      familyName: 'Person',
      roleNames: ['Member'],
      userTenants: [{ tenantId: 'org_001', tenantName: 'Acme Corporation', roleNames: ['Approver'] }],
      status: 'enabled',
      customAttributes: { department: 'Legal' },
    });
    expect(Number.isInteger(user.createdTime)).toBe(true);
    expect(Math.abs(user.createdTime - Date.now() / 1000)).toBeLessThan(60);

    const byLogin = await sdk.management.user.load('sdk.person@roster-sdk.example');
    expect(byLogin.ok).toBe(true);
    expect(byLogin.data!.userId).toBe(user.userId);
    const byId = await sdk.management.user.loadByUserId(user.userId);
    expect(byId.data!.email).toBe('sdk.person@roster-sdk.example');

    const patched = await sdk.management.user.patch(user.userId, { displayName: 'Renamed Person' });
    expect(patched.ok).toBe(true);
    expect(patched.data).toMatchObject({ name: 'Renamed Person', givenName: 'Sdk', email: 'sdk.person@roster-sdk.example', roleNames: ['Member'] });
    const [patch] = await sent('/v1/mgmt/user/patch');
    expect(patch).toMatchObject({ method: 'PATCH', body: { loginId: user.userId, displayName: 'Renamed Person' } });

    const duplicate = await sdk.management.user.create('sdk.person@roster-sdk.example', { email: 'sdk.person@roster-sdk.example' });
    expect(duplicate.ok).toBe(false);
    expect(duplicate.error).toMatchObject({ errorCode: 'E062107' });

    const deleted = await sdk.management.user.delete(user.userId);
    expect(deleted.ok).toBe(true);
    const gone = await sdk.management.user.loadByUserId(user.userId);
    expect(gone.ok).toBe(false);
    expect(gone.code).toBe(400);
    expect(gone.error).toMatchObject({ errorCode: 'E112102', errorDescription: 'User not found' });
  });

  it('deactivates and activates a user', async () => {
    const sdk = client();
    const { userId } = emulator.state.users.find((u) => u.status === 'enabled')!;
    const off = await sdk.management.user.deactivate(userId);
    expect(off.ok).toBe(true);
    expect(off.data!.status).toBe('disabled');
    expect(stored(userId)!.status).toBe('disabled');
    const on = await sdk.management.user.activate(userId);
    expect(on.data!.status).toBe('enabled');
    expect(stored(userId)!.status).toBe('enabled');
  });

  it('adds, removes and sets project roles', async () => {
    const sdk = client();
    const { userId, roleNames } = emulator.state.users.find((u) => !u.roleNames.includes('Auditor'))!;
    const added = await sdk.management.user.addRoles(userId, ['Auditor']);
    expect(added.ok).toBe(true);
    expect(added.data!.roleNames).toEqual([...roleNames, 'Auditor']);
    const removed = await sdk.management.user.removeRoles(userId, ['Auditor']);
    expect(removed.data!.roleNames).toEqual(roleNames);
    const set = await sdk.management.user.setRoles(userId, ['Viewer', 'Developer']);
    expect(set.data!.roleNames).toEqual(['Viewer', 'Developer']);
    expect(stored(userId)!.roleNames).toEqual(['Viewer', 'Developer']);
    expect((await sent('/v2/mgmt/user/update/role/add'))[0]!.body).toEqual({ loginId: userId, roleNames: ['Auditor'] });

    const unknownRole = await sdk.management.user.addRoles(userId, ['No Such Role']);
    expect(unknownRole.ok).toBe(false);
    expect(unknownRole.code).toBe(400);
  });

  it('adds, removes and sets tenant roles in that tenant only, and removes a tenant', async () => {
    const sdk = client();
    const user = memberOfTwoTenants();
    const other = user.userTenants.find((t) => !TENANTS_WITH_ROLES.includes(t.tenantId))!;
    const before = user.userTenants.find((t) => t.tenantId === 'org_001')!.roleNames;
    const extra = before.includes('Site lead') ? 'Approver' : 'Site lead';

    const added = await sdk.management.user.addTenantRoles(user.userId, 'org_001', [extra]);
    expect(added.ok).toBe(true);
    expect(added.data!.userTenants!.find((t) => t.tenantId === 'org_001')!.roleNames).toEqual([...before, extra]);
    expect(added.data!.userTenants!.find((t) => t.tenantId === other.tenantId)!.roleNames).toEqual(other.roleNames);
    expect(added.data!.roleNames).toEqual(user.roleNames);

    const removed = await sdk.management.user.removeTenantRoles(user.userId, 'org_001', [extra]);
    expect(removed.data!.userTenants!.find((t) => t.tenantId === 'org_001')!.roleNames).toEqual(before);

    const set = await sdk.management.user.setTenantRoles(user.userId, 'org_001', ['Approver', 'Admin']);
    expect(set.data!.userTenants!.find((t) => t.tenantId === 'org_001')!.roleNames).toEqual(['Approver', 'Admin']);
    expect(stored(user.userId)!.userTenants.find((t) => t.tenantId === other.tenantId)!.roleNames).toEqual(other.roleNames);

    // "Approver" is a role of org_001 (and a few others), not of this tenant.
    const elsewhere = await sdk.management.user.addTenantRoles(user.userId, other.tenantId, ['Approver']);
    expect(elsewhere.ok).toBe(false);
    expect(elsewhere.code).toBe(400);

    const left = await sdk.management.user.removeTenant(user.userId, 'org_001');
    expect(left.ok).toBe(true);
    expect(left.data!.userTenants!.map((t) => t.tenantId)).not.toContain('org_001');
    expect(stored(user.userId)!.userTenants.map((t) => t.tenantId)).toEqual(user.userTenants.map((t) => t.tenantId).filter((id) => id !== 'org_001'));
  });

  it('loads all roles, tenant-scoped ones with their tenantId, and all tenants', async () => {
    const sdk = client();
    const roles = await sdk.management.role.loadAll();
    expect(roles.ok).toBe(true);
    expect(roles.data).toContainEqual(expect.objectContaining({ name: 'Admin', permissionNames: expect.arrayContaining(['users:write']) }));
    expect(roles.data!.find((r) => r.name === 'Admin')!.tenantId).toBeUndefined();
    const approvers = roles.data!.filter((r) => r.name === 'Approver').map((r) => r.tenantId);
    expect(approvers).toEqual(TENANTS_WITH_ROLES);
    expect(roles.data!.every((r) => Number.isInteger(r.createdTime))).toBe(true);

    const tenants = await sdk.management.tenant.loadAll();
    expect(tenants.ok).toBe(true);
    expect(tenants.data).toHaveLength(12);
    expect(tenants.data![0]).toMatchObject({ id: 'org_001', name: 'Acme Corporation', selfProvisioningDomains: ['acmecorporation.example'] });
  });

  it('is refused with a wrong management key, and reads Retry-After on a 429', async () => {
    const denied = await client('not-the-key').management.role.loadAll();
    expect(denied.ok).toBe(false);
    expect(denied.code).toBe(401);
    expect(denied.error).toMatchObject({ errorDescription: 'Unauthorized' });

    emulator.faults.failNext('/v1/mgmt/tenant/all', { status: 429, retryAfterSeconds: 42 });
    const limited = await client().management.tenant.loadAll();
    expect(limited.ok).toBe(false);
    expect(limited.code).toBe(429);
    expect(limited.error).toMatchObject({ errorCode: 'E130429', retryAfter: 42 });
  });
});
