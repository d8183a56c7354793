// @vitest-environment node
// A secret key may only be used where there is no `window`: this file runs in plain Node.
/**
 * Bad answers from Clerk, each as a RosterError that loses nothing: a proxy's HTML 502, JSON cut
 * short, a 429 with Retry-After, records of the wrong shape or with values Clerk never sends,
 * Clerk's own error bodies, a wrong key, a slow answer.
 */
import { createClerkAdapter } from '../../../src/adapters/clerk/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import type { ClerkRoute } from '../../../src/testing/emulators/clerk/index.js';
import { SECRET_KEY, useClerkEmulator } from './emulatorServer.js';
import { rejectionOf } from '../../helpers/rejection.js';

const { emulator } = useClerkEmulator();
let adapter: RosterAdapter;

beforeEach(() => {
  adapter = createClerkAdapter({ secretKey: SECRET_KEY });
});

const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);

const someUser = () => emulator.state.users[0]!;

describe('Clerk failures as RosterErrors', () => {
  it('an HTML 502 from a proxy is server, with no markup in the message', async () => {
    emulator.faults.failNext('GET /users', { html: true });
    const error = await failure(adapter.listUsers({ page: { size: 5 } }));
    expect(error).toMatchObject({ code: 'server', status: 502 });
    expect(error.message).not.toMatch(/</);
  });

  it('JSON cut short is bad_response, on a list and on a single user', async () => {
    emulator.faults.failNext('GET /users', { malformed: true });
    expect(await failure(adapter.listUsers({ page: { size: 5 } }))).toMatchObject({ code: 'bad_response', status: 200 });
    emulator.faults.failNext('GET /users/:userId', { malformed: true });
    expect(await failure(adapter.getUser(someUser().id))).toMatchObject({ code: 'bad_response' });
  });

  it('429 is rate_limited with Retry-After seconds as milliseconds, and used up after one call', async () => {
    emulator.faults.failNext('GET /users/count', { status: 429, retryAfterSeconds: 7 });
    const error = await failure(adapter.listUsers({ page: { size: 5 } }));
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 7000, message: 'Too many requests, retry later' });
    expect((await adapter.listUsers({ page: { size: 5 } })).items).toHaveLength(5);
  });

  it('records of the wrong shape or with values Clerk never sends are bad_response, never a TypeError', async () => {
    const { id } = someUser();
    const user = structuredClone(someUser());
    const cases: [ClerkRoute, unknown, () => Promise<unknown>][] = [
      ['GET /users', { data: [] }, () => adapter.listUsers({ page: { size: 5 } })],
      ['GET /users', [null], () => adapter.listUsers({ page: { size: 5 } })],
      ['GET /users/count', { object: 'total_count', total_count: 'many' }, () => adapter.listUsers({ page: { size: 5 } })],
      ['GET /users/count', { object: 'total_count', total_count: -1 }, () => adapter.listUsers({ page: { size: 5 } })],
      ['GET /users/:userId', {}, () => adapter.getUser(id)],
      ['GET /users/:userId', { ...user, id: 42 }, () => adapter.getUser(id)],
      ['GET /users/:userId', { ...user, banned: 'maybe' }, () => adapter.getUser(id)],
      ['GET /users/:userId', { ...user, locked: 'soon' }, () => adapter.getUser(id)],
      ['GET /users/:userId', { ...user, created_at: '2024-01-01' }, () => adapter.getUser(id)],
      ['GET /users/:userId', { ...user, email_addresses: [{ id: 'idn_1' }] }, () => adapter.getUser(id)],
      ['GET /users/:userId', { ...user, public_metadata: 'x' }, () => adapter.getUser(id)],
      ['POST /users/:userId/ban', [], () => adapter.setUserStatus!(id, 'disabled')],
      ['GET /organization_roles', { data: [{ name: 'No key' }], total_count: 1 }, () => adapter.listRoles({ organizationId: 'org_001' })],
      ['GET /organization_roles', { data: [], total_count: 'x' }, () => adapter.listRoles({ organizationId: 'org_001' })],
      ['GET /organizations', { data: [{ name: 'No id' }], total_count: 1 }, () => adapter.listOrganizations({ page: { size: 5 } })],
      ['GET /users/:userId/organization_memberships', { data: [{ organization: { id: 'org_001', name: 'Acme' } }], total_count: 1 }, () => adapter.listUserMemberships(id)],
      ['GET /users/:userId/organization_memberships', { data: [{ role: ['org:admin', 'org:member'], organization: { id: 'org_001' } }], total_count: 1 }, () => adapter.listUserMemberships(id)],
    ];
    for (const [route, body, run] of cases) {
      emulator.faults.failNext(route, { status: 200, body });
      const error = await failure(run());
      expect(error.code, `${route} answering ${JSON.stringify(body).slice(0, 80)}`).toBe('bad_response');
    }
  });

  it('reads Clerk’s error body: not found, a taken email (conflict on the email field), a duplicate membership', async () => {
    expect(await failure(adapter.getUser('user_2NoSuchUserAnywhere00000000'))).toMatchObject({ code: 'not_found', status: 404, message: 'Resource not found' });
    const taken = someUser().email_addresses[0]!.email_address;
    const conflict = await failure(adapter.createUser!({ email: taken }));
    expect(conflict).toMatchObject({ code: 'conflict', status: 422, fieldErrors: { email: 'That email address is taken. Please try another.' } });
    const membership = emulator.state.memberships[0]!;
    const again = await failure(adapter.addUserMembership!(membership.user_id, membership.organization_id));
    expect(again).toMatchObject({ code: 'conflict', status: 400 });
    expect(await failure(adapter.listUserMemberships('user_2NoSuchUserAnywhere00000000'))).toMatchObject({ code: 'not_found' });
  });

  it('a wrong key is unauthorized; a request without the header is refused as Clerk refuses it', async () => {
    const intruder = createClerkAdapter({ secretKey: 'sk_test_StolenOrStale' });
    expect(await failure(intruder.listRoles({ organizationId: 'org_001' }))).toMatchObject({ code: 'unauthorized', status: 401 });
    const bare = await fetch(`${emulator.apiUrl}/v1/users`);
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({ errors: [{ code: 'authorization_header_format_invalid' }], clerk_trace_id: expect.any(String) });
    const basic = await fetch(`${emulator.apiUrl}/v1/users`, { headers: { authorization: `Basic ${SECRET_KEY}` } });
    expect(basic.status).toBe(401);
  });

  it('hostile error text is cleaned: control characters removed, length capped', async () => {
    const long_message = `Bad\u0000\u001b[31m ${'x'.repeat(500)}`;
    emulator.faults.failNext('GET /users/:userId', { status: 400, body: { errors: [{ code: 'weird', message: 'weird', long_message }] } });
    const error = await failure(adapter.getUser(someUser().id));
    expect(error.code).toBe('invalid_input');
    expect(error.message).not.toMatch(/[\u0000-\u001f]/);
    expect(error.message.length).toBeLessThanOrEqual(200);
  });

  it('an id that would walk out of its path segment is not_found without a request', async () => {
    for (const id of ['..', '.', '']) expect(await failure(adapter.getUser(id))).toMatchObject({ code: 'not_found' });
    expect(await failure(adapter.getUser('../organizations'))).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('an answer slower than timeoutMs is timeout (fake clock, no real waiting)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const impatient = createClerkAdapter({ secretKey: SECRET_KEY, timeoutMs: 1_000 });
      emulator.faults.failNext('GET /organizations/:organizationId', { status: 200, body: {}, delayMs: 60_000 });
      const pending = failure(impatient.getOrganization!('org_001'));
      await vi.advanceTimersByTimeAsync(1_001);
      expect(await pending).toMatchObject({ code: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });
});
