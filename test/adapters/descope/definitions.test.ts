// @vitest-environment node
// Management-key mode refuses to start where `window` exists, so this file runs in plain Node.
/**
 * What managing definitions does to Descope's own data (the emulator's state, read past the
 * adapter), where Descope's API makes it easy to get wrong: updates that replace every field,
 * names that are ids, and users and roles that name roles and permissions by name.
 */
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import { rejectionOf } from '../../helpers/rejection.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();
let adapter: RosterAdapter;
beforeEach(() => {
  adapter = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
});

const role = (name: string, tenantId?: string) => emulator.state.roles.find((r) => r.name === name && (r.tenantId || undefined) === tenantId);
const writes = async () => (await sent()).filter((r) => r.method !== 'GET');
const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);

describe('Descope roles, permissions and tenants (management key)', () => {
  it('declares every kind of management', () => {
    expect(adapter.capabilities.manage).toEqual({ projectRoles: true, organizationRoles: true, permissions: true, organizations: true });
  });

  it('a partial role change keeps the rest, though Descope’s update replaces every field', async () => {
    const before = structuredClone(role('Developer')!);
    const changed = await adapter.updateRole!('Developer', { description: 'Ships code.' });
    expect(changed).toEqual({ id: 'Developer', name: 'Developer', description: 'Ships code.', permissions: before.permissionNames, organizationId: null });
    expect(role('Developer')).toMatchObject({ description: 'Ships code.', permissionNames: before.permissionNames });
    await adapter.updateRole!('Developer', { permissions: ['users:read'] });
    expect(role('Developer')).toMatchObject({ description: 'Ships code.', permissionNames: ['users:read'] });
  });

  it('a rename gives the role a new id; users holding it hold it under the new name', async () => {
    const holder = emulator.state.users.find((u) => u.roleNames.includes('Viewer'))!;
    // A member of a tenant that has no "Viewer" of its own holds the project's there.
    const member = emulator.state.users.find((u) => u.userTenants.some((t) => t.roleNames.includes('Viewer')))!;
    const renamed = await adapter.updateRole!('Viewer', { name: 'Reader' });
    expect(renamed.id).toBe('Reader');
    expect(role('Viewer')).toBeUndefined();
    expect(emulator.state.users.find((u) => u.userId === holder.userId)!.roleNames).toContain('Reader');
    const after = emulator.state.users.find((u) => u.userId === member.userId)!;
    expect(after.userTenants.flatMap((t) => t.roleNames)).not.toContain('Viewer');
    expect((await adapter.getUser(holder.userId)).roleIds).toContain('Reader');
    await expect(adapter.updateRole!('Viewer', { description: 'Old id' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('renaming a tenant role touches that tenant’s memberships only', async () => {
    const inAcme = emulator.state.users.find((u) => u.userTenants.some((t) => t.tenantId === 'org_001'))!;
    emulator.state.users.find((u) => u.userId === inAcme.userId)!.userTenants.find((t) => t.tenantId === 'org_001')!.roleNames = ['Approver'];
    const renamed = await adapter.updateRole!('tenant/org_001/Approver', { name: 'Signer' }, { organizationId: 'org_001' });
    expect(renamed).toMatchObject({ id: 'tenant/org_001/Signer', organizationId: 'org_001' });
    expect(role('Approver', 'org_004')).toBeDefined();
    const membership = (await adapter.listUserMemberships(inAcme.userId)).find((m) => m.organization.id === 'org_001')!;
    // Read right after the rename: the adapter must not map with its stale role list.
    expect(membership.roleIds).toEqual(['tenant/org_001/Signer']);
  });

  it('deleting a role takes it from project roles and from memberships where it is the project’s', async () => {
    const holders = emulator.state.users.filter((u) => u.roleNames.includes('Member') || u.userTenants.some((t) => t.roleNames.includes('Member'))).map((u) => u.userId);
    expect(holders.length).toBeGreaterThan(0);
    await adapter.deleteRole!('Member');
    for (const user of emulator.state.users) {
      expect(user.roleNames).not.toContain('Member');
      expect(user.userTenants.flatMap((t) => t.roleNames)).not.toContain('Member');
    }
    expect(emulator.state.users.map((u) => u.userId)).toEqual(expect.arrayContaining(holders));
  });

  it('renaming or deleting a permission follows it into every role', async () => {
    const granting = emulator.state.roles.filter((r) => r.permissionNames.includes('users:read')).length;
    expect(granting).toBeGreaterThan(1);
    expect(await adapter.updatePermission!('users:read', { name: 'people:read', description: 'Sees people.' })).toEqual({ id: 'people:read', name: 'people:read', description: 'Sees people.' });
    expect(emulator.state.roles.filter((r) => r.permissionNames.includes('people:read'))).toHaveLength(granting);
    expect((await adapter.listRoles()).find((r) => r.id === 'Viewer')!.permissions).toContain('people:read');
    await adapter.deletePermission!('people:read');
    expect(emulator.state.roles.some((r) => r.permissionNames.includes('people:read'))).toBe(false);
    expect(emulator.state.permissions.map((p) => p.name)).not.toContain('people:read');
  });

  it('a tenant change keeps the fields it does not touch; a domain change replaces the list', async () => {
    Object.assign(emulator.state.tenants[0]!, { customAttributes: { plan: 'gold' }, enforceSSO: true, disabled: false });
    const renamed = await adapter.updateOrganization!('org_001', { name: 'Acme Holding' });
    expect(renamed).toMatchObject({ id: 'org_001', name: 'Acme Holding', domains: ['acmecorporation.example'] });
    expect(emulator.state.tenants[0]).toMatchObject({ name: 'Acme Holding', selfProvisioningDomains: ['acmecorporation.example'], customAttributes: { plan: 'gold' }, enforceSSO: true });
    // The membership shows the tenant's new name.
    const member = emulator.state.users.find((u) => u.userTenants.some((t) => t.tenantId === 'org_001'))!;
    expect(member.userTenants.find((t) => t.tenantId === 'org_001')!.tenantName).toBe('Acme Holding');

    await adapter.updateOrganization!('org_001', { domains: ['@ACME.example', 'acme.example', 'mail.acme.example'] });
    expect(emulator.state.tenants[0]).toMatchObject({ name: 'Acme Holding', selfProvisioningDomains: ['acme.example', 'mail.acme.example'], customAttributes: { plan: 'gold' } });
  });

  it('deleting a tenant ends its memberships and its own roles; the accounts stay', async () => {
    const members = emulator.state.users.filter((u) => u.userTenants.some((t) => t.tenantId === 'org_001')).map((u) => u.userId);
    const count = emulator.state.users.length;
    await adapter.deleteOrganization!('org_001');
    expect(emulator.state.users).toHaveLength(count);
    expect(emulator.state.users.filter((u) => members.includes(u.userId)).flatMap((u) => u.userTenants.map((t) => t.tenantId))).not.toContain('org_001');
    expect(emulator.state.roles.some((r) => r.tenantId === 'org_001')).toBe(false);
    expect(await failure(adapter.getOrganization!('org_001'))).toMatchObject({ code: 'not_found' });
  });

  it('refuses duplicates, unknown ids and unknown permissions before writing anything', async () => {
    await sent();
    expect(await failure(adapter.createRole!({ name: ' admin ' }))).toMatchObject({ code: 'conflict', fieldErrors: { name: expect.any(String) } });
    // Another scope's role of the same name is no duplicate there: a tenant may define its own.
    expect(await failure(adapter.createRole!({ name: 'approver' }, { organizationId: 'org_001' }))).toMatchObject({ code: 'conflict' });
    expect(await failure(adapter.updateRole!('Auditor', { name: 'DEVELOPER' }))).toMatchObject({ code: 'conflict' });
    expect(await failure(adapter.updateRole!('No such role', { name: 'X' }))).toMatchObject({ code: 'not_found' });
    expect(await failure(adapter.updateRole!('tenant/org_001/Approver', { name: 'X' }, { organizationId: 'org_002' }))).toMatchObject({ code: 'not_found' });
    expect(await failure(adapter.deleteRole!('tenant/%E0%A4%A/x'))).toMatchObject({ code: 'not_found' });
    expect(await failure(adapter.createRole!({ name: 'Fresh', permissions: ['nope:none'] }))).toMatchObject({ code: 'invalid_input', fieldErrors: { permissions: expect.any(String) } });
    expect(await failure(adapter.createPermission!({ name: 'USERS:READ' }))).toMatchObject({ code: 'conflict' });
    expect(await failure(adapter.deletePermission!('nope:none'))).toMatchObject({ code: 'not_found' });
    expect(await failure(adapter.createOrganization!({ name: 'acme corporation' }))).toMatchObject({ code: 'conflict' });
    expect(await failure(adapter.createOrganization!({ name: 'Fresh', domains: ['https://fresh.example'] }))).toMatchObject({ code: 'invalid_input', fieldErrors: { domains: expect.any(String) } });
    expect(await failure(adapter.updateOrganization!('org_999', { name: 'Gone' }))).toMatchObject({ code: 'not_found' });
    expect(await failure(adapter.deleteOrganization!('org_999'))).toMatchObject({ code: 'not_found' });
    expect(await writes()).toEqual([]);
    await adapter.createRole!({ name: 'Approver' });
    expect(role('Approver')).toBeDefined();
  });

  it('stores hostile names as text and never echoes Descope’s error text', async () => {
    const name = '<img src=x onerror=alert(1)> \u202Eevil';
    const created = await adapter.createRole!({ name, description: '<b>bold</b>' }, { organizationId: 'org_002' });
    expect(created).toMatchObject({ name, description: '<b>bold</b>' });
    expect(role(name, 'org_002')).toBeDefined();
    emulator.faults.failNext('/v1/mgmt/role/update', { status: 400, body: { errorCode: 'E011003', errorDescription: 'Invalid request', errorMessage: `Role ${name} is locked` } });
    const error = await failure(adapter.updateRole!(created.id, { name: 'Calm' }, { organizationId: 'org_002' }));
    expect(error).toMatchObject({ code: 'invalid_input', status: 400 });
    expect(error.message).not.toContain('<img');
    expect(error.message).not.toContain('locked');
  });
});
