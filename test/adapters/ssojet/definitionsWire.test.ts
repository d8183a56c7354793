/**
 * Pins every request the definition writes send against shared/reference/ssojet-api.md §3.2,
 * §3.3 (and the current docs' Create Permission): method, path, query, headers and body, field
 * for field — including the lists each write reads first.
 */
import { emulate, recordRequests, useSsojetServer, type RecordedRequest } from './harness.js';

useSsojetServer();
const recorder = recordRequests();

function setup() {
  const { emulator, adapter } = emulate();
  const role = emulator.state.roles.find((r) => r.permission_id?.length)!;
  const organization = emulator.state.organizations.find((o) => o.WhiteListDomains?.length) ?? emulator.state.organizations[0]!;
  return { emulator, adapter, role, permission: emulator.state.permissions[0]!, organization };
}

type Emulator = ReturnType<typeof emulate>['emulator'];

/** The bearer token, and the client id both as the only query parameter and as a header. */
function expectCredentials(requests: readonly RecordedRequest[], emulator: Emulator) {
  for (const request of requests) {
    expect(request.authorization).toBe(`Bearer ${emulator.accessToken}`);
    expect(request.clientId).toBe(emulator.clientId);
    expect(request.query).toEqual([['client_id', emulator.clientId]]);
  }
}

/** The reads a write starts with go out together, in either order, so they are compared sorted. */
async function sent(emulator: Emulator) {
  const requests = await recorder.take();
  expectCredentials(requests, emulator);
  const reads = requests.filter((r) => r.method === 'GET');
  return { requests, reads: reads.map((r) => r.path).sort(), writes: requests.filter((r) => r.method !== 'GET') };
}

