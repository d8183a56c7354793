// @vitest-environment node
/**
 * Clerk's official SDK, `@clerk/backend`, pointed at the emulator, for every operation the Roster
 * adapter sends (and the instance invitations the emulator also serves). Under Vitest the SDK calls
 * the global `fetch` (its runtime picks it when NODE_ENV is "test"), which MSW's Node server
 * intercepts.
 */
import { createClerkClient, type ClerkClient } from '@clerk/backend';
import { isClerkAPIResponseError } from '@clerk/backend/errors';
import { SECRET_KEY, useClerkEmulator } from './emulatorServer.js';

const { emulator, sent } = useClerkEmulator();

function client(secretKey = SECRET_KEY): ClerkClient {
  return createClerkClient({ secretKey, apiUrl: emulator.apiUrl });
}

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isClerkAPIResponseError(error)) throw new Error(`expected a ClerkAPIResponseError, got ${String(error)}`);
  return error;
}

const stored = (userId: string) => emulator.state.users.find((u) => u.id === userId);
const memberOf = (organizationId: string) => emulator.state.memberships.filter((m) => m.organization_id === organizationId);

describe('@clerk/backend against the Clerk emulator', () => {
  it('lists users with query, order, paging and organization filter, with totalCount from /users/count', async () => {
    const sdk = client();
    const all = await sdk.users.getUserList({ limit: 500 });
    expect(all.totalCount).toBe(emulator.state.users.length);
    expect(all.data).toHaveLength(emulator.state.users.length);
    // Clerk's default order: newest first.
    const created = all.data.map((u) => u.createdAt);
    expect([...created].sort((a, b) => b - a)).toEqual(created);

    const page = await sdk.users.getUserList({ orderBy: '+email_address', limit: 7, offset: 7 });
    expect(page.data).toHaveLength(7);
    const emails = page.data.map((u) => u.primaryEmailAddress!.emailAddress);
    expect([...emails].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare)).toEqual(emails);
    const [list] = await sent('GET /v1/users').then((r) => r.slice(-1));
    expect(list!.search.get('order_by')).toBe('+email_address');
    expect(list!.headers.get('authorization')).toBe(`Bearer ${SECRET_KEY}`);

    const target = emulator.state.users[3]!;
    const found = await sdk.users.getUserList({ query: target.last_name!.toUpperCase() });
    expect(found.data.map((u) => u.id)).toContain(target.id);
    expect(found.totalCount).toBe(found.data.length);

    const acme = await sdk.users.getUserList({ organizationId: ['org_001'], limit: 500 });
    expect(acme.totalCount).toBe(memberOf('org_001').length);
    expect(new Set(acme.data.map((u) => u.id))).toEqual(new Set(memberOf('org_001').map((m) => m.user_id)));
    const counted = await sent('GET /v1/users/count');
    expect(counted.at(-1)!.search.getAll('organization_id')).toEqual(['org_001']);

    const refused = await rejection(sdk.users.getUserList({ limit: 501 }));
    expect(refused.status).toBe(422);
    expect(refused.errors[0]).toMatchObject({ code: 'form_param_value_invalid', meta: { paramName: 'limit' } });
  });

  it('creates, reads, updates, merges metadata into and deletes a user', async () => {
    const sdk = client();
    const user = await sdk.users.createUser({
      emailAddress: ['sdk.person@roster-sdk.example'],
      phoneNumber: ['+15555550101'],
      firstName: 'Sdk',
      lastName: 'Person',
      publicMetadata: { department: 'Legal', level: { grade: 2 } },
      skipPasswordRequirement: true,
    });
    expect(user.id).toMatch(/^user_2[A-Za-z0-9]{26}$/);
    expect(user).toMatchObject({ firstName: 'Sdk', lastName: 'Person', banned: false, locked: false, publicMetadata: { department: 'Legal' } });
    expect(user.primaryEmailAddress).toMatchObject({ emailAddress: 'sdk.person@roster-sdk.example', verification: { status: 'verified' } });
    expect(user.primaryPhoneNumber!.phoneNumber).toBe('+15555550101');
    expect(Math.abs(user.createdAt - Date.now())).toBeLessThan(60_000);

    expect((await sdk.users.getUser(user.id)).fullName).toBe('Sdk Person');
    const renamed = await sdk.users.updateUser(user.id, { firstName: 'Renamed' });
    expect(renamed).toMatchObject({ firstName: 'Renamed', lastName: 'Person', publicMetadata: { department: 'Legal' } });
    const merged = await sdk.users.updateUserMetadata(user.id, { publicMetadata: { level: { step: 1 }, department: null } as never });
    expect(merged.publicMetadata).toEqual({ level: { grade: 2, step: 1 } });

    const duplicate = await rejection(sdk.users.createUser({ emailAddress: ['sdk.person@roster-sdk.example'], skipPasswordRequirement: true }));
    expect(duplicate.status).toBe(422);
    expect(duplicate.errors[0]).toMatchObject({ code: 'form_identifier_exists', meta: { paramName: 'email_address' } });
    const noPassword = await rejection(sdk.users.createUser({ emailAddress: ['other@roster-sdk.example'] }));
    expect(noPassword.errors[0]).toMatchObject({ code: 'form_param_missing', meta: { paramName: 'password' } });

    const deleted = await sdk.users.deleteUser(user.id);
    expect(deleted).toMatchObject({ id: user.id, deleted: true });
    const gone = await rejection(sdk.users.getUser(user.id));
    expect(gone.status).toBe(404);
    expect(gone.errors[0]).toMatchObject({ code: 'resource_not_found' });
    expect(gone.clerkTraceId).toMatch(/^emulator-/);
  });

  it('bans, unbans, locks and unlocks a user', async () => {
    const sdk = client();
    const { id } = emulator.state.users.find((u) => !u.banned)!;
    expect((await sdk.users.banUser(id)).banned).toBe(true);
    expect(stored(id)!.banned).toBe(true);
    expect((await sdk.users.unbanUser(id)).banned).toBe(false);
    expect((await sdk.users.lockUser(id)).locked).toBe(true);
    expect(stored(id)!.locked).toBe(true);
    expect((await sdk.users.unlockUser(id)).locked).toBe(false);
  });

  it('lists organizations, one organization, a user’s memberships and the instance’s roles', async () => {
    const sdk = client();
    const organizations = await sdk.organizations.getOrganizationList({ limit: 5, offset: 0, query: 'o' });
    expect(organizations.totalCount).toBe(emulator.state.organizations.filter((o) => /o/i.test(o.name) || /o/i.test(o.slug) || /o/i.test(o.id)).length);
    expect(organizations.data.length).toBeLessThanOrEqual(5);
    const acme = await sdk.organizations.getOrganization({ organizationId: 'org_001' });
    expect(acme).toMatchObject({ id: 'org_001', name: 'Acme Corporation', slug: 'acmecorporation' });
    expect((await rejection(sdk.organizations.getOrganization({ organizationId: 'org_missing' }))).status).toBe(404);

    const membership = emulator.state.memberships[0]!;
    const memberships = await sdk.users.getOrganizationMembershipList({ userId: membership.user_id, limit: 500 });
    expect(memberships.totalCount).toBe(emulator.state.memberships.filter((m) => m.user_id === membership.user_id).length);
    expect(memberships.data.find((m) => m.organization.id === membership.organization_id)).toMatchObject({ role: membership.role, publicUserData: { userId: membership.user_id } });

    const roles = await sdk.organizationRoles.getOrganizationRoleList({ limit: 500 });
    expect(roles.data.map((r) => r.key)).toEqual(expect.arrayContaining(['org:admin', 'org:member']));
    expect(roles.totalCount).toBe(emulator.state.roles.length);
    expect(roles.data.find((r) => r.key === 'org:admin')!.permissions.map((p) => p.key)).toContain('org:sys_memberships:manage');
  });

  it('adds a member with one role, changes that role and removes the member', async () => {
    const sdk = client();
    const user = emulator.state.users.find((u) => !emulator.state.memberships.some((m) => m.user_id === u.id && m.organization_id === 'org_002'))!;
    const added = await sdk.organizations.createOrganizationMembership({ organizationId: 'org_002', userId: user.id, role: 'org:member' });
    expect(added).toMatchObject({ role: 'org:member', organization: { id: 'org_002' } });
    const again = await rejection(sdk.organizations.createOrganizationMembership({ organizationId: 'org_002', userId: user.id, role: 'org:member' }));
    expect(again.status).toBe(400);
    expect(again.errors[0]!.code).toBe('already_a_member_in_organization');

    const promoted = await sdk.organizations.updateOrganizationMembership({ organizationId: 'org_002', userId: user.id, role: 'org:admin' });
    expect(promoted.role).toBe('org:admin');
    expect(memberOf('org_002').find((m) => m.user_id === user.id)!.role).toBe('org:admin');
    const unknownRole = await rejection(sdk.organizations.updateOrganizationMembership({ organizationId: 'org_002', userId: user.id, role: 'org:nope' }));
    expect(unknownRole.status).toBe(422);

    await sdk.organizations.deleteOrganizationMembership({ organizationId: 'org_002', userId: user.id });
    expect(memberOf('org_002').some((m) => m.user_id === user.id)).toBe(false);
    expect((await rejection(sdk.organizations.deleteOrganizationMembership({ organizationId: 'org_002', userId: user.id }))).status).toBe(404);
  });

  it('lists, creates and revokes instance invitations', async () => {
    const sdk = client();
    const pending = await sdk.invitations.getInvitationList({ status: 'pending', limit: 500 });
    expect(pending.totalCount).toBe(emulator.state.invitations.length);
    const invitation = await sdk.invitations.createInvitation({ emailAddress: 'invitee@roster-sdk.example', publicMetadata: { team: 'ops' } });
    expect(invitation).toMatchObject({ emailAddress: 'invitee@roster-sdk.example', status: 'pending', revoked: false });
    const revoked = await sdk.invitations.revokeInvitation(invitation.id);
    expect(revoked).toMatchObject({ status: 'revoked', revoked: true });
  });

  it('finds a user by email address and marks the primary email address and phone number verified or not', async () => {
    const sdk = client();
    const target = emulator.state.users.find((u) => u.primary_phone_number_id)!;
    const email = target.email_addresses[0]!;
    const found = await sdk.users.getUserList({ emailAddress: [email.email_address.toUpperCase()] });
    expect(found.data.map((u) => u.id)).toEqual([target.id]);
    expect((await sdk.users.getUserList({ emailAddress: [email.email_address.slice(1)] })).data).toEqual([]);

    const unverified = await sdk.emailAddresses.updateEmailAddress(email.id, { verified: false });
    expect(unverified).toMatchObject({ id: email.id, emailAddress: email.email_address, verification: null });
    expect((await sdk.users.getUser(target.id)).primaryEmailAddress!.verification).toBeNull();
    expect((await sdk.emailAddresses.updateEmailAddress(email.id, { verified: true })).verification).toMatchObject({ status: 'verified', strategy: 'admin' });

    const phoneId = target.primary_phone_number_id!;
    expect((await sdk.phoneNumbers.updatePhoneNumber(phoneId, { verified: false })).verification).toBeNull();
    expect(stored(target.id)!.phone_numbers[0]!.verification).toBeNull();
    expect((await sdk.phoneNumbers.updatePhoneNumber(phoneId, { verified: true })).verification).toMatchObject({ status: 'verified' });

    expect((await rejection(sdk.emailAddresses.updateEmailAddress('idn_missing', { verified: true }))).status).toBe(404);
    const unknown = await rejection(sdk.emailAddresses.updateEmailAddress(email.id, { verified: true, label: 'work' } as never));
    expect(unknown.status).toBe(422);
    expect(unknown.errors[0]).toMatchObject({ code: 'form_param_unknown', meta: { paramName: 'label' } });
  });

  it('lists a user’s sessions newest first, paged and by status, and creates one', async () => {
    const sdk = client();
    const userId = emulator.state.sessions[0]!.user_id;
    const held = emulator.state.sessions.filter((s) => s.user_id === userId);
    const all = await sdk.sessions.getSessionList({ userId, limit: 500 });
    expect(all.totalCount).toBe(held.length);
    expect(all.data.map((s) => s.id).sort()).toEqual(held.map((s) => s.id).sort());
    const created = all.data.map((s) => s.createdAt);
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    expect(all.data[0]!.latestActivity).toMatchObject({ browserName: expect.any(String), ipAddress: expect.any(String) });
    const [request] = (await sent('GET /v1/sessions')).slice(-1);
    expect(Object.fromEntries(request!.search)).toEqual({ user_id: userId, paginated: 'true', limit: '500' });

    const page = await sdk.sessions.getSessionList({ userId, limit: 2, offset: 2 });
    expect(page.data.map((s) => s.id)).toEqual(all.data.slice(2, 4).map((s) => s.id));
    const ended = await sdk.sessions.getSessionList({ userId, status: 'ended', limit: 500 });
    expect(ended.totalCount).toBe(held.filter((s) => s.status === 'ended').length);
    expect(ended.data.every((s) => s.status === 'ended')).toBe(true);

    const signedIn = await sdk.sessions.createSession({ userId });
    expect(signedIn).toMatchObject({ userId, status: 'active' });
    expect((await sdk.sessions.getSessionList({ userId, limit: 1 })).data[0]!.id).toBe(signedIn.id);
    expect(stored(userId)!.last_sign_in_at).toBe(signedIn.createdAt);

    const nobody = await rejection(sdk.sessions.getSessionList({}));
    expect(nobody.errors[0]).toMatchObject({ code: 'form_param_missing' });
    const badStatus = await rejection(sdk.sessions.getSessionList({ userId, status: 'asleep' as never }));
    expect(badStatus.errors[0]).toMatchObject({ code: 'form_param_value_invalid', meta: { paramName: 'status' } });
    expect((await rejection(sdk.sessions.createSession({ userId: 'user_missing' }))).status).toBe(404);
  });

  it('is refused without the right key, and reads Retry-After on a 429', async () => {
    const denied = await rejection(client('sk_test_NotTheKey').users.getUserList());
    expect(denied.status).toBe(401);
    expect(denied.errors[0]!.code).toBe('clerk_key_invalid');

    emulator.faults.failNext('GET /organization_roles', { status: 429, retryAfterSeconds: 42 });
    const limited = await rejection(client().organizationRoles.getOrganizationRoleList());
    expect(limited.status).toBe(429);
    expect(limited.retryAfter).toBe(42);
  });
});
