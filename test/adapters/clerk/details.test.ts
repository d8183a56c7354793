// @vitest-environment node
/**
 * The Clerk adapter's one-user details beyond what the contract checks: activity pages that stay
 * exact while the user signs in (or sessions go) between two pages, what a sign-in shows, and
 * verification refused without anything changed where the user has no phone number.
 */
import { createClerkAdapter } from '../../../src/adapters/clerk/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import type { ActivityEvent } from '../../../src/core/model.js';
import { SECRET_KEY, useClerkEmulator } from './emulatorServer.js';

const { emulator, sent } = useClerkEmulator();

function adapter(): RosterAdapter {
  return createClerkAdapter({ secretKey: SECRET_KEY, apiUrl: emulator.apiUrl });
}

/** The user with the long seeded history (a dozen sessions, three of one millisecond), newest first. */
function longHistory() {
  const userId = emulator.state.sessions[0]!.user_id;
  const ids = () =>
    emulator.state.sessions
      .filter((s) => s.user_id === userId)
      .sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : -1))
      .map((s) => s.id);
  return { userId, ids };
}

/** Every page of 2 from the start; `between` runs after the first page. */
async function readAll(roster: RosterAdapter, userId: string, between: () => void | Promise<void> = () => {}): Promise<ActivityEvent[]> {
  const seen: ActivityEvent[] = [];
  let page = await roster.listUserActivity!(userId, { page: { size: 2 } });
  seen.push(...page.items);
  await between();
  for (let n = 0; page.nextCursor && n < 50; n++) {
    page = await roster.listUserActivity!(userId, { page: { size: 2, cursor: page.nextCursor } });
    seen.push(...page.items);
  }
  return seen;
}

describe('Clerk activity from sessions', () => {
  beforeEach(() => emulator.reset());

  it('reads every session once, newest first, sessions of one millisecond included', async () => {
    const { userId, ids } = longHistory();
    await sent();
    const seen = await readAll(adapter(), userId);
    expect(seen.map((e) => e.id)).toEqual(ids());
    expect(new Set(seen.map((e) => e.at)).size).toBeLessThan(seen.length);
    const requests = await sent('GET /v1/sessions');
    expect(requests.every((r) => r.search.get('paginated') === 'true' && r.search.get('user_id') === userId)).toBe(true);
  });

  it('neither repeats nor skips a session when the user signs in between two pages', async () => {
    const { userId, ids } = longHistory();
    const before = ids();
    const roster = adapter();
    const seen = await readAll(roster, userId, async () => {
      for (let i = 0; i < 3; i++) await fetch(`${emulator.apiUrl}/v1/sessions`, { method: 'POST', headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ user_id: userId }) });
    });
    expect(seen.map((e) => e.id)).toEqual(before);
    expect(ids()).toHaveLength(before.length + 3);
    // The next read starts again at the top, with the new sign-ins.
    expect((await roster.listUserActivity!(userId, { page: { size: 3 } })).items.map((e) => e.id)).toEqual(ids().slice(0, 3));
  });

  it('goes on after the sessions shown when some of them are removed between two pages', async () => {
    const { userId, ids } = longHistory();
    const before = ids();
    const seen = await readAll(adapter(), userId, () => {
      // The first page's sessions go, the last one shown among them.
      const gone = new Set(before.slice(0, 2));
      emulator.state.sessions = emulator.state.sessions.filter((s) => !gone.has(s.id));
    });
    expect(seen.map((e) => e.id)).toEqual(before);
  });

  it('shows each session as a sign-in at its creation, with the browser, IP and place Clerk last saw', async () => {
    const { userId } = longHistory();
    const newest = emulator.state.sessions.filter((s) => s.user_id === userId).sort((a, b) => b.created_at - a.created_at)[0]!;
    newest.latest_activity = { id: 'sess_activity_x', object: 'session_activity', is_mobile: false, device_type: 'Macintosh', browser_name: 'Chrome', browser_version: '131.0.0.0', ip_address: '203.0.113.7', city: 'Berlin', country: 'DE' };
    const [event] = (await adapter().listUserActivity!(userId, { page: { size: 1 } })).items;
    expect(event).toEqual({ id: newest.id, kind: 'sign-in', at: new Date(newest.created_at).toISOString(), action: null, ip: '203.0.113.7', userAgent: 'Chrome 131.0.0.0 · Macintosh', location: 'Berlin, DE' });
  });

  it('refuses a page index, a cursor of another kind and a page over 499', async () => {
    const { userId } = longHistory();
    const roster = adapter();
    await expect(roster.listUserActivity!(userId, { page: { size: 2, index: 1 } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(roster.listUserActivity!(userId, { page: { size: 2, cursor: 'o.10' } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(roster.listUserActivity!(userId, { page: { size: 500 } })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('Clerk verification', () => {
  beforeEach(() => emulator.reset());

  it('refuses to verify the phone of a user without one, and changes nothing of the email either', async () => {
    const user = emulator.state.users.find((u) => !u.primary_phone_number_id)!;
    const email = user.email_addresses[0]!;
    const before = structuredClone(email.verification);
    await sent();
    await expect(adapter().setUserVerified!(user.id, { email: false, phone: true })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { phone: expect.any(String) } });
    expect(emulator.state.users.find((u) => u.id === user.id)!.email_addresses[0]!.verification).toEqual(before);
    expect((await sent()).filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it('reads an unverified phone number as phoneVerified false', async () => {
    const user = emulator.state.users.find((u) => u.primary_phone_number_id)!;
    user.phone_numbers[0]!.verification = null;
    const read = await adapter().getUser(user.id);
    expect(read).toMatchObject({ phone: user.phone_numbers[0]!.phone_number, phoneVerified: false });
  });
});
