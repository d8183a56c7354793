// @vitest-environment node
// A secret key may only be used where there is no `window`: this file runs in plain Node.
/**
 * Where Clerk's model differs from Roster's, checked against the emulator's own state: no
 * project-wide roles, one role per organization membership, disabled as banned or locked,
 * organizations listed and paged by Clerk, and the requests as Clerk documents them.
 */
import { createClerkAdapter } from '../../../src/adapters/clerk/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import { SECRET_KEY, useClerkEmulator } from './emulatorServer.js';
import { rejectionOf } from '../../helpers/rejection.js';

const { emulator, sent } = useClerkEmulator();
let adapter: RosterAdapter;

beforeEach(() => {
  adapter = createClerkAdapter({ secretKey: SECRET_KEY });
});

const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);

const membership = () => emulator.state.memberships.find((m) => m.organization_id === 'org_001')!;
const roleHeld = (userId: string, organizationId: string) => emulator.state.memberships.find((m) => m.user_id === userId && m.organization_id === organizationId)?.role;

describe('roles: none project-wide, one per membership', () => {
  it('lists the instance’s organization roles in any organization, and the same definitions without one (none holdable there)', async () => {
    expect(adapter.capabilities.projectRoles).toBe(false);
    expect(await adapter.listRoles()).toEqual(await adapter.listRoles({ organizationId: 'org_002' }));
    const roles = await adapter.listRoles({ organizationId: 'org_001' });
    expect(roles.map((r) => r.id).sort()).toEqual(emulator.state.roles.map((r) => r.key).sort());
    expect(roles.find((r) => r.id === 'org:admin')).toMatchObject({ name: 'Admin', organizationId: null, permissions: expect.arrayContaining(['org:sys_memberships:manage']) });
    expect(adapter.capabilities).toMatchObject({ projectRoles: false, roleUpdates: 'set' });
    expect(adapter.addUserRoles).toBeUndefined();
  });

  it('setUserRoles in an organization swaps the one role, and touches no other membership', async () => {
    const m = membership();
    const others = emulator.state.memberships.filter((x) => x.user_id === m.user_id && x !== m).map((x) => [x.organization_id, x.role]);
    const next = m.role === 'org:admin' ? 'org:member' : 'org:admin';
    await adapter.setUserRoles!(m.user_id, [next], { organizationId: 'org_001' });
    expect(roleHeld(m.user_id, 'org_001')).toBe(next);
    expect(emulator.state.memberships.filter((x) => x.user_id === m.user_id && x.organization_id !== 'org_001').map((x) => [x.organization_id, x.role])).toEqual(others);
    const [patch] = await sent(`PATCH /v1/organizations/org_001/memberships/${m.user_id}`);
    expect(patch!.body).toEqual({ role: next });
    expect((await adapter.listUserMemberships(m.user_id)).find((x) => x.organization.id === 'org_001')!.roleIds).toEqual([next]);
  });

  it('refuses two roles, no role, and project scope, before sending anything', async () => {
    const m = membership();
    const two = await failure(adapter.setUserRoles!(m.user_id, ['org:admin', 'org:member'], { organizationId: 'org_001' }));
    expect(two).toMatchObject({ code: 'invalid_input', fieldErrors: { roleIds: 'Exactly one role per organization.' } });
    expect(two.message).toMatch(/exactly one role/);
    expect(await failure(adapter.setUserRoles!(m.user_id, [], { organizationId: 'org_001' }))).toMatchObject({ code: 'invalid_input' });
    expect(await failure(adapter.setUserRoles!(m.user_id, ['org:admin']))).toMatchObject({ code: 'unsupported' });
    expect(await failure(adapter.addUserMembership!(m.user_id, 'org_002', { roleIds: ['org:admin', 'org:member'] }))).toMatchObject({ code: 'invalid_input' });
    expect(await sent()).toEqual([]);
    expect(roleHeld(m.user_id, 'org_001')).toBe(m.role);
  });

  it('joins with the default role when none is given, or the one given; an unknown role is refused by Clerk', async () => {
    const user = emulator.state.users.find((u) => !roleHeld(u.id, 'org_003') && !roleHeld(u.id, 'org_004'))!;
    await adapter.addUserMembership!(user.id, 'org_003');
    expect(roleHeld(user.id, 'org_003')).toBe('org:member');
    const custom = createClerkAdapter({ secretKey: SECRET_KEY, defaultOrganizationRole: 'org:viewer' });
    await custom.addUserMembership!(user.id, 'org_004');
    expect(roleHeld(user.id, 'org_004')).toBe('org:viewer');
    expect(await failure(adapter.addUserMembership!(user.id, 'org_005', { roleIds: ['org:nope'] }))).toMatchObject({ code: 'invalid_input', status: 422 });
    await adapter.removeUserMembership!(user.id, 'org_003');
    expect(roleHeld(user.id, 'org_003')).toBeUndefined();
    expect(await failure(adapter.removeUserMembership!(user.id, 'org_003'))).toMatchObject({ code: 'not_found', message: 'The user is not a member of this organization.' });
  });
});

