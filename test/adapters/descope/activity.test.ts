// @vitest-environment node
// A user's activity from Descope's audit search, management key, against the emulator: what is
// asked, how records become events, and paging that neither repeats nor loses a record.
import { DESCOPE_ACTIVITY_ACTIONS } from '../../../src/adapters/descope/detailsWire.js';
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import { guardAdapter } from '../../../src/core/guardAdapter.js';
import type { ActivityEvent } from '../../../src/core/model.js';
import { DESCOPE_MANAGEMENT_KEY_ACTOR } from '../../../src/testing/index.js';
import { rejectionOf } from '../../helpers/rejection.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();
let adapter: RosterAdapter;
beforeEach(() => {
  adapter = guardAdapter(createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } }));
});

const ACTIVITY = new Set<string>(Object.values(DESCOPE_ACTIVITY_ACTIONS).flat());

/** The seeded user with the longest trail: many sign-ins, several sharing a millisecond. */
function busiestUser(): string {
  const counts = new Map<string, number>();
  for (const r of emulator.state.audits) counts.set(r.userId, (counts.get(r.userId) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

async function allActivity(userId: string, size: number): Promise<ActivityEvent[]> {
  const seen: ActivityEvent[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 500; pages++) {
    const page = await adapter.listUserActivity!(userId, { page: { size, cursor } });
    expect(page.items.length).toBeLessThanOrEqual(size);
    seen.push(...page.items);
    if (!page.nextCursor) return seen;
    expect(page.nextCursor).not.toBe(cursor);
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end');
}

const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);

describe('listUserActivity (Descope audit search)', () => {
  it('asks for the user’s activity actions, one record more than the page, newest first', async () => {
    const userId = busiestUser();
    const page = await adapter.listUserActivity!(userId, { page: { size: 5 } });
    const [request] = await sent('POST /v1/mgmt/audit/search');
    expect(request!.body).toEqual({ userIds: [userId], actions: [...ACTIVITY], size: 6 });
    expect(request!.headers.get('authorization')).toBe(`Bearer ${PROJECT_ID}:${MANAGEMENT_KEY}`);
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeNull();
    const times = page.items.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('pages through the whole trail exactly once at every page size, ties at a page boundary included', async () => {
    const userId = busiestUser();
    const expected = emulator.userDetails(userId).audits.filter((r) => ACTIVITY.has(r.action));
    // The seeded trail has records sharing a millisecond, so some page boundary falls between them.
    const times = expected.map((r) => r.occurred);
    expect(new Set(times).size).toBeLessThan(times.length);
    for (const size of [1, 2, 3, 7, 500]) {
      const events = await allActivity(userId, size);
      expect(events.map((e) => e.id)).toEqual(expected.map((r) => `a.${r.ID}`));
      expect(events.map((e) => e.action)).toEqual(expected.map((r) => r.action));
    }
  });

  it('continues from the cursor: `to` is one past the last record shown, and those of its millisecond are skipped', async () => {
    const userId = busiestUser();
    const first = await adapter.listUserActivity!(userId, { page: { size: 2 } });
    await sent();
    const second = await adapter.listUserActivity!(userId, { page: { size: 2, cursor: first.nextCursor } });
    const [request] = await sent('POST /v1/mgmt/audit/search');
    const lastShown = Date.parse(first.items[1]!.at);
    expect(request!.body).toMatchObject({ userIds: [userId], to: lastShown + 1 });
    expect(second.items.map((e) => e.id)).not.toContain(first.items[1]!.id);
    // Only the first page asks whether the user exists.
    expect(await sent('GET /v1/mgmt/user')).toHaveLength(0);
  });

  it('a sign-in recorded between two pages pushes nothing already shown onto the next page', async () => {
    const userId = busiestUser();
    const first = await adapter.listUserActivity!(userId, { page: { size: 4 } });
    await adapter.updateUser!(userId, { givenName: 'Meanwhile' });
    const rest = [];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await adapter.listUserActivity!(userId, { page: { size: 4, cursor } });
      rest.push(...page.items);
      cursor = page.nextCursor;
    }
    const ids = [...first.items, ...rest].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rest.some((e) => e.action === 'UserModified' && Date.parse(e.at) > Date.parse(first.items[0]!.at))).toBe(false);
  });

  it('maps sign-ins, failed sign-ins, sign-outs and changes, with where and by whom', async () => {
    const { userId, loginIds } = emulator.state.users.find((u) => u.status === 'enabled')!;
    emulator.state.audits.push(
      { projectId: '', userId, action: 'LoginSucceed', occurred: '4102444800000', device: 'Mobile', method: 'otp', geo: 'IL', remoteAddress: '203.0.113.9', externalIds: loginIds, tenants: [], data: {}, actorId: userId, ID: 'ok1' },
      { projectId: '', userId, action: 'LoginFailed', occurred: '4102444799000', device: '', method: 'password', geo: '', remoteAddress: '', externalIds: loginIds, tenants: [], data: { error_message: 'Invalid credentials' }, ID: 'bad1' },
      { projectId: '', userId, action: 'Logout', occurred: '4102444798000', device: 'Desktop', method: '', geo: 'US', remoteAddress: '2001:db8::1', externalIds: loginIds, tenants: [], data: {}, ID: 'out1' },
      { projectId: '', userId, action: 'UserModified', occurred: '4102444797000', device: '', method: '', geo: '', remoteAddress: '', externalIds: loginIds, tenants: [], data: {}, actorId: 'K2SomeKey', ID: 'chg1' },
    );
    const { items } = await adapter.listUserActivity!(userId, { page: { size: 4 } });
    expect(items).toEqual([
      { id: 'a.ok1', kind: 'sign-in', at: '2100-01-01T00:00:00.000Z', action: 'LoginSucceed', ip: '203.0.113.9', userAgent: 'Mobile', location: 'IL' },
      { id: 'a.bad1', kind: 'sign-in-failed', at: '2099-12-31T23:59:59.000Z', action: 'LoginFailed', ip: null, userAgent: null, location: null },
      { id: 'a.out1', kind: 'sign-out', at: '2099-12-31T23:59:58.000Z', action: 'Logout', ip: '2001:db8::1', userAgent: 'Desktop', location: 'US' },
      { id: 'a.chg1', kind: 'change', at: '2099-12-31T23:59:57.000Z', action: 'UserModified', actor: 'K2SomeKey', ip: null, userAgent: null, location: null },
    ]);
  });

  it('shows each write the emulator serves as a change by the management key', async () => {
    const { userId } = emulator.state.users.find((u) => u.status === 'enabled')!;
    await adapter.setUserStatus!(userId, 'disabled');
    const { items } = await adapter.listUserActivity!(userId, { page: { size: 1 } });
    expect(items[0]).toMatchObject({ kind: 'change', action: 'UserModified', actor: DESCOPE_MANAGEMENT_KEY_ACTOR });
  });

  it('names records without Descope’s ID by their place in the trail, stable across pages', async () => {
    const { userId, loginIds } = emulator.state.users.find((u) => u.status === 'enabled')!;
    const record = { projectId: '', userId, device: '', method: '', geo: '', remoteAddress: '', externalIds: loginIds, tenants: [], data: {} };
    // Three records in one millisecond, the older answers' numeric `occurred`, no IDs.
    for (const action of ['LoginFailed', 'LoginFailed', 'LoginSucceed']) emulator.state.audits.push({ ...record, action, occurred: 4102444800000 });
    const events = await allActivity(userId, 1);
    expect(events.slice(0, 3).map((e) => e.id)).toEqual(['t.4102444800000.0', 't.4102444800000.1', 't.4102444800000.2']);
    expect(events.slice(0, 3).map((e) => e.action)).toEqual(['LoginSucceed', 'LoginFailed', 'LoginFailed']);
  });

  it('keeps hostile texts byte for byte', async () => {
    const { userId, loginIds } = emulator.state.users.find((u) => u.status === 'enabled')!;
    const hostile = '<img src=x onerror=alert(1)>\u202e\u0000"; DROP TABLE audits;--';
    emulator.state.audits.push({ projectId: '', userId, action: 'UserModified', occurred: '4102444800000', device: hostile, method: hostile, geo: hostile, remoteAddress: hostile, externalIds: loginIds, tenants: [], data: { hostile }, actorId: hostile, ID: hostile });
    const [event] = (await adapter.listUserActivity!(userId, { page: { size: 1 } })).items;
    expect(event).toEqual({ id: `a.${hostile}`, kind: 'change', at: '2100-01-01T00:00:00.000Z', action: 'UserModified', actor: hostile, ip: hostile, userAgent: hostile, location: hostile });
  });

  it('an unknown user is not_found; a bad cursor, an index or an oversized page is invalid_input, before any search', async () => {
    expect(await failure(adapter.listUserActivity!('U2nobody', { page: { size: 5 } }))).toMatchObject({ code: 'not_found' });
    expect(await sent('POST /v1/mgmt/audit/search')).toHaveLength(0);
    const userId = busiestUser();
    for (const page of [{ size: 5, cursor: 'o5' }, { size: 5, cursor: 'dsa.zz.0' }, { size: 5, index: 2 }, { size: 501 }, { size: 0 }]) {
      expect(await failure(adapter.listUserActivity!(userId, { page }))).toMatchObject({ code: 'invalid_input' });
    }
    expect(await sent('POST /v1/mgmt/audit/search')).toHaveLength(0);
  });

  it('a malformed answer is bad_response; Descope’s errors keep their meaning', async () => {
    const userId = busiestUser();
    const bodies = [
      { audits: 'none' },
      { audits: [{ action: 'LoginSucceed', occurred: 'yesterday' }] },
      { audits: [{ action: '', occurred: '1' }] },
      { audits: [{ action: 'LoginSucceed', occurred: '1', remoteAddress: 7 }] },
      [],
    ];
    for (const body of bodies) {
      emulator.faults.failNext('/v1/mgmt/audit/search', { status: 200, body });
      expect(await failure(adapter.listUserActivity!(userId, { page: { size: 5 } }))).toMatchObject({ code: 'bad_response' });
    }
    emulator.faults.failNext('/v1/mgmt/audit/search', { malformed: true });
    expect(await failure(adapter.listUserActivity!(userId, { page: { size: 5 } }))).toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('/v1/mgmt/audit/search', { status: 429, retryAfterSeconds: 60 });
    expect(await failure(adapter.listUserActivity!(userId, { page: { size: 5 } }))).toMatchObject({ code: 'rate_limited', retryAfterMs: 60_000 });
  });

  it('never shows a record of another user, should a search ignore its filter', async () => {
    const [mine, other] = emulator.state.users.filter((u) => u.status === 'enabled');
    emulator.faults.failNext('/v1/mgmt/audit/search', {
      status: 200,
      body: { audits: [{ userId: other!.userId, action: 'LoginSucceed', occurred: '2', ID: 'theirs' }, { userId: mine!.userId, action: 'LoginSucceed', occurred: '1', ID: 'mine' }] },
    });
    const { items } = await adapter.listUserActivity!(mine!.userId, { page: { size: 5 } });
    expect(items.map((e) => e.id)).toEqual(['a.mine']);
  });
});
