/**
 * A tenant admin's session on the wire, held to what Descope's user-management widget sends
 * (descope-js packages/widgets/user-management-widget/src/lib/widget/api/sdk/createUserSdk.ts):
 * users addressed by their first login id for patch, status and role changes (and for the removal
 * from the tenant that stands for delete), by `userIds` for the batch delete, and created with the
 * widget's own create body.
 */
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const TENANT = 'org_001';
const SESSION_TOKEN = 'refresh-jwt-of-an-acme-admin';

const { emulator, sent } = useDescopeEmulator({ sessions: { [SESSION_TOKEN]: { tenantId: TENANT } } });

const sessionAdapter = (): RosterAdapter => createDescopeAdapter({ projectId: PROJECT_ID, auth: { getSessionToken: () => SESSION_TOKEN, tenantId: TENANT } });
const stored = (userId: string) => emulator.state.users.find((u) => u.userId === userId);
const writes = async () => (await sent()).filter((r) => r.path !== '/v1/mgmt/role/all');

/** A member of the tenant with a second login id, so the first one is seen to be the one sent. */
function member() {
  const user = emulator.state.users.find((u) => u.status === 'enabled' && u.userTenants.some((t) => t.tenantId === TENANT))!;
  user.loginIds.push('+15555550142');
  return structuredClone(user);
}

/** A raw call with the session's bearer and tenant, as the widget makes it. */
const widgetCall = (method: string, path: string, body: unknown, token = `${PROJECT_ID}:${SESSION_TOKEN}`) =>
  fetch(`${emulator.baseUrl}${path}?tenant=${TENANT}`, { method, body: JSON.stringify(body), headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });

