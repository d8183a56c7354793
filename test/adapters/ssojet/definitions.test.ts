/**
 * Managing roles, permissions and organizations on SSOJet, judged by what SSOJet itself then
 * holds (the emulator's own records, read past the adapter) and by what an admin sees next.
 */
import { emulate, useSsojetServer } from './harness.js';

useSsojetServer();

function setup(api: 'legacy' | 'current' = 'legacy') {
  const { emulator, adapter } = emulate({ emulator: { api } });
  const [first, second] = emulator.state.permissions;
  return { emulator, adapter, p1: first!, p2: second! };
}

/** A user holding `roleId` project-wide and, in the first organization, in a membership. */
function holder(emulator: ReturnType<typeof emulate>['emulator'], roleId: string) {
  const [user] = emulator.state.users.values();
  const organizationId = emulator.state.organizations[0]!.id;
  user!.roles = [roleId];
  emulator.state.memberships.set(user!._id, [{ organizationId, roleIds: [roleId], status: 'active' }]);
  return { userId: user!._id, organizationId };
}

describe('SSOJet roles', () => {
  it('creates a role with its permissions; SSOJet holds it and the role list shows it', async () => {
    const { emulator, adapter, p1, p2 } = setup();
    const role = await adapter.createRole({ name: ' Ledger Keeper ', description: 'Keeps the books', permissions: [p2.name, p1.name] });
    expect(role).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), name: 'Ledger Keeper', description: 'Keeps the books', permissions: [p2.name, p1.name], organizationId: null });
    expect(emulator.definitions().roles.find((r) => r.id === role.id)).toMatchObject({ name: 'Ledger Keeper', slug: 'ledger-keeper', permissions: [p2.name, p1.name] });
    expect(await adapter.listRoles()).toContainEqual(role);
  });

  it('refuses a name another role has (trimmed, any case) with a field error, and creates nothing', async () => {
    const { emulator, adapter } = setup();
    const taken = emulator.state.roles[0]!.name;
    const before = emulator.definitions().roles.length;
    await expect(adapter.createRole({ name: `  ${taken.toUpperCase()} ` })).rejects.toMatchObject({ code: 'conflict', fieldErrors: { name: expect.any(String) } });
    await expect(adapter.createRole({ name: ' ' })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { name: expect.any(String) } });
    expect(emulator.definitions().roles).toHaveLength(before);
  });

  it('two creates of one name at once: one role, one conflict', async () => {
    const { emulator, adapter } = setup();
    emulator.faults.setLatency(10);
    const results = await Promise.allSettled([adapter.createRole({ name: 'Twin' }), adapter.createRole({ name: 'twin' })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(emulator.definitions().roles.filter((r) => r.name.toLowerCase() === 'twin')).toHaveLength(1);
  });

  it('changes only the fields in the patch; permissions replace the whole set', async () => {
    const { emulator, adapter, p1, p2 } = setup();
    const role = await adapter.createRole({ name: 'Editor Plus', description: 'Edits', permissions: [p1.name] });
    await expect(adapter.updateRole(role.id, { description: 'Edits more' })).resolves.toEqual({ ...role, description: 'Edits more' });
    await expect(adapter.updateRole(role.id, { permissions: [p2.name] })).resolves.toEqual({ ...role, description: 'Edits more', permissions: [p2.name] });
    expect(emulator.definitions().roles.find((r) => r.id === role.id)).toMatchObject({ name: 'Editor Plus', slug: 'editor-plus', description: 'Edits more', permissions: [p2.name] });
    await expect(adapter.updateRole(role.id, { name: emulator.state.roles[0]!.name })).rejects.toMatchObject({ code: 'conflict', fieldErrors: { name: expect.any(String) } });
    // Its own name in another case is not a duplicate.
    await expect(adapter.updateRole(role.id, { name: 'EDITOR PLUS' })).resolves.toMatchObject({ name: 'EDITOR PLUS' });
  });

  it('a permission that does not exist → invalid_input on permissions, and the role is unchanged', async () => {
    const { emulator, adapter, p1 } = setup();
    const role = await adapter.createRole({ name: 'Careful', permissions: [p1.name] });
    await expect(adapter.updateRole(role.id, { permissions: [p1.name, 'launch:rockets'] })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { permissions: expect.any(String) } });
    await expect(adapter.createRole({ name: 'Other', permissions: ['launch:rockets'] })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { permissions: expect.any(String) } });
    expect(emulator.definitions().roles.find((r) => r.id === role.id)!.permissions).toEqual([p1.name]);
    expect(emulator.definitions().roles.some((r) => r.name === 'Other')).toBe(false);
  });

  it('renaming a role another admin deleted → not_found, and nothing is made again', async () => {
    const { emulator, adapter } = setup();
    const role = await adapter.createRole({ name: 'Short Lived' });
    await adapter.deleteRole(role.id);
    const before = emulator.state.roles.length;
    await expect(adapter.updateRole(role.id, { name: 'Revived' })).rejects.toMatchObject({ code: 'not_found' });
    // Deleted between the adapter's read and its write: SSOJet's 404 says the same.
    const other = await adapter.createRole({ name: 'Raced' });
    emulator.faults.failNext('updateRole', { status: 404 });
    await expect(adapter.updateRole(other.id, { name: 'Raced Again' })).rejects.toMatchObject({ code: 'not_found' });
    expect(emulator.state.roles).toHaveLength(before + 1);
    expect(emulator.state.roles.some((r) => r.name === 'Revived' || r.name === 'Raced Again')).toBe(false);
  });

  it('deleting a role takes it from every user holding it, project-wide and in memberships', async () => {
    const { emulator, adapter } = setup();
    const role = await adapter.createRole({ name: 'Doomed' });
    const { userId } = holder(emulator, role.id);
    await adapter.deleteRole(role.id);
    expect((await adapter.getUser(userId)).roleIds).toEqual([]);
    expect((await adapter.listUserMemberships(userId))[0]!.roleIds).toEqual([]);
    expect((await adapter.listRoles()).some((r) => r.id === role.id)).toBe(false);
    expect(emulator.definitions().roles.some((r) => r.id === role.id)).toBe(false);
    await expect(adapter.deleteRole(role.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.deleteRole('ffffffffffffffffffffffff')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('roles are project-wide only: an organization scope is refused as unsupported', async () => {
    const { emulator, adapter } = setup();
    const scope = { organizationId: emulator.state.organizations[0]!.id };
    const roleId = emulator.state.roles[0]!.id;
    await expect(adapter.createRole({ name: 'Scoped' }, scope)).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.updateRole(roleId, { name: 'Scoped' }, scope)).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.deleteRole(roleId, scope)).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('a failure after the role exists says SSOJet made it, so nobody creates it twice', async () => {
    const { emulator, adapter, p1 } = setup();
    emulator.faults.failNext('updateRole', { status: 500 });
    const error = await adapter.createRole({ name: 'Half Made', permissions: [p1.name] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'server', message: expect.stringMatching(/^SSOJet created the role, but granting its permissions failed/) });
    expect(emulator.definitions().roles.find((r) => r.name === 'Half Made')).toMatchObject({ permissions: [] });
  });
});

describe('SSOJet permissions', () => {
  it('lists, creates, renames and deletes; a rename and a delete reach every role granting it', async () => {
    const { emulator, adapter } = setup();
    expect(await adapter.listPermissions()).toEqual(emulator.state.permissions.map((p) => ({ id: p.id, name: p.name, description: p.description })));
    const created = await adapter.createPermission({ name: 'reports:read', description: 'Read reports' });
    expect(created).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), name: 'reports:read', description: 'Read reports' });
    const role = await adapter.createRole({ name: 'Reader', permissions: ['reports:read'] });
    await expect(adapter.updatePermission(created.id, { name: 'reports:view' })).resolves.toEqual({ ...created, name: 'reports:view' });
    expect((await adapter.listRoles()).find((r) => r.id === role.id)!.permissions).toEqual(['reports:view']);
    await adapter.deletePermission(created.id);
    expect((await adapter.listRoles()).find((r) => r.id === role.id)!.permissions).toEqual([]);
    expect(emulator.definitions().permissions.some((p) => p.id === created.id)).toBe(false);
    await expect(adapter.deletePermission(created.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.updatePermission(created.id, { name: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a duplicate or blank permission name with a field error', async () => {
    const { adapter, p1, p2 } = setup();
    await expect(adapter.createPermission({ name: p1.name.toUpperCase() })).rejects.toMatchObject({ code: 'conflict', fieldErrors: { name: expect.any(String) } });
    await expect(adapter.updatePermission(p2.id, { name: ` ${p1.name} ` })).rejects.toMatchObject({ code: 'conflict', fieldErrors: { name: expect.any(String) } });
    await expect(adapter.createPermission({ name: '\t' })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { name: expect.any(String) } });
  });
});

describe('SSOJet organizations', () => {
  it('creates one with normalized domains; the list and getOrganization show it', async () => {
    const { emulator, adapter } = setup();
    const created = await adapter.createOrganization({ name: 'Acme', domains: ['Acme.com', '@acme.co.uk'] });
    expect(created).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{24}$/), name: 'Acme', domains: ['acme.com', 'acme.co.uk'] });
    expect(emulator.definitions().organizations.find((o) => o.id === created.id)).toEqual({ id: created.id, name: 'Acme', domains: ['acme.com', 'acme.co.uk'], memberIds: [] });
    await expect(adapter.getOrganization(created.id)).resolves.toMatchObject({ name: 'Acme', domains: ['acme.com', 'acme.co.uk'] });
    expect((await adapter.listOrganizations({ search: 'acme' })).items.map((o) => o.id)).toContain(created.id);
  });

  it('refuses a bad domain, a blank name and a taken name, and creates nothing', async () => {
    const { emulator, adapter } = setup();
    const before = emulator.state.organizations.length;
    await expect(adapter.createOrganization({ name: 'Acme', domains: ['acme.com', 'http://acme.com'] })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { domains: expect.any(String) } });
    await expect(adapter.createOrganization({ name: '  ' })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { name: expect.any(String) } });
    await expect(adapter.createOrganization({ name: ` ${emulator.state.organizations[0]!.name.toLowerCase()}` })).rejects.toMatchObject({ code: 'conflict', fieldErrors: { name: expect.any(String) } });
    expect(emulator.state.organizations).toHaveLength(before);
  });

  it('updates only what the patch names; an unknown id → not_found', async () => {
    const { emulator, adapter } = setup();
    const created = await adapter.createOrganization({ name: 'Initech Labs', domains: ['initech.com'] });
    await expect(adapter.updateOrganization(created.id, { domains: ['initech.io'] })).resolves.toMatchObject({ name: 'Initech Labs', domains: ['initech.io'] });
    await expect(adapter.updateOrganization(created.id, { name: 'Initech Labs Corp' })).resolves.toMatchObject({ name: 'Initech Labs Corp', domains: ['initech.io'] });
    expect(emulator.definitions().organizations.find((o) => o.id === created.id)).toMatchObject({ name: 'Initech Labs Corp', domains: ['initech.io'] });
    await expect(adapter.updateOrganization(created.id, { domains: ['nope'] })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { domains: expect.any(String) } });
    await expect(adapter.updateOrganization('ffffffffffffffffffffffff', { name: 'Ghost' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.getOrganization('ffffffffffffffffffffffff')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('deleting one ends its memberships; the accounts stay', async () => {
    const { emulator, adapter } = setup();
    const { userId, organizationId } = holder(emulator, emulator.state.roles[0]!.id);
    await adapter.deleteOrganization(organizationId);
    expect(await adapter.listUserMemberships(userId)).toEqual([]);
    await expect(adapter.getUser(userId)).resolves.toMatchObject({ id: userId });
    await expect(adapter.getOrganization(organizationId)).rejects.toMatchObject({ code: 'not_found' });
    expect((await adapter.listOrganizations()).items.some((o) => o.id === organizationId)).toBe(false);
    await expect(adapter.deleteOrganization(organizationId)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('SSOJet definitions with hostile text', () => {
  const hostile = ['<img src=x onerror=alert(1)>', '\u202Egnp.exe', 'Ω'.repeat(1000)];

  it.each(['legacy', 'current'] as const)('are stored and returned as text (%s API)', async (api) => {
    const { emulator, adapter } = setup(api);
    for (const [i, name] of hostile.entries()) {
      const role = await adapter.createRole({ name, description: name });
      expect(role).toMatchObject({ name, description: name });
      expect(await adapter.createPermission({ name })).toMatchObject({ name });
      const organization = await adapter.createOrganization({ name, domains: [`x${i}.example`] });
      expect(organization).toMatchObject({ name });
      expect(emulator.definitions().roles.find((r) => r.id === role.id)!.name).toBe(name);
    }
    expect((await adapter.listRoles()).map((r) => r.name)).toEqual(expect.arrayContaining(hostile));
  });
});
