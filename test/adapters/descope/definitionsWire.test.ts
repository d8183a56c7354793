// @vitest-environment node
// Management-key mode refuses to start where `window` exists, so this file runs in plain Node.
/**
 * Roles, permissions and tenants on the wire: each write the adapter makes is the request
 * `@descope/node-sdk` sends for the same operation, both sent to the emulator and compared as
 * decoded (method, path, query, body). The reads the adapter makes first (to refuse duplicates,
 * to answer not_found, to fill Descope's full-replace updates) are GETs and are set aside here.
 */
import DescopeClient from '@descope/node-sdk';
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator, type SentRequest } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();
const AUTHORIZATION = `Bearer ${PROJECT_ID}:${MANAGEMENT_KEY}`;

let adapter: RosterAdapter;
let sdk: ReturnType<typeof DescopeClient>['management'];
beforeEach(() => {
  adapter = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
  sdk = DescopeClient({ projectId: PROJECT_ID, managementKey: MANAGEMENT_KEY, baseUrl: emulator.baseUrl }).management;
});

const wire = ({ method, path, query, body }: SentRequest) => ({ method, path, query, body });

/** The one write (non-GET) sent since the last look, with the management key. */
async function theWrite(): Promise<ReturnType<typeof wire>> {
  const writes = (await sent()).filter((r) => r.method !== 'GET');
  expect(writes).toHaveLength(1);
  expect(writes[0]!.headers.get('authorization')).toBe(AUTHORIZATION);
  return wire(writes[0]!);
}

/** Runs the SDK's call, then (on a fresh emulator) the adapter's, and returns both writes. */
async function compare(viaSdk: () => Promise<{ ok: boolean }>, viaAdapter: () => Promise<unknown>) {
  expect((await viaSdk()).ok).toBe(true);
  const fromSdk = await theWrite();
  emulator.reset();
  await viaAdapter();
  return { fromSdk, fromAdapter: await theWrite() };
}