describe('Descope session on the wire, as the user-management widget', () => {
  it('creates with the widget’s body: invited, email and phone verified, into its tenant with the roles given there', async () => {
    const user = await sessionAdapter().createUser!({
      email: 'widget.joiner@acmecorporation.example',
      name: 'Widget Joiner',
      givenName: 'Widget',
      familyName: 'Joiner',
      phone: '+15555550177',
      customAttributes: { department: 'Legal' },
      invite: true,
      organization: { id: TENANT, roleIds: ['tenant/org_001/Approver', 'Viewer'] },
    });
    const [create, ...rest] = await writes();
    expect(rest).toEqual([]);
    expect(create).toMatchObject({ method: 'POST', path: '/v1/mgmt/user/create', query: { tenant: TENANT } });
    expect(create!.body).toEqual({
      loginId: 'widget.joiner@acmecorporation.example',
      email: 'widget.joiner@acmecorporation.example',
      displayName: 'Widget Joiner',
      givenName: 'Widget',
      familyName: 'Joiner',
      phone: '+15555550177',
      customAttributes: { department: 'Legal' },
      roleNames: ['Approver', 'Viewer'],
      userTenants: [],
      verifiedEmail: true,
      verifiedPhone: true,
      invite: true,
    });

    expect(stored(user.id)).toMatchObject({
      loginIds: ['widget.joiner@acmecorporation.example'],
      status: 'invited',
      verifiedEmail: true,
      verifiedPhone: true,
      roleNames: [],
      userTenants: [{ tenantId: TENANT, tenantName: 'Acme Corporation', roleNames: ['Approver', 'Viewer'] }],
    });
    expect(await sessionAdapter().getUser(user.id)).toMatchObject({
      status: 'invited',
      phone: '+15555550177',
      givenName: 'Widget',
      familyName: 'Joiner',
      customAttributes: { department: 'Legal' },
      roleIds: [],
      memberships: [{ organization: { id: TENANT, name: 'Acme Corporation' }, roleIds: ['tenant/org_001/Approver', 'Viewer'] }],
    });
  });

  it('refuses what the widget cannot do before sending anything', async () => {
    const adapter = sessionAdapter();
    const email = 'refused@acmecorporation.example';
    await expect(adapter.createUser!({ email })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.createUser!({ email, invite: false })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.createUser!({ email, invite: true, roleIds: ['Viewer'] })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.createUser!({ email, invite: true, organization: { id: 'org_002' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(adapter.createUser!({ email, invite: true, organization: { id: TENANT, roleIds: ['tenant/org_004/Approver'] } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await sent()).toEqual([]);
  });

  it('sends the first login id for patch, status, role changes and the removal from its tenant', async () => {
    const user = member();
    const loginId = user.loginIds[0]!;
    const adapter = sessionAdapter();
    await adapter.listUsers({ page: { size: 100 } });
    await sent();

    await adapter.updateUser!(user.userId, { name: 'Renamed By Widget', phone: null });
    await adapter.setUserStatus!(user.userId, 'disabled');
    await adapter.setUserRoles!(user.userId, ['Viewer'], { organizationId: TENANT });
    await adapter.deleteUser!(user.userId);
    expect((await writes()).map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: 'PATCH', path: '/v1/mgmt/user/patch', body: { loginId, displayName: 'Renamed By Widget', phone: '' } },
      { method: 'POST', path: '/v1/mgmt/user/update/status', body: { loginId, status: 'disabled' } },
      { method: 'PATCH', path: '/v1/mgmt/user/patch', body: { loginId, roleNames: ['Viewer'] } },
      // Delete removes the user from this tenant only (see sessionDelete.test.ts).
      { method: 'POST', path: '/v1/mgmt/user/update/tenant/remove', body: { loginId, tenantId: TENANT } },
    ]);
    expect(stored(user.userId)!.userTenants.some((t) => t.tenantId === TENANT)).toBe(false);
  });

  it('finds a login id it has not seen with the widget’s search, once', async () => {
    const user = member();
    const adapter = sessionAdapter();
    await adapter.updateUser!(user.userId, { familyName: 'Looked-Up' });
    await adapter.setUserStatus!(user.userId, 'disabled');
    expect((await writes()).map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: 'POST', path: '/v1/mgmt/user/search', body: { userIds: [user.userId], page: 0, limit: 1 } },
      { method: 'PATCH', path: '/v1/mgmt/user/patch', body: { loginId: user.loginIds[0], familyName: 'Looked-Up' } },
      { method: 'POST', path: '/v1/mgmt/user/update/status', body: { loginId: user.loginIds[0], status: 'disabled' } },
    ]);
    expect(stored(user.userId)).toMatchObject({ familyName: 'Looked-Up', status: 'disabled' });
    // Someone outside the tenant has no login id this session can learn: nothing is written.
    const outsider = emulator.state.users.find((u) => u.status === 'enabled' && !u.userTenants.some((t) => t.tenantId === TENANT))!;
    await expect(adapter.setUserStatus!(outsider.userId, 'disabled')).rejects.toMatchObject({ code: 'not_found' });
    expect((await writes()).map((r) => r.path)).toEqual(['/v1/mgmt/user/search']);
  });
});

describe('the emulator’s session endpoints, strict to the widget’s wire', () => {
  it('finds no one by a user id in loginId, where the widget sends a login id', async () => {
    const user = member();
    for (const [method, path, body] of [
      ['PATCH', '/v1/mgmt/user/patch', { loginId: user.userId, displayName: 'By User Id' }],
      ['POST', '/v1/mgmt/user/update/status', { loginId: user.userId, status: 'disabled' }],
    ] as const) {
      const response = await widgetCall(method, path, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errorCode: 'E112102', errorDescription: 'User not found' });
    }
    expect(stored(user.userId)).toMatchObject({ name: user.name, status: 'enabled' });

    // The widget's own identifier works, and so does the management SDKs' user id with a management key.
    expect((await widgetCall('POST', '/v1/mgmt/user/update/status', { loginId: user.loginIds[0], status: 'disabled' })).status).toBe(200);
    expect((await widgetCall('POST', '/v1/mgmt/user/update/status', { loginId: user.userId, status: 'enabled' }, `${PROJECT_ID}:${MANAGEMENT_KEY}`)).status).toBe(200);
    expect(stored(user.userId)!.status).toBe('enabled');
  });

  it('lets a session name sub-tenants of its own tenant in userTenants, and no other tenant', async () => {
    const create = (loginId: string, userTenants: unknown) => widgetCall('POST', '/v1/mgmt/user/create', { loginId, email: loginId, userTenants, invite: true });
    const other = await create('elsewhere@acmecorporation.example', [{ tenantId: 'org_002', roleNames: [] }]);
    expect(other.status).toBe(403);
    expect(emulator.state.users.some((u) => u.loginIds.includes('elsewhere@acmecorporation.example'))).toBe(false);

    emulator.state.tenants.push({ id: 'org_001_emea', name: 'Acme EMEA', selfProvisioningDomains: [], parent: TENANT });
    const sub = await create('emea@acmecorporation.example', [{ tenantId: 'org_001_emea', roleNames: ['Viewer'] }]);
    expect(sub.status).toBe(200);
    const created = emulator.state.users.find((u) => u.loginIds.includes('emea@acmecorporation.example'))!;
    expect(created.userTenants).toEqual([
      { tenantId: TENANT, tenantName: 'Acme Corporation', roleNames: [] },
      { tenantId: 'org_001_emea', tenantName: 'Acme EMEA', roleNames: ['Viewer'] },
    ]);
  });
});
