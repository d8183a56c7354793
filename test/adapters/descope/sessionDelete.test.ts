/**
 * Deleting in a tenant admin's session (issue 14): a tenant admin manages their tenant, not the
 * project, so "delete" removes the user from that tenant — the account and its other memberships
 * stay. Deleting the account itself happens only when the host opted in and the user belongs to
 * no other tenant the session can see.
 */
import { createDescopeAdapter, type DescopeSessionAuth } from '../../../src/adapters/descope/index.js';
import { PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const TENANT = 'org_001';
const SUB_TENANT = 'org_001_emea';
const SESSION_TOKEN = 'refresh-jwt-of-an-acme-admin';

const { emulator, sent } = useDescopeEmulator({ sessions: { [SESSION_TOKEN]: { tenantId: TENANT } } });

const sessionAdapter = (options: Partial<DescopeSessionAuth> = {}) =>
  createDescopeAdapter({ projectId: PROJECT_ID, auth: { getSessionToken: () => SESSION_TOKEN, tenantId: TENANT, ...options } });
const stored = (userId: string) => emulator.state.users.find((u) => u.userId === userId);
const tenantsOf = (userId: string) => stored(userId)?.userTenants.map((t) => t.tenantId);
const writes = async () => (await sent()).filter((r) => r.path !== '/v1/mgmt/role/all' && r.path !== '/v1/mgmt/user/search');

/** A member of the session's tenant who also belongs to `other`, or to this tenant alone. */
function memberAlsoIn(other: string | null) {
  const user = emulator.state.users.find((u) => u.userTenants.some((t) => t.tenantId === TENANT))!;
  user.userTenants = user.userTenants.filter((t) => t.tenantId === TENANT);
  if (other) user.userTenants.push({ tenantId: other, tenantName: other, roleNames: [] });
  return user;
}

describe('Descope session mode: delete', () => {
  it('removes the user from the session’s tenant only; the account and its other tenants stay', async () => {
    const user = memberAlsoIn('org_002');
    await sessionAdapter().deleteUser!(user.userId);

    expect(stored(user.userId)).toBeDefined();
    expect(tenantsOf(user.userId)).toEqual(['org_002']);
    const requests = await writes();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/mgmt/user/update/tenant/remove']);
    expect(requests[0]!.query).toEqual({ tenant: TENANT });
    expect(requests[0]!.body).toEqual({ loginId: user.loginIds[0], tenantId: TENANT });
    await expect(sessionAdapter().getUser(user.userId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('without the host’s opt-in, never deletes the account, even of a user in no other tenant', async () => {
    const user = memberAlsoIn(null);
    await sessionAdapter().deleteUser!(user.userId);
    expect(stored(user.userId)).toBeDefined();
    expect(tenantsOf(user.userId)).toEqual([]);
    expect((await writes()).map((r) => r.path)).toEqual(['/v1/mgmt/user/update/tenant/remove']);
  });

  it('with deleteUsersWithNoOtherTenant, deletes the account of a user in this tenant alone', async () => {
    const user = memberAlsoIn(null);
    await sessionAdapter({ deleteUsersWithNoOtherTenant: true }).deleteUser!(user.userId);
    expect(stored(user.userId)).toBeUndefined();
    const requests = await writes();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/mgmt/user/delete/batch']);
    expect(requests[0]!.body).toEqual({ userIds: [user.userId] });
  });

  it('with deleteUsersWithNoOtherTenant, still only removes a user who also belongs to a sub-tenant', async () => {
    emulator.state.tenants.push({ id: SUB_TENANT, name: 'Acme EMEA', selfProvisioningDomains: [], parent: TENANT });
    const user = memberAlsoIn(SUB_TENANT);
    await sessionAdapter({ deleteUsersWithNoOtherTenant: true }).deleteUser!(user.userId);
    expect(tenantsOf(user.userId)).toEqual([SUB_TENANT]);
    expect((await writes()).map((r) => r.path)).toEqual(['/v1/mgmt/user/update/tenant/remove']);
  });

  it('is refused by the emulator when a session names another tenant', async () => {
    const user = memberAlsoIn('org_002');
    const response = await fetch(`${emulator.baseUrl}/v1/mgmt/user/update/tenant/remove?tenant=${TENANT}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${PROJECT_ID}:${SESSION_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ loginId: user.loginIds[0], tenantId: 'org_002' }),
    });
    expect(response.status).toBe(403);
    expect(tenantsOf(user.userId)).toEqual([TENANT, 'org_002']);
  });
});
