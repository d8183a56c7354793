// @vitest-environment node
// The adapter refuses to start where `window` exists, so this file runs in plain Node.
import { createAuth0Adapter } from '../../../src/adapters/auth0/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import type { ActivityEvent } from '../../../src/core/model.js';
import type { Auth0Log } from '../../../src/adapters/auth0/wire.js';
import { DOMAIN, TOKEN, useAuth0Emulator } from './emulatorServer.js';
import { rejectionOf } from '../../helpers/rejection.js';
import { RosterError } from '../../../src/core/errors.js';

const { emulator, sent } = useAuth0Emulator();
/** The requests sent so far whose method and path end with `tail`. */
const sentTo = async (tail: string) => (await sent()).filter((r) => `${r.method} ${r.path}`.endsWith(tail));
let adapter: RosterAdapter;

beforeEach(() => {
  emulator.reset();
  adapter = createAuth0Adapter({ domain: DOMAIN, auth: { getToken: () => TOKEN } });
});

const signedIn = () => emulator.state.users.find((u) => u.last_login && u.email)!;

function logOf(userId: string, type: string, date: string, serial: number): Auth0Log {
  return { date, type, user_id: userId, log_id: `900${String(serial).padStart(20, '0')}`, ip: '203.0.113.9', user_agent: 'Test agent', location_info: { city_name: 'Porto', country_name: 'Portugal' } };
}

async function everyPage(userId: string, size: number, between?: (page: number) => void): Promise<ActivityEvent[]> {
  const seen: ActivityEvent[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const answer = await adapter.listUserActivity!(userId, { page: { size, cursor } });
    seen.push(...answer.items);
    if (!answer.nextCursor) return seen;
    cursor = answer.nextCursor;
    between?.(page);
  }
  throw new Error('paging did not end');
}

describe('Auth0 adapter: one user, whole', () => {
  it('reads the activity with GET /users/{id}/logs newest first, as kinds, leaving out events that are no activity', async () => {
    const user = signedIn();
    emulator.state.logs = [
      logOf(user.user_id, 's', '2025-03-01T10:00:00.000Z', 1),
      logOf(user.user_id, 'seacft', '2025-03-01T10:00:01.000Z', 2),
      logOf(user.user_id, 'fp', '2025-03-02T10:00:00.000Z', 3),
      logOf(user.user_id, 'sce', '2025-03-03T10:00:00.000Z', 4),
      logOf(user.user_id, 'slo', '2025-03-04T10:00:00.000Z', 5),
    ];
    const page = await adapter.listUserActivity!(user.user_id, { page: { size: 10 } });
    expect(page.items.map((e) => [e.kind, e.action])).toEqual([['sign-out', 'slo'], ['change', 'sce'], ['sign-in-failed', 'fp'], ['sign-in', 's']]);
    expect(page.items[1]).toMatchObject({ fields: ['email'], ip: '203.0.113.9', userAgent: 'Test agent', location: 'Porto, Portugal', at: '2025-03-03T10:00:00.000Z' });
    expect(page.nextCursor).toBeNull();
    const [request] = await sentTo('/logs');
    expect(request!.query).toEqual({ page: '0', per_page: '100', sort: 'date:-1', include_totals: 'true' });
  });

  it('pages by cursor past Auth0’s pages of 100, and an event recorded meanwhile repeats and loses nothing', async () => {
    const user = signedIn();
    const start = Date.parse('2025-01-01T00:00:00.000Z');
    // 150 sign-ins, two of them in the same millisecond, and unshown events among them.
    emulator.state.logs = Array.from({ length: 160 }, (_, i) => logOf(user.user_id, i % 16 === 5 ? 'seacft' : 's', new Date(start + (i === 41 ? 40 : i) * 60_000).toISOString(), i + 1));
    const expected = emulator.state.logs.filter((l) => l.type === 's').length;
    let serial = 1000;
    const seen = await everyPage(user.user_id, 7, () => emulator.state.logs.push(logOf(user.user_id, 's', new Date(start + 999 * 60_000 + serial).toISOString(), serial++)));
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    for (let i = 1; i < seen.length; i++) expect(Date.parse(seen[i - 1]!.at)).toBeGreaterThanOrEqual(Date.parse(seen[i]!.at));
  });

  it('refuses a cursor it did not make, and answers not_found for a user Auth0 does not have', async () => {
    const foreign = await rejectionOf(adapter.listUserActivity!(signedIn().user_id, { page: { size: 5, cursor: 'a0l.zz' } }), RosterError);
    expect(foreign.code).toBe('invalid_input');
    const unknown = await rejectionOf(adapter.listUserActivity!('auth0|000000000000000000000000', { page: { size: 5 } }), RosterError);
    expect(unknown.code).toBe('not_found');
  });

  it('finds a user by email whatever the letter case, also one another identity provider stored in mixed case', async () => {
    const user = signedIn();
    expect((await adapter.getUserByEmail!(user.email!.toUpperCase())).id).toBe(user.user_id);
    const [lower] = await sentTo('/users-by-email');
    expect(lower!.query).toEqual({ email: user.email });

    const other = emulator.state.users[1]!;
    other.email = 'Mixed.Case@Roster-Sso.example';
    expect((await adapter.getUserByEmail!('Mixed.Case@Roster-Sso.example')).id).toBe(other.user_id);
    const missing = await rejectionOf(adapter.getUserByEmail!('nobody@roster-sso.example'), RosterError);
    expect(missing.code).toBe('not_found');
  });

  it('sets email_verified with PATCH /users/{id}; a phone flag is refused before anything is sent', async () => {
    const user = signedIn();
    const was = user.email_verified === true;
    expect((await adapter.setUserVerified!(user.user_id, { email: !was })).emailVerified).toBe(!was);
    const [patch] = (await sent()).filter((r) => r.method === 'PATCH');
    expect(patch!.body).toEqual({ email_verified: !was });
    const phone = await rejectionOf(adapter.setUserVerified!(user.user_id, { phone: true }), RosterError);
    expect(phone.code).toBe('unsupported');
  });

  it('maps a refused scope to forbidden', async () => {
    emulator.faults.failNext('GET /users/{id}/logs', { status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: read:logs,read:logs_users', errorCode: 'insufficient_scope' } });
    const refused = await rejectionOf(adapter.listUserActivity!(signedIn().user_id, { page: { size: 5 } }), RosterError);
    expect(refused.code).toBe('forbidden');
  });
});
