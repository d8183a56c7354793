// @vitest-environment node
// The adapter refuses to start where `window` exists: this file runs in plain Node.
/**
 * The better-auth adapter's one-user details beyond what the contract checks: activity pages that
 * stay exact while the user signs in between two pages, sessions of one millisecond, what a
 * sign-in shows, impersonations left out, and no activity where sessions live outside the database.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBetterAuthAdapter } from '../../../src/adapters/better-auth/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import type { ActivityEvent } from '../../../src/core/model.js';
import { openBetterAuthDatabase, type BetterAuthDatabase } from './fixture.js';
import { seedUserId } from './seed.js';

let database: BetterAuthDatabase;
let adapter: RosterAdapter;

beforeAll(async () => {
  database = await openBetterAuthDatabase();
}, 120_000);
afterAll(() => database?.close());
beforeEach(async () => {
  await database.reset();
  adapter = createBetterAuthAdapter({ auth: database.auth });
});

/** User 0 keeps five sessions, two of one millisecond. */
const USER = seedUserId(0);

async function sessionIds(userId: string): Promise<string[]> {
  const rows = await database.db.selectFrom('session').select(['id']).where('userId', '=', userId).where('impersonatedBy', 'is', null).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => r.id as string);
}

async function signIn(userId: string, id: string, at: Date, extra: Record<string, unknown> = {}) {
  await database.db.insertInto('session').values({ id, token: `tok_${id}`, userId, createdAt: at, updatedAt: at, expiresAt: new Date(at.getTime() + 86_400_000), ...extra }).execute();
}

async function readAll(userId: string, between: () => Promise<void> = async () => {}): Promise<ActivityEvent[]> {
  let page = await adapter.listUserActivity!(userId, { page: { size: 2 } });
  const seen = [...page.items];
  await between();
  for (let n = 0; page.nextCursor && n < 50; n++) {
    page = await adapter.listUserActivity!(userId, { page: { size: 2, cursor: page.nextCursor } });
    seen.push(...page.items);
  }
  return seen;
}

describe('better-auth activity from sessions', () => {
  it('reads every kept session once, newest first, sessions of one millisecond included', async () => {
    const expected = await sessionIds(USER);
    expect(expected).toHaveLength(5);
    const seen = await readAll(USER);
    expect(seen.map((e) => e.id)).toEqual(expected);
    expect(new Set(seen.map((e) => e.at)).size).toBe(4);
  });

  it('neither repeats nor skips a session when the user signs in between two pages', async () => {
    const before = await sessionIds(USER);
    const seen = await readAll(USER, async () => {
      await signIn(USER, 'ses_new_1', new Date());
      await signIn(USER, 'ses_new_2', new Date());
    });
    expect(seen.map((e) => e.id)).toEqual(before);
    const first = await adapter.listUserActivity!(USER, { page: { size: 2 } });
    expect(first.items.map((e) => e.id).sort()).toEqual(['ses_new_1', 'ses_new_2']);
    expect(first.total).toBe(before.length + 2);
  });

  it('shows a sign-in with the IP and user agent better-auth stored, and leaves out an admin’s impersonation', async () => {
    const at = new Date(Date.UTC(2030, 0, 1));
    await signIn(USER, 'ses_impersonated', new Date(at.getTime() + 1000), { impersonatedBy: seedUserId(2) });
    await signIn(USER, 'ses_seen', at, { ipAddress: '203.0.113.9', userAgent: 'Mozilla/5.0 <b>Test</b>' });
    const { items } = await adapter.listUserActivity!(USER, { page: { size: 1 } });
    expect(items).toEqual([{ id: 'ses_seen', kind: 'sign-in', at: at.toISOString(), action: null, ip: '203.0.113.9', userAgent: 'Mozilla/5.0 <b>Test</b>', location: null }]);
  });

  it('refuses a page index and a cursor it did not make', async () => {
    await expect(adapter.listUserActivity!(USER, { page: { size: 2, index: 1 } })).rejects.toMatchObject({ code: 'invalid_input' });
    for (const cursor of ['o.2', 'bas.zz', 'bas.1.%%%']) {
      await expect(adapter.listUserActivity!(USER, { page: { size: 2, cursor } })).rejects.toMatchObject({ code: 'invalid_input' });
    }
  });

  it('offers no activity where sessions live in secondary storage only', () => {
    const auth = database.auth;
    const storage = { get: async () => null, set: async () => {}, delete: async () => {} };
    const elsewhere = createBetterAuthAdapter({ auth: { ...auth, options: { ...auth.options, secondaryStorage: storage } } as never, db: database.db });
    expect(elsewhere.capabilities.details).toMatchObject({ activity: false, lookupByEmail: true, verifyEmail: true });
    expect(elsewhere.listUserActivity).toBeUndefined();
    const kept = createBetterAuthAdapter({ auth: { ...auth, options: { ...auth.options, secondaryStorage: storage, session: { storeSessionInDatabase: true } } } as never, db: database.db });
    expect(kept.capabilities.details.activity).toBe(true);
  });
});

describe('better-auth lookup and verification', () => {
  it('finds a user whose stored address has capitals, and refuses to verify a phone', async () => {
    await database.db.updateTable('user').set({ email: 'Grace.Lovelace@Example.com' }).where('id', '=', seedUserId(1)).execute();
    expect((await adapter.getUserByEmail!('grace.lovelace@example.COM')).id).toBe(seedUserId(1));
    await expect(adapter.setUserVerified!(seedUserId(1), { phone: true })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.setUserVerified!('user_missing', { email: true })).rejects.toMatchObject({ code: 'not_found' });
  });
});
