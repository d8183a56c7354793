/**
 * Descope's official Node SDK against the emulator's UserDetails routes: the audit search (with the
 * SDK's own renaming of `loginIds` to `externalIds` and its parsing of `occurred`), the custom
 * attribute schema, re-inviting by user id, and the verified flags of a patch. Whatever the SDK
 * can read, the adapter can.
 */
import DescopeClient from '@descope/node-sdk';
import { DESCOPE_MANAGEMENT_KEY_ACTOR } from '../../../src/testing/index.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();
const client = () => DescopeClient({ projectId: PROJECT_ID, managementKey: MANAGEMENT_KEY, baseUrl: emulator.baseUrl });

describe('@descope/node-sdk against the emulator’s details routes', () => {
  it('audit.search: filters by user and action, newest first, `occurred` in epoch milliseconds', async () => {
    const user = emulator.state.users.find((u) => u.status === 'enabled' && emulator.userDetails(u.userId).audits.some((r) => r.action === 'LoginSucceed'))!;
    const result = await client().management.audit.search({ userIds: [user.userId], actions: ['LoginSucceed', 'LoginFailed'] });
    expect(result.ok).toBe(true);
    const records = result.data!;
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(r).toMatchObject({ projectId: PROJECT_ID, userId: user.userId, loginIds: user.loginIds });
      expect(['LoginSucceed', 'LoginFailed']).toContain(r.action);
      expect(typeof r.occurred).toBe('number');
    }
    const times = records.map((r) => r.occurred);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const [request] = await sent('POST /v1/mgmt/audit/search');
    expect(request!.body).toEqual({ userIds: [user.userId], actions: ['LoginSucceed', 'LoginFailed'] });
  });

  it('audit.searchAll: by login id (sent as externalIds), with the total, and a time window', async () => {
    const user = emulator.state.users.find((u) => u.status === 'enabled')!;
    const trail = emulator.userDetails(user.userId).audits;
    const all = await client().management.audit.searchAll({ loginIds: [user.loginIds[0]!] });
    expect(all.data!.total).toBe(trail.length);
    expect(all.data!.audits.map((r) => r.action)).toEqual(trail.map((r) => r.action));
    const newest = Number(trail[0]!.occurred);
    const before = await client().management.audit.searchAll({ loginIds: [user.loginIds[0]!], to: newest });
    expect(before.data!.audits.every((r) => r.occurred < newest)).toBe(true);
    const [, second] = await sent('POST /v1/mgmt/audit/search');
    expect(second!.body).toEqual({ externalIds: [user.loginIds[0]], to: newest });
  });

  it('a write shows up in the trail as done by the management key', async () => {
    const { userId } = emulator.state.users.find((u) => u.status === 'enabled')!;
    await client().management.user.patch(userId, { verifiedEmail: false, verifiedPhone: true });
    expect(emulator.userDetails(userId).user).toMatchObject({ verifiedEmail: false, verifiedPhone: true });
    const [latest] = (await client().management.audit.search({ userIds: [userId] })).data!;
    expect(latest).toMatchObject({ action: 'UserModified', actorId: DESCOPE_MANAGEMENT_KEY_ACTOR });
  });

  it('user.getCustomAttributes: the schema, options as { value, label }', async () => {
    const result = await client().management.user.getCustomAttributes();
    expect(result.ok).toBe(true);
    expect(result.data!.map((a) => [a.name, a.type])).toEqual([
      ['department', 4],
      ['employeeId', 2],
      ['startDate', 6],
      ['remote', 3],
      ['tags', 5],
    ]);
    expect(result.data![0]!.options).toContainEqual({ value: 'Legal', label: 'Legal' });
  });

  it('user.invite(userId) sends an invited user’s invitation again; invite(loginId) of a new one creates them invited', async () => {
    const invited = emulator.state.users.find((u) => u.status === 'invited')!;
    const count = emulator.state.users.length;
    const again = await client().management.user.invite(invited.userId);
    expect(again.ok).toBe(true);
    expect(again.data).toMatchObject({ userId: invited.userId, status: 'invited' });
    expect(emulator.state.users).toHaveLength(count);
    expect(emulator.userDetails(invited.userId).invitations).toHaveLength(2);

    const fresh = await client().management.user.invite('new.invitee@roster-sdk.example', { email: 'new.invitee@roster-sdk.example' });
    expect(fresh.data).toMatchObject({ status: 'invited', loginIds: ['new.invitee@roster-sdk.example'] });
    expect(emulator.userDetails(fresh.data!.userId).invitations).toHaveLength(1);
    // A login id that exists is still a duplicate.
    const duplicate = await client().management.user.invite(invited.loginIds[0]!, { email: invited.email });
    expect(duplicate.ok).toBe(false);
    expect(duplicate.error).toMatchObject({ errorCode: 'E062107' });
  });

  it('the audit search refuses a body of the wrong types, in Descope’s error shape', async () => {
    for (const body of [{ userIds: 'U2x' }, { size: -1 }, { page: 1.5 }, { to: 'yesterday' }, { oldestFirst: 'yes' }]) {
      const response = await fetch(`${emulator.baseUrl}/v1/mgmt/audit/search`, {
        method: 'POST',
        headers: { authorization: `Bearer ${PROJECT_ID}:${MANAGEMENT_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errorCode: 'E011003', errorDescription: 'Invalid request' });
    }
  });
});
