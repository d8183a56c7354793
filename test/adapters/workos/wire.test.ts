// @vitest-environment node
/**
 * The WorkOS adapter on the wire: what it sends (as `@workos-inc/node` sends it) and what it makes
 * of bad answers — an HTML 502, JSON cut off, a 429 with Retry-After, a status WorkOS never
 * documented, a wrong key — always a RosterError in Roster's own words, never WorkOS's text.
 */
import { createWorkOSAdapter } from '../../../src/adapters/workos/index.js';
import { RosterError } from '../../../src/core/errors.js';
import { API_KEY, useWorkOSEmulator } from './emulatorServer.js';
import { rejectionOf } from '../../helpers/rejection.js';

const { emulator, sent } = useWorkOSEmulator();
const adapter = () => createWorkOSAdapter({ apiKey: API_KEY });
const page = { page: { size: 5 } };

const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);

describe('what the WorkOS adapter sends', () => {
  it('lists users as the SDK does: bearer key, limit, order, organization filter, every membership status', async () => {
    const first = await adapter().listUsers({ filter: { organizationId: 'org_005' }, page: { size: 2 } });
    expect(first.nextCursor).not.toBeNull();
    const [list, ...rest] = await sent();
    expect(list).toMatchObject({ method: 'GET', path: '/user_management/users', query: { limit: '2', order: 'desc', organization_id: 'org_005' } });
    expect(list!.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    expect(rest.filter((r) => r.path === '/user_management/organization_memberships').map((r) => r.query.statuses)).toEqual(first.items.map(() => 'active,inactive,pending'));
    const next = await adapter().listUsers({ filter: { organizationId: 'org_005' }, page: { size: 2, cursor: first.nextCursor } });
    expect((await sent('/user_management/users'))[0]!.query.after).toBe(first.items.at(-1)!.id);
    expect(next.items.map((u) => u.id).some((id) => first.items.some((u) => u.id === id))).toBe(false);
  });

  it('refuses what WorkOS cannot do before sending anything', async () => {
    for (const query of [{ ...page, search: 'ada' }, { ...page, sort: { field: 'email', direction: 'asc' } }, { ...page, filter: { status: ['active'] } }, { page: { size: 5, index: 2 } }] as const) {
      expect((await failure(adapter().listUsers(query as never))).code).toBe('unsupported');
    }
    expect((await failure(adapter().listUsers({ page: { size: 101 } }))).code).toBe('invalid_input');
    expect((await failure(adapter().listUsers({ page: { size: 5, cursor: 'o5' } }))).code).toBe('invalid_input');
    expect(await sent()).toEqual([]);
  });

  it('invites: the invitation first, then the user record holding the name; rolled back if the second fails', async () => {
    const invited = await adapter().createUser!({ email: 'wire.invitee@example.com', name: 'Wire Invitee', invite: true, organization: { id: 'org_001', roleIds: ['member'] } });
    expect(invited).toMatchObject({ status: 'invited', name: 'Wire Invitee', givenName: 'Wire', familyName: 'Invitee' });
    expect((await sent()).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /user_management/invitations', 'POST /user_management/users']);
    emulator.faults.failNext('POST /user_management/users', { status: 500 });
    expect((await failure(adapter().createUser!({ email: 'wire.second@example.com', invite: true }))).code).toBe('server');
    expect(emulator.state.invitations.find((i) => i.email === 'wire.second@example.com')?.state).toBe('revoked');
  });

  it('keeps the custom attributes it was not asked to change (WorkOS replaces metadata whole)', async () => {
    const user = emulator.state.users.find((u) => Object.keys(u.metadata).length > 0)!;
    const updated = await adapter().updateUser!(user.id, { customAttributes: { rosterWire: 'added' } });
    expect(updated.customAttributes).toEqual({ ...user.metadata, rosterWire: 'added' });
    expect((await failure(adapter().updateUser!(user.id, { customAttributes: { count: 3 } }))).fieldErrors).toHaveProperty('customAttributes');
  });
});

describe('bad answers from WorkOS', () => {
  it('an HTML 502 from a proxy is a server error, with none of the page in the message', async () => {
    emulator.faults.failNext('GET /user_management/users', { status: 502, html: true });
    const error = await failure(adapter().listUsers(page));
    expect(error).toMatchObject({ code: 'server', status: 502 });
    expect(error.message).not.toMatch(/html|Bad Gateway/i);
  });

  it('JSON cut off half-way is a bad_response', async () => {
    emulator.faults.failNext('GET /user_management/users', { malformed: true });
    expect(await failure(adapter().listUsers(page))).toMatchObject({ code: 'bad_response', status: 200 });
  });

  it('a 429 is rate_limited with Retry-After in milliseconds', async () => {
    emulator.faults.failNext('GET /authorization/roles', { status: 429, retryAfterSeconds: 7 });
    expect(await failure(adapter().listRoles())).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 7000 });
  });

  it('a membership status WorkOS never documented is a bad_response, not a guess', async () => {
    const user = emulator.state.users[0]!;
    emulator.faults.failNext('GET /user_management/organization_memberships', {
      status: 200,
      body: { object: 'list', data: [{ id: 'om_X', user_id: user.id, organization_id: 'org_001', organization_name: 'Acme', status: 'suspended', role: { slug: 'member' } }], list_metadata: { before: null, after: null } },
    });
    const error = await failure(adapter().getUser(user.id));
    expect(error.code).toBe('bad_response');
    expect(String((error.cause as Error).message)).toMatch(/status: expected active\|inactive\|pending/);
  });

  it('a wrong key is unauthorized; an unknown user not_found; WorkOS’s own words stay in the cause', async () => {
    expect((await failure(createWorkOSAdapter({ apiKey: 'sk_test_wrong' }).listUsers(page))).code).toBe('unauthorized');
    const missing = await failure(adapter().getUser('user_01NOSUCHUSER0000000000000'));
    expect(missing.code).toBe('not_found');
    expect(missing.message).not.toContain('user_01NOSUCHUSER');
    emulator.faults.failNext('POST /user_management/users', { status: 400, body: { code: 'user_creation_error', message: 'Internal detail <script>', errors: [{ code: 'email_not_available' }] } });
    const conflict = await failure(adapter().createUser!({ email: 'taken@example.com' }));
    expect(conflict).toMatchObject({ code: 'conflict', message: 'A user with this email already exists.' });
  });

  it('more than one role where the environment allows one is invalid_input, saying how to allow more', async () => {
    const single = useSingleRole();
    const user = single.state.users.find((u) => !single.state.memberships.some((m) => m.user_id === u.id && m.organization_id === 'org_003'))!;
    const error = await failure(adapter().addUserMembership!(user.id, 'org_003', { roleIds: ['admin', 'member'] }));
    expect(error).toMatchObject({ code: 'invalid_input', status: 422 });
    expect(error.message).toMatch(/multiple roles/);
  });
});

/** The same emulator data, answering as an environment without multiple roles. */
function useSingleRole() {
  emulator.faults.failNext('POST /user_management/organization_memberships', { status: 422, body: { code: 'multiple_roles_not_enabled', message: 'Multiple roles are not enabled for this environment.' } });
  return emulator;
}
