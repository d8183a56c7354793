/**
 * The browser side: a tenant admin's own session, scoped to one tenant, as Descope's widgets
 * work. Runs in jsdom, where `window` exists, which is also where a management key must be refused.
 */
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { isRosterError } from '../../../src/core/errors.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const TENANT = 'org_001';
const SESSION_TOKEN = 'refresh-jwt-of-an-acme-admin';

const { emulator, sent } = useDescopeEmulator({
  sessions: {
    [SESSION_TOKEN]: { tenantId: TENANT },
    'refresh-jwt-of-a-globex-member': { tenantId: 'org_002', isTenantAdmin: false },
  },
});

function sessionAdapter(token: string | null = SESSION_TOKEN, tenantId = TENANT): RosterAdapter {
  return createDescopeAdapter({ projectId: PROJECT_ID, auth: { getSessionToken: async () => token, tenantId } });
}

const inTenant = (tenantId: string) => emulator.state.users.filter((u) => u.userTenants.some((t) => t.tenantId === tenantId));
const stored = (userId: string) => emulator.state.users.find((u) => u.userId === userId)!;

describe('Descope adapter with a tenant admin session', () => {
  it('refuses a management key where window exists, and says what to do instead', () => {
    expect(typeof window).toBe('object');
    let thrown: unknown;
    try {
      createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(/management key.*browser/);
    expect((thrown as Error).message).toContain('react-roster/server');
    expect((thrown as Error).message).toContain('getSessionToken');
  });

  it('sends ?tenant= and the session bearer on every call, through the widget endpoints', async () => {
    const adapter = sessionAdapter();
    const member = inTenant(TENANT)[0]!;
    await adapter.listUsers({ search: 'a', page: { size: 5 } });
    await adapter.getUser(member.userId);
    await adapter.listRoles({ organizationId: TENANT });
    await adapter.listOrganizations();
    const created = await adapter.createUser!({ email: 'joiner@acmecorporation.example', name: 'New Joiner', invite: true, organization: { id: TENANT, roleIds: ['tenant/org_001/Approver'] } });
    await adapter.updateUser!(created.id, { familyName: 'Joiner' });
    await adapter.setUserStatus!(created.id, 'disabled');
    await adapter.setUserRoles!(created.id, ['Viewer'], { organizationId: TENANT });
    await adapter.deleteUser!(created.id);

    const requests = await sent();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/mgmt/user/search',
      'GET /v1/mgmt/role/all',
      'POST /v1/mgmt/user/search',
      'GET /v1/mgmt/role/all',
      'GET /v1/mgmt/tenant',
      'POST /v1/mgmt/user/create',
      'PATCH /v1/mgmt/user/patch',
      'POST /v1/mgmt/user/update/status',
      'PATCH /v1/mgmt/user/patch',
      'POST /v1/mgmt/user/update/tenant/remove',
    ]);
    for (const request of requests) {
      expect(request.query.tenant).toBe(TENANT);
      expect(request.headers.get('authorization')).toBe(`Bearer ${PROJECT_ID}:${SESSION_TOKEN}`);
    }
    expect(requests[2]!.body).toEqual({ userIds: [member.userId], page: 0, limit: 1 });
    expect(requests[4]!.query).toEqual({ tenant: TENANT, id: TENANT });
    // The widget's create body, then the new user addressed by its login id, as the widget does.
    const loginId = 'joiner@acmecorporation.example';
    expect(requests[5]!.body).toEqual({
      loginId,
      email: loginId,
      displayName: 'New Joiner',
      roleNames: ['Approver'],
      userTenants: [],
      verifiedEmail: true,
      verifiedPhone: true,
      invite: true,
    });
    expect(requests[6]!.body).toEqual({ loginId, familyName: 'Joiner' });
    expect(requests[7]!.body).toEqual({ loginId, status: 'disabled' });
    expect(requests[8]!.body).toEqual({ loginId, roleNames: ['Viewer'] });
    expect(requests[9]!.body).toEqual({ loginId, tenantId: TENANT });
  });

  it('sees only its tenant: its members, that membership alone, no project roles', async () => {
    const adapter = sessionAdapter();
    const page = await adapter.listUsers({ page: { size: 100 } });
    expect(page.items.map((u) => u.id).sort()).toEqual(inTenant(TENANT).map((u) => u.userId).sort());
    expect(page.total).toBeNull();
    for (const user of page.items) {
      expect(user.roleIds).toEqual([]);
      expect(user.memberships!.map((m) => m.organization.id)).toEqual([TENANT]);
    }
    const outsider = emulator.state.users.find((u) => u.status === 'enabled' && !u.userTenants.some((t) => t.tenantId === TENANT))!;
    await expect(adapter.getUser(outsider.userId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.setUserStatus!(outsider.userId, 'disabled')).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.deleteUser!(outsider.userId)).rejects.toMatchObject({ code: 'not_found' });
    expect(stored(outsider.userId).status).toBe('enabled');

    expect((await adapter.listOrganizations()).items.map((o) => o.id)).toEqual([TENANT]);
    const roles = await adapter.listRoles({ organizationId: TENANT });
    expect(roles.filter((r) => r.organizationId).map((r) => r.id)).toEqual(['tenant/org_001/Approver', 'tenant/org_001/Site%20lead']);
    await expect(adapter.listRoles({ organizationId: 'org_004' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('is refused by the emulator for another tenant, for server-only endpoints and without admin rights', async () => {
    const call = (path: string, token: string, tenant: string, init: RequestInit = {}) =>
      fetch(`${emulator.baseUrl}${path}?tenant=${tenant}`, { ...init, headers: { authorization: `Bearer ${PROJECT_ID}:${token}`, 'content-type': 'application/json' } });
    expect((await call('/v1/mgmt/role/all', SESSION_TOKEN, 'org_002')).status).toBe(403);
    expect((await call('/v1/mgmt/tenant/all', SESSION_TOKEN, TENANT)).status).toBe(403);
    expect((await call('/v2/mgmt/user/search', SESSION_TOKEN, TENANT, { method: 'POST', body: '{}' })).status).toBe(403);
    expect((await call('/v1/mgmt/role/all', 'refresh-jwt-of-a-globex-member', 'org_002')).status).toBe(403);
    expect((await call('/v1/mgmt/role/all', 'made-up-token', TENANT)).status).toBe(401);
    await expect(sessionAdapter('refresh-jwt-of-a-globex-member', 'org_002').listUsers({ page: { size: 5 } })).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    await expect(sessionAdapter('made-up-token').listUsers({ page: { size: 5 } })).rejects.toMatchObject({ code: 'unauthorized', status: 401 });
  });

  it('changes roles in its tenant by patching the list, one change after another per user', async () => {
    const adapter = sessionAdapter();
    const member = inTenant(TENANT)[0]!;
    const held = () => stored(member.userId).userTenants.find((t) => t.tenantId === TENANT)!.roleNames;
    held().splice(0, Infinity, 'Member');
    const projectRolesBefore = [...stored(member.userId).roleNames];

    // Two quick toggles: neither may lose the other.
    await Promise.all([
      adapter.addUserRoles!(member.userId, ['tenant/org_001/Approver'], { organizationId: TENANT }),
      adapter.addUserRoles!(member.userId, ['tenant/org_001/Site%20lead'], { organizationId: TENANT }),
    ]);
    expect(held()).toEqual(['Member', 'Approver', 'Site lead']);
    await adapter.removeUserRoles!(member.userId, ['Member'], { organizationId: TENANT });
    expect(held()).toEqual(['Approver', 'Site lead']);
    expect(stored(member.userId).roleNames).toEqual(projectRolesBefore);

    const patches = await sent('/v1/mgmt/user/patch');
    const loginId = member.loginIds[0]!;
    expect(patches.map((p) => p.body)).toEqual([
      { loginId, roleNames: ['Member', 'Approver'] },
      { loginId, roleNames: ['Member', 'Approver', 'Site lead'] },
      { loginId, roleNames: ['Approver', 'Site lead'] },
    ]);
    expect(sessionAdapter().capabilities).toMatchObject({ roleUpdates: 'set', totals: false, filters: { organizationId: false, roleIds: false } });
  });

  it('refuses role changes outside its tenant without sending anything', async () => {
    const adapter = sessionAdapter();
    const member = inTenant(TENANT)[0]!;
    await sent();
    for (const scope of [undefined, { organizationId: 'org_004' }]) {
      const error = await adapter.setUserRoles!(member.userId, ['Viewer'], scope).catch((e: unknown) => e);
      expect(isRosterError(error) && error.code).toBe('forbidden');
    }
    expect(adapter.addUserMembership).toBeUndefined();
    expect(await sent()).toEqual([]);
  });

  it('sends a bare project bearer when the session lives in an httpOnly cookie', async () => {
    await sessionAdapter(null).listRoles().catch(() => undefined);
    const [request] = await sent();
    expect(request!.headers.get('authorization')).toBe(`Bearer ${PROJECT_ID}`);
    expect(request!.query.tenant).toBe(TENANT);
  });
});
