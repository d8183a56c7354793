// @vitest-environment node
/**
 * WorkOS's official Node SDK (`@workos-inc/node` v8), pointed at the emulator, for every operation
 * the Roster adapter sends. The SDK calls `globalThis.fetch`, which MSW's Node server intercepts.
 */
import { NotFoundException, RateLimitExceededException, UnauthorizedException, UnprocessableEntityException, WorkOS } from '@workos-inc/node';
import { API_KEY, useWorkOSEmulator } from './emulatorServer.js';

// A host and port of its own, so the SDK's `apiHostname` / `https` / `port` options are exercised.
const { emulator, sent } = useWorkOSEmulator({ baseUrl: 'http://workos.emulator.test:8080' });

const sdk = (key = API_KEY) => new WorkOS(key, { apiHostname: 'workos.emulator.test', https: false, port: 8080 });
const ACME = 'org_001';

describe('@workos-inc/node against the WorkOS emulator', () => {
  it('lists users by cursor, newest first, filtered by organization, with the bearer key', async () => {
    const workos = sdk();
    const first = await workos.userManagement.listUsers({ limit: 7 });
    expect(first.data).toHaveLength(7);
    const created = first.data.map((u) => u.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    expect(first.listMetadata.after).toBe(first.data[6]!.id);
    const second = await workos.userManagement.listUsers({ limit: 7, after: first.listMetadata.after! });
    expect(second.data.map((u) => u.id).some((id) => first.data.some((u) => u.id === id))).toBe(false);
    const all = await (await workos.userManagement.listUsers()).autoPagination();
    expect(all).toHaveLength(40);

    const acme = await workos.userManagement.listUsers({ organizationId: ACME, limit: 100 });
    const members = new Set(emulator.state.memberships.filter((m) => m.organization_id === ACME).map((m) => m.user_id));
    expect(acme.data.length).toBe(members.size);
    expect(acme.data.every((u) => members.has(u.id))).toBe(true);
    const [request] = (await sent('/user_management/users')).slice(-1);
    expect(request!.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    expect(request!.query).toMatchObject({ organization_id: ACME, limit: '100', order: 'desc' });
  });

  it('creates, reads, updates (metadata replaced whole) and deletes a user', async () => {
    const workos = sdk();
    const user = await workos.userManagement.createUser({ email: 'sdk.person@roster-sdk.example', firstName: 'Sdk', lastName: 'Person', metadata: { department: 'Legal', team: 'Core' } });
    expect(user).toMatchObject({ object: 'user', email: 'sdk.person@roster-sdk.example', firstName: 'Sdk', lastName: 'Person', emailVerified: false, lastSignInAt: null });
    expect(user.id).toMatch(/^user_[0-9A-Z]{26}$/);
    expect((await workos.userManagement.getUser(user.id)).metadata).toEqual({ department: 'Legal', team: 'Core' });
    const updated = await workos.userManagement.updateUser({ userId: user.id, firstName: 'Renamed', metadata: { department: 'Sales' } });
    expect(updated).toMatchObject({ firstName: 'Renamed', lastName: 'Person', metadata: { department: 'Sales' } });
    await expect(workos.userManagement.createUser({ email: 'sdk.person@roster-sdk.example' })).rejects.toMatchObject({ status: 400, code: 'user_creation_error', errors: [{ code: 'email_not_available' }] });
    await workos.userManagement.deleteUser(user.id);
    await expect(workos.userManagement.getUser(user.id)).rejects.toBeInstanceOf(NotFoundException);
  });

  it('lists, creates, updates, deactivates, reactivates and deletes memberships', async () => {
    const workos = sdk();
    const user = emulator.state.users.find((u) => !emulator.state.memberships.some((m) => m.user_id === u.id && m.organization_id === 'org_002'))!;
    const created = await workos.userManagement.createOrganizationMembership({ userId: user.id, organizationId: 'org_002', roleSlug: 'admin' });
    expect(created).toMatchObject({ userId: user.id, organizationId: 'org_002', organizationName: 'Globex', status: 'active', role: { slug: 'admin' } });
    const multi = await workos.userManagement.updateOrganizationMembership(created.id, { roleSlugs: ['admin', 'billing'] });
    expect(multi.roles).toEqual([{ slug: 'admin' }, { slug: 'billing' }]);
    expect((await workos.userManagement.deactivateOrganizationMembership(created.id)).status).toBe('inactive');
    const activeOnly = await workos.userManagement.listOrganizationMemberships({ userId: user.id });
    expect(activeOnly.data.some((m) => m.id === created.id)).toBe(false);
    const every = await workos.userManagement.listOrganizationMemberships({ userId: user.id, statuses: ['active', 'inactive', 'pending'] });
    expect(every.data.find((m) => m.id === created.id)?.status).toBe('inactive');
    expect((await workos.userManagement.reactivateOrganizationMembership(created.id)).status).toBe('active');
    await expect(workos.userManagement.createOrganizationMembership({ userId: user.id, organizationId: 'org_002', roleSlug: 'no-such-role' })).rejects.toBeInstanceOf(UnprocessableEntityException);
    await workos.userManagement.deleteOrganizationMembership(created.id);
    await expect(workos.userManagement.getOrganizationMembership(created.id)).rejects.toBeInstanceOf(NotFoundException);
  });

  it('finds a user by email and marks the email verified', async () => {
    const workos = sdk();
    const person = emulator.state.users[3]!;
    const found = await workos.userManagement.listUsers({ email: person.email });
    expect(found.data.map((u) => u.id)).toEqual([person.id]);
    expect((await workos.userManagement.listUsers({ email: 'nobody@roster-sdk.example' })).data).toEqual([]);
    const was = person.email_verified;
    const updated = await workos.userManagement.updateUser({ userId: person.id, emailVerified: !was });
    expect(updated.emailVerified).toBe(!was);
    const [put] = (await sent()).filter((r) => r.method === 'PUT');
    expect(put!.body).toEqual({ email_verified: !was });
  });

  it('sends, lists, resends and revokes invitations, refusing one for an existing user', async () => {
    const workos = sdk();
    const invitation = await workos.userManagement.sendInvitation({ email: 'sdk.invitee@roster-sdk.example', organizationId: ACME, roleSlug: 'member' });
    expect(invitation).toMatchObject({ object: 'invitation', email: 'sdk.invitee@roster-sdk.example', state: 'pending', organizationId: ACME });
    const listed = await workos.userManagement.listInvitations({ email: 'sdk.invitee@roster-sdk.example' });
    expect(listed.data.map((i) => i.id)).toEqual([invitation.id]);
    expect((await workos.userManagement.resendInvitation(invitation.id)).state).toBe('pending');
    expect((await workos.userManagement.revokeInvitation(invitation.id)).state).toBe('revoked');
    expect((await workos.userManagement.getInvitation(invitation.id)).state).toBe('revoked');
    const existing = emulator.state.users[0]!;
    await expect(workos.userManagement.sendInvitation({ email: existing.email })).rejects.toMatchObject({ status: 400, rawData: { code: 'user_already_exists' } });
  });

  it('lists and loads organizations, and the roles of the environment and of an organization', async () => {
    const workos = sdk();
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = await workos.organizations.listOrganizations({ limit: 5, order: 'asc', after });
      ids.push(...page.data.map((o) => o.id));
      after = page.listMetadata.after ?? undefined;
    } while (after);
    expect(ids).toEqual(emulator.state.organizations.map((o) => o.id));
    expect(await workos.organizations.getOrganization(ACME)).toMatchObject({ id: ACME, name: 'Acme Corporation', domains: [{ domain: 'acmecorporation.example' }] });
    const environment = await workos.authorization.listEnvironmentRoles();
    expect(environment.data.every((r) => r.type === 'EnvironmentRole')).toBe(true);
    expect(environment.data.map((r) => r.slug)).toContain('member');
    const legacy = await workos.organizations.listOrganizationRoles({ organizationId: ACME });
    const current = await workos.authorization.listOrganizationRoles(ACME);
    expect(legacy.data.map((r) => r.slug)).toEqual(current.data.map((r) => r.slug));
    expect(current.data.filter((r) => r.type === 'OrganizationRole').map((r) => r.slug)).toEqual(['org-approver', 'org-site-lead']);
  });

  it('answers as WorkOS does to a wrong key, an unknown id and a rate limit', async () => {
    await expect(sdk('sk_test_wrong').userManagement.listUsers()).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(sdk().organizations.getOrganization('org_missing')).rejects.toBeInstanceOf(NotFoundException);
    emulator.faults.failNext('GET /user_management/users', { status: 429, retryAfterSeconds: 3 });
    const limited = await sdk().userManagement.listUsers().catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitExceededException);
    expect((limited as RateLimitExceededException).retryAfter).toBe(3);
  });
});
