/**
 * A tenant admin's session defining its tenant's roles as Descope's role-management widget does
 * (descope-js packages/widgets/role-management-widget/src/lib/widget/api/sdk/createRoleSdk.ts):
 * create and update with `tenantId: <tenant>`, delete with the batch call naming roles only,
 * permissions read with `permission/all`, every call with `?tenant=`. Nothing else: no project
 * roles, no permission or tenant changes, which the emulator refuses a session as well.
 */
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const TENANT = 'org_001';
const SESSION_TOKEN = 'refresh-jwt-of-an-acme-admin';

const { emulator, sent } = useDescopeEmulator({ sessions: { [SESSION_TOKEN]: { tenantId: TENANT } } });
const sessionAdapter = (): RosterAdapter => createDescopeAdapter({ projectId: PROJECT_ID, auth: { getSessionToken: () => SESSION_TOKEN, tenantId: TENANT } });
const writes = async () => (await sent()).filter((r) => r.method !== 'GET').map(({ method, path, query, body }) => ({ method, path, query, body }));
const tenantRole = (name: string) => emulator.state.roles.find((r) => r.name === name && r.tenantId === TENANT);

/** A raw call with the session's bearer and tenant, as the widget makes it. */
const widgetCall = (path: string, body: unknown) =>
  fetch(`${emulator.baseUrl}${path}?tenant=${TENANT}`, { method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${PROJECT_ID}:${SESSION_TOKEN}`, 'content-type': 'application/json' } });

describe('Descope session: its own tenant’s roles, as the role-management widget', () => {
  it('declares tenant roles only, and has no permission or organization writes', () => {
    const adapter = sessionAdapter();
    expect(adapter.capabilities.manage).toEqual({ projectRoles: false, organizationRoles: true, permissions: false, organizations: false });
    expect(adapter.createPermission).toBeUndefined();
    expect(adapter.createOrganization).toBeUndefined();
    expect(typeof adapter.listPermissions).toBe('function');
  });

  it('creates, renames and deletes a tenant role with the widget’s calls', async () => {
    const adapter = sessionAdapter();
    const scope = { organizationId: TENANT };
    const created = await adapter.createRole!({ name: 'Night shift', description: 'Works nights.', permissions: ['users:read'] }, scope);
    expect(created).toEqual({ id: 'tenant/org_001/Night%20shift', name: 'Night shift', description: 'Works nights.', permissions: ['users:read'], organizationId: TENANT });
    expect(await writes()).toEqual([
      { method: 'POST', path: '/v1/mgmt/role/create', query: { tenant: TENANT }, body: { name: 'Night shift', description: 'Works nights.', permissionNames: ['users:read'], tenantId: TENANT } },
    ]);

    const renamed = await adapter.updateRole!(created.id, { name: 'Late shift' }, scope);
    expect(renamed.id).toBe('tenant/org_001/Late%20shift');
    expect(await writes()).toEqual([
      {
        method: 'POST',
        path: '/v1/mgmt/role/update',
        query: { tenant: TENANT },
        body: { name: 'Night shift', newName: 'Late shift', description: 'Works nights.', permissionNames: ['users:read'], tenantId: TENANT },
      },
    ]);
    expect(tenantRole('Late shift')).toMatchObject({ description: 'Works nights.', permissionNames: ['users:read'] });

    await adapter.deleteRole!(renamed.id, scope);
    expect(await writes()).toEqual([{ method: 'POST', path: '/v1/mgmt/role/delete/batch', query: { tenant: TENANT }, body: { roleNames: ['Late shift'] } }]);
    expect(tenantRole('Late shift')).toBeUndefined();
  });

  it('deleting a tenant role takes it from the tenant’s members', async () => {
    const member = emulator.state.users.find((u) => u.userTenants.some((t) => t.tenantId === TENANT))!;
    member.userTenants.find((t) => t.tenantId === TENANT)!.roleNames.push('Approver');
    await sessionAdapter().deleteRole!('tenant/org_001/Approver', { organizationId: TENANT });
    for (const user of emulator.state.users) expect(user.userTenants.find((t) => t.tenantId === TENANT)?.roleNames ?? []).not.toContain('Approver');
    expect(emulator.state.users.find((u) => u.userId === member.userId)!.userTenants.map((t) => t.tenantId)).toContain(TENANT);
    // Other tenants keep their own "Approver".
    expect(emulator.state.roles.filter((r) => r.name === 'Approver').map((r) => r.tenantId)).toEqual(['org_004', 'org_007', 'org_010']);
  });

  it('lists permissions with ?tenant=', async () => {
    const permissions = await sessionAdapter().listPermissions!();
    expect(permissions.map((p) => p.name)).toEqual(emulator.state.permissions.map((p) => p.name));
    expect((await sent()).map((r) => ({ path: r.path, query: r.query }))).toEqual([{ path: '/v1/mgmt/permission/all', query: { tenant: TENANT } }]);
  });

  it('refuses project roles and other tenants before sending anything', async () => {
    const adapter = sessionAdapter();
    await expect(adapter.createRole!({ name: 'Global' })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.createRole!({ name: 'Elsewhere' }, { organizationId: 'org_002' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(adapter.updateRole!('Admin', { name: 'Boss' })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.deleteRole!('tenant/org_004/Approver')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await sent()).toEqual([]);
  });

  it('the emulator refuses a session what the widgets never do', async () => {
    const refused = [
      ['/v1/mgmt/role/create', { name: 'Global' }],
      ['/v1/mgmt/role/create', { name: 'Elsewhere', tenantId: 'org_002' }],
      ['/v1/mgmt/role/update', { name: 'Admin', newName: 'Boss' }],
      ['/v1/mgmt/role/delete', { name: 'Approver', tenantId: TENANT }],
      ['/v1/mgmt/role/delete/batch', { roleNames: ['Approver'], tenantId: 'org_004' }],
      ['/v1/mgmt/permission/create', { name: 'x:y' }],
      ['/v1/mgmt/tenant/create', { name: 'Mine now' }],
      ['/v1/mgmt/tenant/update', { id: TENANT, name: 'Mine now' }],
      ['/v1/mgmt/tenant/delete', { id: TENANT }],
    ] as const;
    for (const [path, body] of refused) expect((await widgetCall(path, body)).status, path).toBe(403);
    // Project roles are not the tenant's to delete: in its tenant there is no such role.
    const projectRole = await widgetCall('/v1/mgmt/role/delete/batch', { roleNames: ['Admin'] });
    expect(projectRole.status).toBe(400);
    expect(emulator.state.roles.some((r) => r.name === 'Admin' && !r.tenantId)).toBe(true);
  });
});
