// @vitest-environment node
// getUserByEmail with a management key: load by login id, then the search's `emails`, then its
// text, each compared case-insensitively; and what the user record now says of verification and
// invitations.
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import { guardAdapter } from '../../../src/core/guardAdapter.js';
import { rejectionOf } from '../../helpers/rejection.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();
let adapter: RosterAdapter;
beforeEach(() => {
  adapter = guardAdapter(createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } }));
});

const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);
const enabled = () => emulator.state.users.filter((u) => u.status === 'enabled');
/** The user calls sent, in order; the role catalogue the search reads alongside is left out. */
const userCalls = async () => (await sent()).filter((r) => r.path !== '/v1/mgmt/role/all');
const routes = async () => (await userCalls()).map((r) => `${r.method} ${r.path}`);

describe('getUserByEmail (management key)', () => {
  it('finds a user whose login id is the address with one load', async () => {
    const { userId, email } = enabled()[0]!;
    expect((await adapter.getUserByEmail!(email)).id).toBe(userId);
    const requests = await sent();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/mgmt/user', 'GET /v1/mgmt/role/all']);
    expect(requests[0]!.query).toEqual({ loginId: email });
  });

  it('compares case-insensitively: another spelling is looked up in the search’s `emails` filter', async () => {
    const { userId, email } = enabled()[1]!;
    const shouted = `  ${email.toUpperCase()} `;
    expect((await adapter.getUserByEmail!(shouted)).id).toBe(userId);
    const search = (await sent('POST /v2/mgmt/user/search'))[0]!;
    expect(search.body).toEqual({ emails: [email.toUpperCase(), email], page: 0, limit: 100 });
  });

  it('finds a user who signs in with another login id by the search', async () => {
    const user = enabled()[2]!;
    user.loginIds = ['jdoe-login'];
    expect((await adapter.getUserByEmail!(user.email)).id).toBe(user.userId);
    expect(await routes()).toEqual(['GET /v1/mgmt/user', 'POST /v2/mgmt/user/search']);
  });

  it('finds an address stored in other cases by the text search', async () => {
    const user = enabled()[3]!;
    user.email = 'Mixed.Case@Roster-Lookup.example';
    user.loginIds = ['mixed-login'];
    expect((await adapter.getUserByEmail!('mixed.case@roster-lookup.example')).id).toBe(user.userId);
    const searches = await sent('POST /v2/mgmt/user/search');
    expect(searches.map((r) => r.body)).toEqual([
      { emails: ['mixed.case@roster-lookup.example'], page: 0, limit: 100 },
      { text: 'mixed.case@roster-lookup.example', page: 0, limit: 100 },
    ]);
  });

  it('does not take a user whose login id is the address but whose email is another', async () => {
    const [a, b] = enabled();
    a!.loginIds = ['shared@roster-lookup.example'];
    a!.email = 'other@roster-lookup.example';
    b!.email = 'shared@roster-lookup.example';
    expect((await adapter.getUserByEmail!('shared@roster-lookup.example')).id).toBe(b!.userId);
  });

  it('nobody with the address is not_found; a blank one is invalid_input before anything is sent', async () => {
    expect(await failure(adapter.getUserByEmail!('nobody@roster-lookup.example'))).toMatchObject({ code: 'not_found' });
    expect(await routes()).toEqual(['GET /v1/mgmt/user', 'POST /v2/mgmt/user/search', 'POST /v2/mgmt/user/search']);
    expect(await failure(adapter.getUserByEmail!('   '))).toMatchObject({ code: 'invalid_input', fieldErrors: { email: expect.any(String) } });
    expect(await sent()).toHaveLength(0);
  });

  it('sends a hostile address as data, byte for byte, and finds no one', async () => {
    const hostile = `a'"<script>@x.example&loginId=${enabled()[0]!.email}#\u202e`;
    expect(await failure(adapter.getUserByEmail!(hostile))).toMatchObject({ code: 'not_found' });
    const [load, byEmail, byText] = await userCalls();
    expect(load!.query).toEqual({ loginId: hostile });
    expect(byEmail!.body).toMatchObject({ emails: [hostile, hostile.toLocaleLowerCase('en-US')] });
    expect(byText!.body).toMatchObject({ text: hostile });
  });

  it('Descope’s errors keep their meaning; a malformed answer is bad_response', async () => {
    emulator.faults.failNext('/v1/mgmt/user', { status: 401 });
    expect(await failure(adapter.getUserByEmail!('someone@x.example'))).toMatchObject({ code: 'unauthorized' });
    emulator.faults.failNext('/v2/mgmt/user/search', { status: 200, body: { users: [{ userId: 'U2x', status: 'enabled', email: 5 }] } });
    expect(await failure(adapter.getUserByEmail!('someone@x.example'))).toMatchObject({ code: 'bad_response' });
  });
});

describe('the user record’s verification and invitation', () => {
  it('maps verifiedPhone, and an invited user’s invitation with no date or inviter (Descope keeps none)', async () => {
    const invited = emulator.state.users.find((u) => u.status === 'invited')!;
    const phoneUser = emulator.state.users.find((u) => u.verifiedPhone)!;
    expect(await adapter.getUser(invited.userId)).toMatchObject({ status: 'invited', invitation: { sentAt: null, invitedBy: null } });
    expect(await adapter.getUser(phoneUser.userId)).toMatchObject({ phoneVerified: true, invitation: null });
    const { items } = await adapter.listUsers({ page: { size: 40 } });
    for (const user of items) {
      const record = emulator.state.users.find((u) => u.userId === user.id)!;
      expect(user.phoneVerified).toBe(record.verifiedPhone);
      expect(user.emailVerified).toBe(record.verifiedEmail);
    }
  });

  it('verifiedPhone of the wrong type is bad_response; an absent one reads as false', async () => {
    const { userId } = enabled()[0]!;
    emulator.faults.failNext('/v1/mgmt/user', { status: 200, body: { user: { userId, status: 'enabled', verifiedPhone: 'yes' } } });
    expect(await failure(adapter.getUser(userId))).toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('/v1/mgmt/user', { status: 200, body: { user: { userId, status: 'enabled' } } });
    expect(await adapter.getUser(userId)).toMatchObject({ phoneVerified: false, emailVerified: false });
  });
});
