/**
 * UserDetails in a tenant admin's session: only what Descope's user-management widget calls, each
 * with `?tenant=`. No audit trail (management key only) and no resend (the widget has none).
 */
import { createDescopeAdapter, type DescopeSessionAuth } from '../../../src/adapters/descope/index.js';
import { RosterError } from '../../../src/core/errors.js';
import { guardAdapter } from '../../../src/core/guardAdapter.js';
import { userDetailsAvailable } from '../../../src/core/userDetails.js';
import { rejectionOf } from '../../helpers/rejection.js';
import { PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const TENANT = 'org_001';
const SESSION_TOKEN = 'refresh-jwt-of-an-acme-admin';
const ADMIN_ID = 'U2AcmeAdmin';

const { emulator, sent } = useDescopeEmulator({ sessions: { [SESSION_TOKEN]: { tenantId: TENANT, userId: ADMIN_ID } } });

const sessionAdapter = (options: Partial<DescopeSessionAuth> = {}) =>
  guardAdapter(createDescopeAdapter({ projectId: PROJECT_ID, auth: { getSessionToken: () => SESSION_TOKEN, tenantId: TENANT, ...options } }));
const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);
const member = () => structuredClone(emulator.state.users.find((u) => u.status === 'enabled' && u.userTenants.some((t) => t.tenantId === TENANT))!);
/** An invited user, made a member of the session's tenant (and of `org_002` too, unless `alone`). */
function invitedMember(alone = false) {
  const user = emulator.state.users.find((u) => u.status === 'invited')!;
  user.userTenants = [{ tenantId: TENANT, tenantName: 'Acme', roleNames: [] }, ...(alone ? [] : [{ tenantId: 'org_002', tenantName: 'Other', roleNames: [] }])];
  return structuredClone(user);
}
const outsider = () => emulator.state.users.find((u) => !u.userTenants.some((t) => t.tenantId === TENANT))!;
const userCalls = async () => (await sent()).filter((r) => r.path !== '/v1/mgmt/role/all');

describe('Descope details in a tenant admin session', () => {
  it('declares what the widget can do, and has no method for the rest', () => {
    const adapter = sessionAdapter();
    expect(userDetailsAvailable(adapter)).toEqual({
      lookupByEmail: true,
      activity: false,
      activityIncludesChanges: false,
      verifyEmail: true,
      verifyPhone: true,
      resendInvitation: false,
      revokeInvitation: true,
      attributeDefinitions: true,
    });
    expect(adapter.listUserActivity).toBeUndefined();
    expect(adapter.resendInvitation).toBeUndefined();
  });

  it('looks up by email with the widget’s search, within the tenant', async () => {
    const { userId, email } = member();
    expect((await sessionAdapter().getUserByEmail!(email.toUpperCase())).id).toBe(userId);
    const [search] = await userCalls();
    expect(search).toMatchObject({ method: 'POST', path: '/v1/mgmt/user/search', query: { tenant: TENANT } });
    expect(search!.body).toEqual({ emails: [email.toUpperCase(), email], page: 0, limit: 100 });
    // A user of another tenant is not in the session's sight.
    expect(await failure(sessionAdapter().getUserByEmail!(outsider().email))).toMatchObject({ code: 'not_found' });
  });

  it('sets a verified flag with the widget’s patch, by login id', async () => {
    const user = member();
    const result = await sessionAdapter().setUserVerified!(user.userId, { phone: !user.verifiedPhone });
    const patch = (await userCalls()).find((r) => r.method === 'PATCH')!;
    expect(patch).toMatchObject({ path: '/v1/mgmt/user/patch', query: { tenant: TENANT }, body: { loginId: user.loginIds[0], verifiedPhone: !user.verifiedPhone } });
    expect(result.phoneVerified).toBe(!user.verifiedPhone);
    expect(emulator.userDetails(user.userId).audits[0]).toMatchObject({ action: 'UserModified', actorId: ADMIN_ID });
  });

  it('withdraws an invitation as the session deletes: out of this tenant, then out of sight', async () => {
    const invited = invitedMember();
    await sessionAdapter().revokeInvitation!(invited.userId);
    const writes = (await userCalls()).filter((r) => r.path !== '/v1/mgmt/user/search');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/mgmt/user/update/tenant/remove']);
    expect(await failure(sessionAdapter().getUser(invited.userId))).toMatchObject({ code: 'not_found' });
  });

  it('with the host’s opt-in, deletes an invitee of this tenant alone outright', async () => {
    const invited = invitedMember(true);
    await sessionAdapter({ deleteUsersWithNoOtherTenant: true }).revokeInvitation!(invited.userId);
    expect(emulator.userDetails(invited.userId).user).toBeNull();
  });

  it('refuses to withdraw what is not an invitation', async () => {
    const active = member();
    expect(await failure(sessionAdapter().revokeInvitation!(active.userId))).toMatchObject({ code: 'invalid_input' });
    expect(emulator.userDetails(active.userId).user).not.toBeNull();
  });

  it('reads the schema with ?tenant=; an attribute the admin may not edit is read-only, as in the widget', async () => {
    const definitions = await sessionAdapter().listAttributeDefinitions!();
    const [request] = await userCalls();
    expect(request).toMatchObject({ method: 'GET', path: '/v1/mgmt/user/customattributes', query: { tenant: TENANT } });
    expect(definitions.map((d) => [d.key, d.editable])).toEqual([
      ['department', true],
      ['employeeId', false],
      ['startDate', true],
      ['remote', true],
      ['tags', true],
    ]);
    // Left out, `editable` is not granted: the widget disables such a field.
    emulator.faults.failNext('/v1/mgmt/user/customattributes', { status: 200, body: { data: [{ name: 'plain', type: 1 }] } });
    expect(await sessionAdapter().listAttributeDefinitions!()).toEqual([{ key: 'plain', label: null, type: 'string', editable: false }]);
  });

  it('the emulator refuses the audit search to a session, in Descope’s error shape', async () => {
    const response = await fetch(`${emulator.baseUrl}/v1/mgmt/audit/search?tenant=${TENANT}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${PROJECT_ID}:${SESSION_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userIds: [member().userId] }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'E011003', errorDescription: 'Forbidden' });
  });
});