describe('users and organizations as Clerk holds them', () => {
  it('carries, in a list scoped to an organization, the role each user holds there, read in one call', async () => {
    const page = await adapter.listUsers({ filter: { organizationId: 'org_001' }, page: { size: 5 } });
    expect(page.items.length).toBeGreaterThan(0);
    for (const user of page.items) expect(user.memberships).toEqual([{ organization: { id: 'org_001', name: expect.any(String) }, roleIds: [roleHeld(user.id, 'org_001')] }]);
    expect(await sent('GET /v1/organizations/org_001/memberships')).toHaveLength(1);
  });

  it('disables by banning; enables by unbanning and unlocking a locked user', async () => {
    const user = emulator.state.users.find((u) => !u.banned)!;
    expect((await adapter.setUserStatus!(user.id, 'disabled')).status).toBe('disabled');
    expect(emulator.state.users.find((u) => u.id === user.id)!.banned).toBe(true);
    emulator.state.users.find((u) => u.id === user.id)!.locked = true;
    expect((await adapter.setUserStatus!(user.id, 'active')).status).toBe('active');
    expect(emulator.state.users.find((u) => u.id === user.id)).toMatchObject({ banned: false, locked: false });
  });

  it('merges custom attributes into public_metadata, keeping keys not sent', async () => {
    const user = emulator.state.users[0]!;
    user.public_metadata = { department: 'Sales', badge: 7 };
    await adapter.updateUser!(user.id, { customAttributes: { department: 'Legal' } });
    expect(emulator.state.users[0]!.public_metadata).toEqual({ department: 'Legal', badge: 7 });
    const [merge] = await sent(`PATCH /v1/users/${user.id}/metadata`);
    expect(merge!.body).toEqual({ public_metadata: { department: 'Legal' } });
  });

  it('creates with skip_password_requirement and the name split into first and last', async () => {
    const created = await adapter.createUser!({ email: 'new.person@roster-clerk.example', name: 'Ada Lovelace King' });
    expect(created).toMatchObject({ name: 'Ada Lovelace King', givenName: 'Ada', familyName: 'Lovelace King', status: 'active', emailVerified: true });
    const [post] = await sent('POST /v1/users');
    expect(post!.body).toEqual({ email_address: ['new.person@roster-clerk.example'], first_name: 'Ada', last_name: 'Lovelace King', skip_password_requirement: true });
    expect(await failure(adapter.createUser!({ email: 'x@roster-clerk.example', invite: true }))).toMatchObject({ code: 'unsupported' });
  });

  it('lists users with Clerk’s order_by, limit/offset and the same filters on /users/count', async () => {
    const page = await adapter.listUsers({ search: 'example', sort: { field: 'lastLoginAt', direction: 'desc' }, filter: { organizationId: 'org_001' }, page: { size: 3, index: 1 } });
    const [list] = await sent('GET /v1/users');
    expect(list!.query).toEqual({ query: 'example', organization_id: 'org_001', order_by: '-last_sign_in_at', limit: '3', offset: '3' });
    const members = emulator.state.memberships.filter((m) => m.organization_id === 'org_001').length;
    expect(page.total).toBe(members);
    expect(await failure(adapter.listUsers({ sort: { field: 'name', direction: 'asc' }, page: { size: 3 } }))).toMatchObject({ code: 'unsupported' });
    expect(await failure(adapter.listUsers({ filter: { status: ['disabled'] }, page: { size: 3 } }))).toMatchObject({ code: 'unsupported' });
    expect(await failure(adapter.listUsers({ page: { size: 501 } }))).toMatchObject({ code: 'invalid_input' });
  });

  it('lists organizations with Clerk’s query and paging, and every page when none is asked for', async () => {
    const all = await adapter.listOrganizations();
    expect(all.items.map((o) => o.id)).toEqual(emulator.state.organizations.map((o) => o.id).reverse());
    expect(all.total).toBe(emulator.state.organizations.length);
    const page = await adapter.listOrganizations({ search: 'acme', page: { size: 1 } });
    expect(page).toMatchObject({ items: [{ id: 'org_001', name: 'Acme Corporation', domains: [] }], total: 1, nextCursor: null });
    const first = await adapter.listOrganizations({ page: { size: 5 } });
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).not.toBeNull();
  });
});
