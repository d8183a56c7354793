/**
 * A user's sign-in history from SSOJet's "GET User Login Logs", through the adapter's real HTTP
 * path against the strict emulator: the request, the mapping of the docs' PascalCase entries,
 * newest-first paging with the adapter's own cursor, hostile texts, and every way it can fail.
 */
import { guardAdapter } from '../../../src/core/guardAdapter.js';
import type { ActivityEvent } from '../../../src/core/model.js';
import type { SsojetAdapter, SsojetLoginLog } from '../../../src/adapters/ssojet/index.js';
import { toIsoTimestamp } from '../../../src/adapters/ssojet/timestamps.js';
import { emulate, recordRequests, useSsojetServer } from './harness.js';

useSsojetServer();
const recorder = recordRequests();

/** The docs' own example entry (shared/reference/ssojet-api.md §3.1.10). */
const DOCS_EXAMPLE: SsojetLoginLog = {
  IpAddress: '183.83.177.227',
  Country: 'India',
  City: 'Jaipur',
  UserAgent: '',
  Name: 'Amazon CloudFront',
  Os: '',
  Device: '',
  CreatedAt: '2024-07-10T12:16:19.647Z',
};

const entry = (CreatedAt: string, fields: Partial<SsojetLoginLog> = {}): SsojetLoginLog => ({ ...DOCS_EXAMPLE, CreatedAt, ...fields });

/** A user whose log the test sets, and the adapter. */
function withLog(log: SsojetLoginLog[]) {
  const { emulator, adapter } = emulate();
  const [user] = emulator.state.users.values();
  emulator.state.loginLogs.set(user!._id, log);
  return { emulator, adapter, userId: user!._id };
}

