/**
 * What the SSOJet adapter does beyond the shared contract: honest capabilities, its own paging,
 * full-replace updates done as partial ones, and the operations SSOJet lacks refused loudly.
 */
import { createSsojetAdapter, SSOJET_CAPABILITIES } from '../../../src/adapters/ssojet/index.js';
import { emulate, recordRequests, useSsojetServer } from './harness.js';

useSsojetServer();
const recorder = recordRequests();

describe('SSOJet adapter', () => {
  it('claims nothing SSOJet does not do on its side', () => {
    const { adapter } = emulate();
    expect(adapter.capabilities).toEqual({
      search: false,
      sortFields: [],
      filters: { status: false, roleIds: false, organizationId: false },
      pagination: 'cursor',
      totals: false,
      // The current API's cap on `limit`.
      maxPageSize: 50,
      projectRoles: true,
      organizationRoles: false,
      roleUpdates: 'set',
      rolesPerMembership: 'many',
      createUser: { active: true, invite: false, phone: false, nameParts: true, customAttributes: true, roleIds: true, organization: false },
      editableFields: ['name', 'givenName', 'familyName', 'customAttributes'],
      userStatus: false,
      // Roles, permissions and organizations are managed; roles only project-wide.
      manage: { projectRoles: true, organizationRoles: false, permissions: true, organizations: true },
      // Lookup by email, Verify User Status (an email flag) and the login logs (sign-ins only); no invitations, no attribute definitions.
      details: { lookupByEmail: true, activity: true, activityIncludesChanges: false, verifyEmail: true, verifyPhone: false, resendInvitation: false, revokeInvitation: false, attributeDefinitions: false },
    });
    expect(adapter.capabilities).toBe(SSOJET_CAPABILITIES);
    // No way to enable/disable or manage memberships in this API generation.
    expect(adapter).not.toHaveProperty('setUserStatus');
    expect(adapter).not.toHaveProperty('addUserMembership');
    expect(adapter).not.toHaveProperty('removeUserMembership');
    for (const method of ['resendInvitation', 'revokeInvitation', 'listAttributeDefinitions']) expect(adapter).not.toHaveProperty(method);
  });

  it('refuses a users query it would have to fake, without sending it', async () => {
    const { adapter } = emulate();
    const page = { size: 5 };
    for (const query of [
      { search: 'ann', page },
      { sort: { field: 'email' as const, direction: 'asc' as const }, page },
      { filter: { status: ['active' as const] }, page },
      { filter: { organizationId: 'x' }, page },
      { page: { size: 5, index: 2 } },
    ]) {
      await expect(adapter.listUsers(query)).rejects.toMatchObject({ code: 'unsupported' });
    }
    for (const size of [0, 51, 2.5]) await expect(adapter.listUsers({ page: { size } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.listUsers({ page: { size: 5, cursor: 'forged' } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await recorder.take()).toEqual([]);
  });

  it('pages to the exact end: no empty last page when the count divides evenly', async () => {
    const { emulator, adapter } = emulate({ emulator: { userCount: 15 } });
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.listUsers({ page: { size: 5, cursor } });
      sizes.push(page.items.length);
      expect(page.total).toBeNull();
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([5, 5, 5]);
    expect(emulator.state.users.size).toBe(15);
  });

  it('updateUser changes only what it is given, keeping the rest of the replaced record', async () => {
    const { emulator, adapter } = emulate();
    const [wire] = emulator.state.users.values();
    Object.assign(wire!, { groups: ['g-1'], raw_attributes: { department: 'Legal' } });
    const before = structuredClone(wire!);
    const updated = await adapter.updateUser(wire!._id, { name: 'Ana  María López' });
    expect(updated).toMatchObject({ name: 'Ana María López', givenName: 'Ana', familyName: 'María López', email: before.email, customAttributes: { department: 'Legal' } });
    expect(emulator.state.users.get(wire!._id)).toMatchObject({
      email: before.email, first_name: 'Ana', last_name: 'María López', groups: ['g-1'], raw_attributes: { department: 'Legal' },
      roles: before.roles, email_verified: before.email_verified, is_active: before.is_active,
    });
    await adapter.updateUser(wire!._id, { customAttributes: { team: 'North' } });
    expect(emulator.state.users.get(wire!._id)!.raw_attributes).toEqual({ department: 'Legal', team: 'North' });
  });

  it('refuses phone and picture changes SSOJet cannot store, before writing', async () => {
    const { emulator, adapter } = emulate();
    const [wire] = emulator.state.users.values();
    await expect(adapter.updateUser(wire!._id, { phone: '+1 555 0100 999' })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.updateUser(wire!._id, { picture: 'https://example.com/a.png' })).rejects.toMatchObject({ code: 'unsupported' });
    expect((await recorder.take()).map((r) => r.method)).toEqual(['GET', 'GET']);
    // Sending back the value it already has is not a change.
    await expect(adapter.updateUser(wire!._id, { phone: wire!.phone_id || null, familyName: 'Same' })).resolves.toMatchObject({ familyName: 'Same' });
  });

  it('createUser adds attributes and roles with their own requests after the create', async () => {
    const { emulator, adapter } = emulate();
    const roleId = emulator.state.roles[1]!.id;
    const user = await adapter.createUser({ email: 'new.hire@example.com', givenName: 'New', familyName: 'Hire', roleIds: [roleId], customAttributes: { team: 'Ops' } });
    expect(user).toMatchObject({ email: 'new.hire@example.com', name: 'New Hire', status: 'active', emailVerified: false, roleIds: [roleId], customAttributes: { team: 'Ops' } });
    expect(emulator.state.users.get(user.id)).toMatchObject({ roles: [roleId], raw_attributes: { team: 'Ops' } });
    expect(user.id).toMatch(/^[0-9a-f]{24}$/);
    expect((await recorder.take()).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/v1/users',
      `PUT /api/v1/users/${user.id}`,
      `PUT /api/v1/users/${user.id}/roles`,
    ]);
  });

  it('refuses an invitation, a phone or an organization on create, which this API cannot do', async () => {
    const { emulator, adapter } = emulate();
    await expect(adapter.createUser({ email: 'a@example.com', invite: true })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.createUser({ email: 'a@example.com', phone: '+1 555 0100' })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.createUser({ email: 'a@example.com', organization: { id: emulator.state.organizations[0]!.id } })).rejects.toMatchObject({ code: 'unsupported' });
    expect(await recorder.take()).toEqual([]);
  });

  it('setUserVerified changes email verification, not whether the user may sign in', async () => {
    const { emulator, adapter } = emulate();
    const wire = [...emulator.state.users.values()].find((u) => u.is_active)!;
    const verified = !wire.email_verified;
    expect(await adapter.setUserVerified(wire._id, { email: verified })).toMatchObject({ emailVerified: verified, status: 'active' });
    expect(await adapter.setUserVerified(wire._id, { email: !verified })).toMatchObject({ emailVerified: !verified, status: 'active' });
  });

  it('getUserByEmail returns the full user, roles included', async () => {
    const { emulator, adapter } = emulate();
    const wire = [...emulator.state.users.values()].find((u) => u.roles?.length)!;
    const user = await adapter.getUserByEmail(wire.email.toUpperCase());
    expect(user).toMatchObject({ id: wire._id, email: wire.email, roleIds: wire.roles });
  });

  it('deleteUser removes the user and its memberships', async () => {
    const { emulator, adapter } = emulate();
    const [id] = emulator.state.users.keys();
    await adapter.deleteUser(id!);
    expect(emulator.state.users.has(id!)).toBe(false);
    await expect(adapter.listUserMemberships(id!)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lists memberships with organization names and the roles held in each', async () => {
    const { emulator, adapter } = emulate();
    const [id, held] = [...emulator.state.memberships.entries()].find(([, m]) => m.some((x) => x.roleIds.length))!;
    const memberships = await adapter.listUserMemberships(id);
    expect(memberships).toEqual(held.map((m) => ({
      organization: { id: m.organizationId, name: emulator.state.organizations.find((o) => o.id === m.organizationId)!.name },
      roleIds: m.roleIds,
    })));
    emulator.state.memberships.set(id, []);
    expect(await adapter.listUserMemberships(id)).toEqual([]);
  });

  it('lists roles with permission names and without deleted roles, the same inside an organization', async () => {
    const { emulator, adapter } = emulate();
    emulator.state.roles.push({ id: 'aaaaaaaaaaaaaaaaaaaaaaaa', name: 'Retired', slug: 'retired', description: '', permission_id: null, is_deleted: true, is_active: false });
    const roles = await adapter.listRoles();
    expect(roles.map((r) => r.id)).toEqual(emulator.state.roles.filter((r) => !r.is_deleted).map((r) => r.id));
    const owner = emulator.state.roles[0]!;
    expect(roles[0]!.permissions).toEqual(owner.permission_id!.map((id) => emulator.state.permissions.find((p) => p.id === id)!.name));
    expect(await adapter.listRoles({ organizationId: emulator.state.organizations[0]!.id })).toEqual(roles);
  });

  it('searches and pages organizations over the full list SSOJet answers', async () => {
    const { emulator, adapter } = emulate();
    const all = await adapter.listOrganizations();
    expect(all).toMatchObject({ total: emulator.state.organizations.length, nextCursor: null });
    expect(all.items[0]).toMatchObject({ id: emulator.state.organizations[0]!.id, domains: emulator.state.organizations[0]!.WhiteListDomains });
    const first = await adapter.listOrganizations({ page: { size: 4 } });
    const rest = await adapter.listOrganizations({ page: { size: 4, cursor: first.nextCursor } });
    expect([...first.items, ...rest.items].map((o) => o.id)).toEqual(all.items.map((o) => o.id));
    expect(rest.nextCursor).toBeNull();
    const found = await adapter.listOrganizations({ search: all.items[1]!.name.slice(0, 5).toUpperCase() });
    expect(found.items.map((o) => o.id)).toContain(all.items[1]!.id);
    expect(found.items.every((o) => o.name.toLowerCase().includes(all.items[1]!.name.slice(0, 5).toLowerCase()))).toBe(true);
  });

  it('is identified by host and client id, and says how to fix a missing option', () => {
    const { emulator, adapter } = emulate();
    expect(adapter.id).toBe(`ssojet:${emulator.baseUrl}:${emulator.clientId}`);
    expect(() => createSsojetAdapter({ clientId: '', getAccessToken: () => 't' })).toThrow(/clientId/);
    expect(() => createSsojetAdapter({ clientId: 'cli_x', getAccessToken: undefined as never })).toThrow(/getAccessToken/);
  });
});
