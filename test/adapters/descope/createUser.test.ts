// @vitest-environment node
// Management-key mode refuses to start where `window` exists, so this file runs in plain Node.
/**
 * Creating a user as a member of an organization, in one create call, in both modes; and the
 * capabilities each mode declares. Management mode is held to @descope/node-sdk request for
 * request: the adapter's create body is the SDK's `invite(loginId, { …, userTenants })` body.
 */
import DescopeClient from '@descope/node-sdk';
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const TENANT = 'org_001';
const SESSION_TOKEN = 'refresh-jwt-of-an-acme-admin';
const EDITABLE = ['name', 'givenName', 'familyName', 'phone', 'picture', 'customAttributes'];

const { emulator, sent } = useDescopeEmulator({ sessions: { [SESSION_TOKEN]: { tenantId: TENANT } } });

const management = () => createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
const session = () => createDescopeAdapter({ projectId: PROJECT_ID, auth: { getSessionToken: () => SESSION_TOKEN, tenantId: TENANT } });
const stored = (userId: string) => emulator.state.users.find((u) => u.userId === userId)!;
const creates = async () => (await sent('/v1/mgmt/user/create')).map((r) => r.body as Record<string, unknown>);

describe('createUser into an organization', () => {
  it('management key: userTenants in the create body, as the SDK sends it, lands the user in the tenant with its roles', async () => {
    const user = await management().createUser!({
      email: 'umbrella.joiner@roster-create.example',
      name: 'Umbrella Joiner',
      roleIds: ['Viewer'],
      organization: { id: 'org_004', roleIds: ['tenant/org_004/Approver', 'Member'] },
    });
    const [body, ...more] = await creates();
    expect(more).toEqual([]);
    expect(body).toEqual({
      loginId: 'umbrella.joiner@roster-create.example',
      email: 'umbrella.joiner@roster-create.example',
      displayName: 'Umbrella Joiner',
      roleNames: ['Viewer'],
      userTenants: [{ tenantId: 'org_004', roleNames: ['Approver', 'Member'] }],
    });
    expect(stored(user.id)).toMatchObject({
      status: 'enabled',
      roleNames: ['Viewer'],
      userTenants: [{ tenantId: 'org_004', tenantName: 'Umbrella Health', roleNames: ['Approver', 'Member'] }],
    });
    expect(user).toMatchObject({ roleIds: ['Viewer'], memberships: [{ organization: { id: 'org_004', name: 'Umbrella Health' }, roleIds: ['tenant/org_004/Approver', 'Member'] }] });
    // Only the create call: no tenant/add, no role/add after it.
    expect((await sent()).filter((r) => r.path !== '/v1/mgmt/role/all')).toEqual([]);
  });

  it('management key: invite sends what the SDK’s invite() sends', async () => {
    const sdk = DescopeClient({ projectId: PROJECT_ID, managementKey: MANAGEMENT_KEY, baseUrl: emulator.baseUrl });
    const invited = await sdk.management.user.invite('sdk.invitee@roster-create.example', {
      email: 'sdk.invitee@roster-create.example',
      displayName: 'Sdk Invitee',
      userTenants: [{ tenantId: 'org_002', roleNames: ['Member'] }],
    });
    expect(invited.ok).toBe(true);
    const user = await management().createUser!({ email: 'roster.invitee@roster-create.example', name: 'Sdk Invitee', invite: true, organization: { id: 'org_002', roleIds: ['Member'] } });
    const [fromSdk, fromAdapter] = await creates();
    const withoutLogin = ({ loginId: _l, email: _e, ...rest }: Record<string, unknown>) => rest;
    expect(withoutLogin(fromAdapter!)).toEqual(withoutLogin(fromSdk!));
    expect(fromAdapter).toMatchObject({ invite: true });
    for (const userId of [invited.data!.userId, user.id]) {
      expect(stored(userId)).toMatchObject({ status: 'invited', userTenants: [{ tenantId: 'org_002', roleNames: ['Member'] }] });
    }
  });

  it('management key: a role of another organization is refused before anything is sent', async () => {
    const adapter = management();
    await expect(adapter.createUser!({ email: 'wrong.role@roster-create.example', organization: { id: 'org_002', roleIds: ['tenant/org_001/Approver'] } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await creates()).toEqual([]);
  });

  it('session: lands the invited user in its own tenant with the roles; another organization is forbidden', async () => {
    const adapter = session();
    const user = await adapter.createUser!({ email: 'acme.joiner@roster-create.example', invite: true, organization: { id: TENANT, roleIds: ['tenant/org_001/Site%20lead'] } });
    expect(stored(user.id)).toMatchObject({ status: 'invited', roleNames: [], userTenants: [{ tenantId: TENANT, tenantName: 'Acme Corporation', roleNames: ['Site lead'] }] });
    expect(user.memberships).toEqual([{ organization: { id: TENANT, name: 'Acme Corporation' }, roleIds: ['tenant/org_001/Site%20lead'] }]);
    await expect(adapter.createUser!({ email: 'umbrella@roster-create.example', invite: true, organization: { id: 'org_004' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await creates()).toHaveLength(1);
  });
});

describe('capabilities per mode', () => {
  it('management key: every create input, every editable field, status', () => {
    expect(management().capabilities).toMatchObject({
      createUser: { invite: true, phone: true, nameParts: true, customAttributes: true, roleIds: true, organization: true },
      editableFields: EDITABLE,
      userStatus: true,
      roleUpdates: 'delta',
      totals: true,
    });
  });

  it('session: the widget’s inputs (no project-wide roles), every editable field, status', () => {
    expect(session().capabilities).toMatchObject({
      createUser: { invite: true, phone: true, nameParts: true, customAttributes: true, roleIds: false, organization: true },
      editableFields: EDITABLE,
      userStatus: true,
      roleUpdates: 'set',
      totals: false,
      filters: { status: true, roleIds: false, organizationId: false },
    });
  });
});
