// @vitest-environment node
// Management-key mode refuses to start where `window` exists, so this file runs in plain Node.
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();
let adapter: RosterAdapter;

beforeEach(() => {
  adapter = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
});

const stored = (userId: string) => emulator.state.users.find((u) => u.userId === userId)!;

/** A user in org_001 and in org_004: both tenants define a role named "Approver". */
function memberOfBothApproverTenants() {
  const user = emulator.state.users.find((u) => u.userTenants.some((t) => t.tenantId === 'org_001'))!;
  if (!user.userTenants.some((t) => t.tenantId === 'org_004')) {
    user.userTenants.push({ tenantId: 'org_004', tenantName: 'Umbrella Health', roleNames: ['Member'] });
  }
  return structuredClone(user);
}

describe('tenant-scoped roles (management key)', () => {
  it('gives same-named roles of different tenants different ids', async () => {
    const acme = await adapter.listRoles({ organizationId: 'org_001' });
    const umbrella = await adapter.listRoles({ organizationId: 'org_004' });
    const acmeApprover = acme.find((r) => r.name === 'Approver')!;
    const umbrellaApprover = umbrella.find((r) => r.name === 'Approver')!;
    expect(acmeApprover).toMatchObject({ id: 'tenant/org_001/Approver', organizationId: 'org_001' });
    expect(umbrellaApprover).toMatchObject({ id: 'tenant/org_004/Approver', organizationId: 'org_004' });
    expect(acme.map((r) => r.id)).not.toContain(umbrellaApprover.id);
  });

  it('adds, removes and sets a tenant role in its tenant and nowhere else', async () => {
    const before = memberOfBothApproverTenants();
    const { userId } = before;
    const heldIn = (tenantId: string) => stored(userId).userTenants.find((t) => t.tenantId === tenantId)!.roleNames;
    const unchangedElsewhere = () => {
      expect(stored(userId).roleNames).toEqual(before.roleNames);
      for (const t of before.userTenants.filter((t) => t.tenantId !== 'org_001')) expect(heldIn(t.tenantId)).toEqual(t.roleNames);
    };
    const acmeBefore = before.userTenants.find((t) => t.tenantId === 'org_001')!.roleNames.filter((n) => n !== 'Approver');
    heldIn('org_001').splice(0, Infinity, ...acmeBefore);

    await adapter.addUserRoles!(userId, ['tenant/org_001/Approver'], { organizationId: 'org_001' });
    expect(heldIn('org_001')).toEqual([...acmeBefore, 'Approver']);
    unchangedElsewhere();
    const membership = (await adapter.listUserMemberships(userId)).find((m) => m.organization.id === 'org_001')!;
    expect(membership.roleIds).toContain('tenant/org_001/Approver');
    expect((await adapter.listUserMemberships(userId)).find((m) => m.organization.id === 'org_004')!.roleIds).not.toContain('tenant/org_004/Approver');

    await adapter.removeUserRoles!(userId, ['tenant/org_001/Approver'], { organizationId: 'org_001' });
    expect(heldIn('org_001')).toEqual(acmeBefore);
    unchangedElsewhere();

    await adapter.setUserRoles!(userId, ['tenant/org_001/Site%20lead', 'Admin'], { organizationId: 'org_001' });
    expect(heldIn('org_001')).toEqual(['Site lead', 'Admin']);
    unchangedElsewhere();
  });

  it('refuses, before sending anything, a tenant role used in another tenant or project-wide', async () => {
    const { userId } = memberOfBothApproverTenants();
    await sent();
    await expect(adapter.addUserRoles!(userId, ['tenant/org_001/Approver'], { organizationId: 'org_004' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.setUserRoles!(userId, ['tenant/org_001/Approver'])).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.addUserMembership!(userId, 'org_002', { roleIds: ['tenant/org_001/Approver'] })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await sent()).toEqual([]);
  });

  it('rejects a role the tenant does not define, as Descope does', async () => {
    const { userId } = memberOfBothApproverTenants();
    // org_002 defines no roles; "Approver" there is neither a project role nor its own.
    if (!stored(userId).userTenants.some((t) => t.tenantId === 'org_002')) stored(userId).userTenants.push({ tenantId: 'org_002', tenantName: 'Globex', roleNames: [] });
    const held = () => stored(userId).userTenants.find((t) => t.tenantId === 'org_002')!.roleNames;
    const before = [...held()];
    await expect(adapter.addUserRoles!(userId, ['Approver'], { organizationId: 'org_002' })).rejects.toMatchObject({ code: 'invalid_input', status: 400 });
    expect(held()).toEqual(before);
  });
});