describe('SSOJet definition requests', () => {
  it('creates a role with POST /api/v1/roles and exactly { name, slug, description }, after reading roles and permissions', async () => {
    const { emulator, adapter } = setup();
    await adapter.createRole({ name: '  Billing Admin ', description: 'Pays the bills' });
    const { requests, reads, writes } = await sent(emulator);
    expect(reads).toEqual(['/api/v1/permissions', '/api/v1/roles']);
    // Read first: the duplicate check and the slug depend on the lists.
    expect(requests.at(-1)!.method).toBe('POST');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ method: 'POST', path: '/api/v1/roles', contentType: 'application/json' });
    expect(writes[0]!.body).toEqual({ name: 'Billing Admin', slug: 'billing-admin', description: 'Pays the bills' });
  });

  it('grants a new role’s permissions with PUT /api/v1/roles/{id} and every field, as Create New Role cannot', async () => {
    const { emulator, adapter } = setup();
    const [p1, p2] = emulator.state.permissions;
    const role = await adapter.createRole({ name: 'Ledger Keeper', permissions: [p2!.name, p1!.name] });
    const { writes } = await sent(emulator);
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(['POST /api/v1/roles', `PUT /api/v1/roles/${role.id}`]);
    expect(writes[0]!.body).toEqual({ name: 'Ledger Keeper', slug: 'ledger-keeper', description: '' });
    expect(writes[1]!.body).toEqual({ name: 'Ledger Keeper', slug: 'ledger-keeper', description: '', permission_id: [p2!.id, p1!.id] });
  });

  it('picks a slug no role has, since SSOJet calls the slug the role’s unique identifier', async () => {
    const { emulator, adapter, role } = setup();
    await adapter.createRole({ name: `${role.name}!` });
    await adapter.createRole({ name: '<img src=x onerror=alert(1)>' });
    await adapter.createRole({ name: 'مدير' });
    const { writes } = await sent(emulator);
    expect(writes.map((w) => (w.body as { slug: string }).slug)).toEqual([`${role.slug}-2`, 'img-src-x-onerror-alert-1', 'role']);
  });

  it('updates a role with PUT /api/v1/roles/{roleId} sending the whole role, its slug kept, the patch laid over it', async () => {
    const { emulator, adapter, role } = setup();
    await adapter.updateRole(role.id, { name: 'Renamed' });
    const { reads, writes } = await sent(emulator);
    expect(reads).toEqual(['/api/v1/permissions', '/api/v1/roles']);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ method: 'PUT', path: `/api/v1/roles/${role.id}`, contentType: 'application/json' });
    expect(writes[0]!.body).toEqual({ name: 'Renamed', slug: role.slug, description: role.description, permission_id: role.permission_id });
  });

  it('maps permission names to ids for permission_id, and sends [] for none', async () => {
    const { emulator, adapter, role } = setup();
    const last = emulator.state.permissions.at(-1)!;
    await adapter.updateRole(role.id, { permissions: [last.name] });
    await adapter.updateRole(role.id, { permissions: [] });
    const { writes } = await sent(emulator);
    expect(writes.map((w) => (w.body as { permission_id: string[] }).permission_id)).toEqual([[last.id], []]);
  });

  it('deletes a role with DELETE /api/v1/roles/{roleId} (an inferred path) and no body', async () => {
    const { emulator, adapter, role } = setup();
    await adapter.deleteRole(role.id);
    const { reads, writes } = await sent(emulator);
    expect(reads).toEqual(['/api/v1/roles']);
    expect(writes).toEqual([expect.objectContaining({ method: 'DELETE', path: `/api/v1/roles/${role.id}`, body: undefined })]);
  });

  it('lists permissions with GET /api/v1/permissions', async () => {
    const { emulator, adapter } = setup();
    const permissions = await adapter.listPermissions();
    expect(permissions.map((p) => p.name)).toEqual(emulator.state.permissions.map((p) => p.name));
    const { reads, writes } = await sent(emulator);
    expect([reads, writes]).toEqual([['/api/v1/permissions'], []]);
  });

  it('creates a permission with POST /api/v1/permissions: the current docs’ body plus the legacy slug', async () => {
    const { emulator, adapter } = setup();
    await adapter.createPermission({ name: 'reports:read', description: 'Read reports' });
    const { reads, writes } = await sent(emulator);
    expect(reads).toEqual(['/api/v1/permissions']);
    expect(writes[0]).toMatchObject({ method: 'POST', path: '/api/v1/permissions', contentType: 'application/json' });
    expect(writes[0]!.body).toEqual({ name: 'reports:read', slug: 'reports-read', description: 'Read reports', is_active: true, is_default: false });
  });

  it('updates a permission with PUT /api/v1/permissions/{id} and all of { name, slug, description }', async () => {
    const { emulator, adapter, permission } = setup();
    await adapter.updatePermission(permission.id, { description: 'New words' });
    const { writes } = await sent(emulator);
    expect(writes[0]).toMatchObject({ method: 'PUT', path: `/api/v1/permissions/${permission.id}` });
    expect(writes[0]!.body).toEqual({ name: permission.name, slug: permission.slug, description: 'New words' });
  });

  it('deletes a permission with DELETE /api/v1/permissions/{id} (an inferred path)', async () => {
    const { emulator, adapter, permission } = setup();
    await adapter.deletePermission(permission.id);
    const { reads, writes } = await sent(emulator);
    expect(reads).toEqual(['/api/v1/permissions']);
    expect(writes).toEqual([expect.objectContaining({ method: 'DELETE', path: `/api/v1/permissions/${permission.id}`, body: undefined })]);
  });

  it('creates an organization with POST /api/v1/organization (singular) and { Name, WhiteListDomains, AllowProfilesOutsideOrganization }', async () => {
    const { emulator, adapter } = setup();
    await adapter.createOrganization({ name: ' Acme ', domains: [' @Acme.COM', 'acme.co.uk', 'acme.com'] });
    const { reads, writes } = await sent(emulator);
    expect(reads).toEqual(['/api/v1/organizations']);
    expect(writes[0]).toMatchObject({ method: 'POST', path: '/api/v1/organization', contentType: 'application/json' });
    expect(writes[0]!.body).toEqual({ Name: 'Acme', WhiteListDomains: ['acme.com', 'acme.co.uk'], AllowProfilesOutsideOrganization: false });
  });

  it('updates an organization with PUT /api/account/organization/{id} (the page’s heading) and the whole organization', async () => {
    const { emulator, adapter, organization } = setup();
    organization.allow_profiles_outside_organization = true;
    await adapter.updateOrganization(organization.id, { name: 'Renamed Inc' });
    const { writes } = await sent(emulator);
    expect(writes[0]).toMatchObject({ method: 'PUT', path: `/api/account/organization/${organization.id}` });
    expect(writes[0]!.body).toEqual({ Name: 'Renamed Inc', WhiteListDomains: organization.WhiteListDomains ?? [], AllowProfilesOutsideOrganization: true });
  });

  it('deletes an organization with DELETE /api/account/organization/{id} (an inferred path)', async () => {
    const { emulator, adapter, organization } = setup();
    await adapter.deleteOrganization(organization.id);
    const { writes } = await sent(emulator);
    expect(writes).toEqual([expect.objectContaining({ method: 'DELETE', path: `/api/account/organization/${organization.id}`, body: undefined })]);
  });

  it('reads one organization from the verified Get All list, never the inferred Get Organization path', async () => {
    const { emulator, adapter, organization } = setup();
    await expect(adapter.getOrganization(organization.id)).resolves.toMatchObject({ id: organization.id, name: organization.name });
    const { reads, writes } = await sent(emulator);
    expect([reads, writes]).toEqual([['/api/v1/organizations'], []]);
  });

  it('refuses bad input and duplicates before sending any write', async () => {
    const { emulator, adapter, role, permission, organization } = setup();
    await expect(adapter.createRole({ name: '   ' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.createRole({ name: role.name.toUpperCase() })).rejects.toMatchObject({ code: 'conflict' });
    await expect(adapter.createRole({ name: 'Fresh', permissions: ['no such permission'] })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.createPermission({ name: ` ${permission.name} ` })).rejects.toMatchObject({ code: 'conflict' });
    await expect(adapter.createOrganization({ name: organization.name })).rejects.toMatchObject({ code: 'conflict' });
    await expect(adapter.createOrganization({ name: 'Fine', domains: ['not a domain'] })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.createRole({ name: 'Scoped' }, { organizationId: organization.id })).rejects.toMatchObject({ code: 'unsupported' });
    expect((await sent(emulator)).writes).toEqual([]);
  });
});