async function everything(adapter: SsojetAdapter, userId: string, size: number): Promise<ActivityEvent[]> {
  const seen: ActivityEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.listUserActivity(userId, { page: { size, cursor } });
    expect(page.items.length).toBeLessThanOrEqual(size);
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('SSOJet listUserActivity', () => {
  it('reads GET /api/v1/users/{userid}/loginlogs with the client id and nothing else', async () => {
    const { emulator, adapter, userId } = withLog([DOCS_EXAMPLE]);
    await adapter.listUserActivity(userId, { page: { size: 10 } });
    const [request] = await recorder.take();
    expect(request).toMatchObject({ method: 'GET', path: `/api/v1/users/${userId}/loginlogs`, query: [['client_id', emulator.clientId]], body: undefined });
    expect(request!.authorization).toBe(`Bearer ${emulator.accessToken}`);
  });

  it('maps the docs’ example: a sign-in with its time, address, place, and the agent’s name when no agent string', async () => {
    const { adapter, userId } = withLog([DOCS_EXAMPLE]);
    expect(await adapter.listUserActivity(userId, { page: { size: 10 } })).toEqual({
      items: [{ id: expect.any(String), kind: 'sign-in', at: '2024-07-10T12:16:19.647Z', action: null, ip: '183.83.177.227', userAgent: 'Amazon CloudFront', location: 'Jaipur, India' }],
      total: 1,
      nextCursor: null,
    });
  });

  it('prefers the agent string; else names the agent, its OS and device; leaves out what SSOJet does not know', async () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    const { adapter, userId } = withLog([
      entry('2024-07-01T00:00:00Z', { UserAgent: ua, Name: 'Firefox', Os: 'Linux', Device: 'Desktop' }),
      entry('2024-07-02T00:00:00Z', { Name: 'Firefox', Os: 'Linux', Device: 'Desktop', City: '', Country: 'Canada' }),
      entry('2024-07-03T00:00:00Z', { Name: '', Os: '', Device: '', City: '  ', Country: '', IpAddress: '' }),
    ]);
    const { items } = await adapter.listUserActivity(userId, { page: { size: 10 } });
    expect(items.map((e) => [e.userAgent, e.location, e.ip])).toEqual([
      [null, null, null],
      ['Firefox · Linux · Desktop', 'Canada', '183.83.177.227'],
      [ua, 'Jaipur, India', '183.83.177.227'],
    ]);
  });

  it('answers newest first whatever order SSOJet keeps, times read from nanoseconds and offsets', async () => {
    const { adapter, userId } = withLog([
      entry('2024-07-10T12:16:19.647Z'),
      entry('2024-07-15T06:27:32.003681223Z'),
      entry('2024-07-12T09:00:00+05:30'),
      entry('2023-01-01T00:00:00Z'),
    ]);
    const { items } = await adapter.listUserActivity(userId, { page: { size: 10 } });
    expect(items.map((e) => e.at)).toEqual(['2024-07-15T06:27:32.003Z', '2024-07-12T03:30:00.000Z', '2024-07-10T12:16:19.647Z', '2023-01-01T00:00:00.000Z']);
  });

  it('pages by cursor across the whole log, each entry once, with the total SSOJet’s answer gives away', async () => {
    const log = Array.from({ length: 23 }, (_, i) => entry(new Date(Date.UTC(2024, 0, 1 + i)).toISOString(), { IpAddress: `192.0.2.${i}` }));
    const { adapter, userId } = withLog(log);
    const first = await adapter.listUserActivity(userId, { page: { size: 5 } });
    expect(first).toMatchObject({ total: 23, nextCursor: expect.any(String) });
    const all = await everything(adapter, userId, 5);
    expect(all.map((e) => e.ip)).toEqual(log.map((e) => e.IpAddress).reverse());
    expect(new Set(all.map((e) => e.id)).size).toBe(23);
    expect(all).toEqual((await adapter.listUserActivity(userId, { page: { size: 100 } })).items);
  });

  it('does not show an entry twice when a sign-in is recorded between two pages', async () => {
    const log = Array.from({ length: 6 }, (_, i) => entry(new Date(Date.UTC(2024, 0, 1 + i)).toISOString(), { IpAddress: `192.0.2.${i}` }));
    const { adapter, userId } = withLog(log);
    const first = await adapter.listUserActivity(userId, { page: { size: 3 } });
    log.push(entry('2024-02-01T00:00:00.000Z', { IpAddress: '198.51.100.1' }));
    const second = await adapter.listUserActivity(userId, { page: { size: 3, cursor: first.nextCursor } });
    expect([...first.items, ...second.items].map((e) => e.ip)).toEqual(['192.0.2.5', '192.0.2.4', '192.0.2.3', '192.0.2.2', '192.0.2.1', '192.0.2.0']);
    expect(second.nextCursor).toBeNull();
  });

  it('names sign-ins of the same millisecond apart, and the same whichever order SSOJet lists them in', async () => {
    const same = [entry('2024-07-10T12:16:19.647Z', { IpAddress: '192.0.2.1' }), entry('2024-07-10T12:16:19.647Z', { IpAddress: '192.0.2.2' }), entry('2024-07-10T12:16:19.647Z')];
    const { emulator, adapter, userId } = withLog([...same]);
    const pages = [await adapter.listUserActivity(userId, { page: { size: 2 } })];
    pages.push(await adapter.listUserActivity(userId, { page: { size: 2, cursor: pages[0]!.nextCursor } }));
    const ids = pages.flatMap((p) => p.items.map((e) => `${e.id} ${e.ip}`));
    expect(new Set(ids.map((i) => i.split(' ')[0])).size).toBe(3);
    emulator.state.loginLogs.set(userId, [...same].reverse());
    expect((await adapter.listUserActivity(userId, { page: { size: 3 } })).items.map((e) => `${e.id} ${e.ip}`)).toEqual(ids);
  });

  it('keeps hostile texts byte for byte, as text, and pollutes no prototype', async () => {
    const hostile = {
      UserAgent: '<img src=x onerror=alert(1)>\u202Egnp.exe',
      City: '__proto__',
      Country: '=HYPERLINK("http://evil.example")',
      IpAddress: '"; DROP TABLE logs; --',
      Name: '{{constructor.constructor("alert(1)")()}}',
    };
    const long = 'ü'.repeat(100_000);
    const { adapter, userId } = withLog([entry('2024-07-10T12:16:19.647Z', hostile), entry('2024-07-09T00:00:00Z', { UserAgent: long, City: ' spaced ', Country: '' })]);
    const { items } = await adapter.listUserActivity(userId, { page: { size: 10 } });
    expect(items[0]).toMatchObject({ userAgent: hostile.UserAgent, location: `__proto__, ${hostile.Country}`, ip: hostile.IpAddress });
    expect(items[1]).toMatchObject({ userAgent: long, location: ' spaced ' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(items[0])).toBe(Object.prototype);
  });

  it('reads the emulator’s seeded history, the newest sign-in at the user’s last sign-in, as the provider’s guard accepts', async () => {
    const { emulator, adapter } = emulate();
    const wire = [...emulator.state.users.values()].find((u) => (emulator.state.loginLogs.get(u._id) ?? []).length > 1)!;
    const page = await guardAdapter(adapter).listUserActivity!(wire._id, { page: { size: 50 } });
    expect(page.total).toBe(emulator.userDetails(wire._id)!.loginLogs.length);
    expect(page.items[0]!.at).toBe(toIsoTimestamp(wire.LastLoginAt));
    expect((await adapter.getUser(wire._id)).lastLoginAt).toBe(page.items[0]!.at);
  });

  it('is an empty page for a user who never signed in (SSOJet’s null) or was just created', async () => {
    const { emulator, adapter } = emulate();
    const never = [...emulator.state.users.values()].find((u) => !u.LastLoginAt)!;
    expect(await adapter.listUserActivity(never._id, { page: { size: 10 } })).toEqual({ items: [], total: 0, nextCursor: null });
    const created = await adapter.createUser({ email: 'new.person@example.com', givenName: 'New', familyName: 'Person' });
    expect(await adapter.listUserActivity(created.id, { page: { size: 10 } })).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('pages a 5,000-entry log 50 at a time', async () => {
    const start = Date.UTC(2020, 0, 1);
    const log = Array.from({ length: 5000 }, (_, i) => entry(new Date(start + i * 60_000).toISOString()));
    const { adapter, userId } = withLog(log);
    const first = await adapter.listUserActivity(userId, { page: { size: 50 } });
    expect(first.items).toHaveLength(50);
    expect(first.total).toBe(5000);
    expect(first.items[0]!.at).toBe(log.at(-1)!.CreatedAt);
  });

  it('refuses a cursor it did not make or a page size below one, without asking SSOJet', async () => {
    const { adapter, userId } = withLog([DOCS_EXAMPLE]);
    for (const page of [{ size: 5, cursor: 'o5' }, { size: 5, cursor: 'sja.' }, { size: 5, cursor: 'sja.zz.zz.zz' }, { size: 0 }, { size: 2.5 }, { size: 5, index: -1 }]) {
      await expect(adapter.listUserActivity(userId, { page })).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect(await recorder.take()).toEqual([]);
  });

  it('is not_found for an unknown user, rate_limited with its wait on 429', async () => {
    const { emulator, adapter, userId } = withLog([DOCS_EXAMPLE]);
    await expect(adapter.listUserActivity('ffffffffffffffffffffffff', { page: { size: 5 } })).rejects.toMatchObject({ code: 'not_found', status: 404 });
    emulator.faults.failNext('listLoginLogs', { status: 429, retryAfterSeconds: 7 });
    await expect(adapter.listUserActivity(userId, { page: { size: 5 } })).rejects.toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 7000 });
    await expect(adapter.listUserActivity(userId, { page: { size: 5 } })).resolves.toMatchObject({ total: 1 });
  });

  it('turns every malformed answer into bad_response', async () => {
    const { emulator, adapter, userId } = withLog([DOCS_EXAMPLE]);
    const bodies: unknown[] = [
      [DOCS_EXAMPLE],
      { logs: [DOCS_EXAMPLE] },
      { login_logs: 'none' },
      { login_logs: [null] },
      { login_logs: [{ ...DOCS_EXAMPLE, IpAddress: 183 }] },
      { login_logs: [{ ...DOCS_EXAMPLE, UserAgent: { name: 'x' } }] },
      { login_logs: [{ ...DOCS_EXAMPLE, CreatedAt: undefined }] },
      { login_logs: [{ ...DOCS_EXAMPLE, CreatedAt: 'yesterday' }] },
      { login_logs: [{ ...DOCS_EXAMPLE, CreatedAt: 1720613779647 }] },
      { login_logs: [{ ...DOCS_EXAMPLE, CreatedAt: '0001-01-01T00:00:00Z' }] },
    ];
    for (const body of bodies) {
      emulator.faults.failNext('listLoginLogs', { body });
      await expect(adapter.listUserActivity(userId, { page: { size: 5 } })).rejects.toMatchObject({ code: 'bad_response' });
    }
    emulator.faults.failNext('listLoginLogs', { malformed: true });
    await expect(adapter.listUserActivity(userId, { page: { size: 5 } })).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('listLoginLogs', { text: 'login logs unavailable' });
    await expect(adapter.listUserActivity(userId, { page: { size: 5 } })).rejects.toMatchObject({ code: 'bad_response' });
  });
});