describe('definition writes on the wire, request for request as @descope/node-sdk', () => {
  it('role.create, project-wide and in a tenant', async () => {
    const project = await compare(
      () => sdk.role.create('Reviewer', 'Reviews things.', ['users:read', 'audit:read']),
      () => adapter.createRole!({ name: 'Reviewer', description: 'Reviews things.', permissions: ['users:read', 'audit:read'] }),
    );
    expect(project.fromAdapter).toEqual(project.fromSdk);
    expect(project.fromAdapter).toEqual({ method: 'POST', path: '/v1/mgmt/role/create', query: {}, body: { name: 'Reviewer', description: 'Reviews things.', permissionNames: ['users:read', 'audit:read'] } });

    const tenant = await compare(
      () => sdk.role.create('Night shift', undefined, [], 'org_002'),
      () => adapter.createRole!({ name: 'Night shift' }, { organizationId: 'org_002' }),
    );
    expect(tenant.fromAdapter).toEqual(tenant.fromSdk);
    expect(tenant.fromAdapter.body).toEqual({ name: 'Night shift', permissionNames: [], tenantId: 'org_002' });
  });

  it('role.update: name + newName, with every field the role keeps (Descope clears what is left out)', async () => {
    const before = emulator.state.roles.find((r) => r.name === 'Support agent' && !r.tenantId)!;
    const { fromSdk, fromAdapter } = await compare(
      () => sdk.role.update('Support agent', 'Support lead', before.description, before.permissionNames),
      () => adapter.updateRole!('Support agent', { name: 'Support lead' }),
    );
    expect(fromAdapter).toEqual(fromSdk);
    expect(fromAdapter.body).toEqual({ name: 'Support agent', newName: 'Support lead', description: before.description, permissionNames: before.permissionNames });

    emulator.reset();
    const approver = emulator.state.roles.find((r) => r.name === 'Approver' && r.tenantId === 'org_001')!;
    const scoped = await compare(
      () => sdk.role.update('Approver', 'Approver', 'Signs off.', approver.permissionNames, 'org_001'),
      () => adapter.updateRole!('tenant/org_001/Approver', { description: 'Signs off.' }, { organizationId: 'org_001' }),
    );
    expect(scoped.fromAdapter).toEqual(scoped.fromSdk);
  });

  it('role.delete, project-wide and in a tenant', async () => {
    const project = await compare(() => sdk.role.delete('Auditor'), () => adapter.deleteRole!('Auditor'));
    expect(project.fromAdapter).toEqual(project.fromSdk);
    expect(project.fromAdapter).toEqual({ method: 'POST', path: '/v1/mgmt/role/delete', query: {}, body: { name: 'Auditor' } });
    const tenant = await compare(() => sdk.role.delete('Site lead', 'org_004'), () => adapter.deleteRole!('tenant/org_004/Site%20lead', { organizationId: 'org_004' }));
    expect(tenant.fromAdapter).toEqual(tenant.fromSdk);
  });

  it('permission.loadAll, create, update and delete', async () => {
    const loaded = await sdk.permission.loadAll();
    await sent();
    const listed = await adapter.listPermissions!();
    const [request] = await sent();
    expect(wire(request!)).toEqual({ method: 'GET', path: '/v1/mgmt/permission/all', query: {}, body: undefined });
    expect(listed.map((p) => p.name)).toEqual(loaded.data!.map((p) => p.name));
    expect(listed[0]).toEqual({ id: 'users:read', name: 'users:read' });

    const create = await compare(() => sdk.permission.create('reports:read', 'Reads reports.'), () => adapter.createPermission!({ name: 'reports:read', description: 'Reads reports.' }));
    expect(create.fromAdapter).toEqual(create.fromSdk);
    expect(create.fromAdapter.body).toEqual({ name: 'reports:read', description: 'Reads reports.' });

    const update = await compare(() => sdk.permission.update('audit:read', 'audit:view', ''), () => adapter.updatePermission!('audit:read', { name: 'audit:view' }));
    expect(update.fromAdapter).toEqual(update.fromSdk);
    expect(update.fromAdapter).toEqual({ method: 'POST', path: '/v1/mgmt/permission/update', query: {}, body: { name: 'audit:read', newName: 'audit:view', description: '' } });

    const remove = await compare(() => sdk.permission.delete('billing:read'), () => adapter.deletePermission!('billing:read'));
    expect(remove.fromAdapter).toEqual(remove.fromSdk);
  });

  it('tenant.create, update (every field sent back) and delete without cascade', async () => {
    const create = await compare(() => sdk.tenant.create('Northwind', ['northwind.example']), () => adapter.createOrganization!({ name: 'Northwind', domains: ['Northwind.example'] }));
    expect(create.fromAdapter).toEqual(create.fromSdk);
    expect(create.fromAdapter.body).toEqual({ name: 'Northwind', selfProvisioningDomains: ['northwind.example'] });

    emulator.reset();
    Object.assign(emulator.state.tenants[1]!, { customAttributes: { plan: 'gold' }, enforceSSO: true, roleInheritance: 'userOnly' });
    const { id, selfProvisioningDomains } = structuredClone(emulator.state.tenants[1]!);
    const update = await compare(
      () => sdk.tenant.update(id, 'Renamed Ltd', selfProvisioningDomains, { plan: 'gold' }, true, false, 'userOnly'),
      async () => {
        Object.assign(emulator.state.tenants[1]!, { customAttributes: { plan: 'gold' }, enforceSSO: true, roleInheritance: 'userOnly' });
        await adapter.updateOrganization!(id, { name: 'Renamed Ltd' });
      },
    );
    expect(update.fromAdapter).toEqual(update.fromSdk);

    const remove = await compare(() => sdk.tenant.delete('org_003', false), () => adapter.deleteOrganization!('org_003'));
    expect(remove.fromAdapter).toEqual(remove.fromSdk);
    expect(remove.fromAdapter.body).toEqual({ id: 'org_003', cascade: false });
  });

  it('the SDK reads back what the adapter wrote', async () => {
    const role = await adapter.createRole!({ name: 'Reviewer', permissions: ['users:read'] }, { organizationId: 'org_002' });
    expect(role).toEqual({ id: 'tenant/org_002/Reviewer', name: 'Reviewer', permissions: ['users:read'], organizationId: 'org_002' });
    const roles = (await sdk.role.loadAll()).data!;
    expect(roles).toContainEqual(expect.objectContaining({ name: 'Reviewer', tenantId: 'org_002', permissionNames: ['users:read'] }));

    const org = await adapter.createOrganization!({ name: 'Initech Roster', domains: ['initech.example'] });
    expect(org.id).toMatch(/^T2[A-Za-z0-9]{24}$/);
    expect((await sdk.tenant.load(org.id)).data).toMatchObject({ id: org.id, name: 'Initech Roster', selfProvisioningDomains: ['initech.example'] });
  });
});
