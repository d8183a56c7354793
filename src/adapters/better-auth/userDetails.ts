/**
 * One better-auth user, whole: lookup by email and the email's verified flag on the core `user`
 * table, and the sign-ins read from the `session` table.
 *
 * - Lookup compares `lower(email)`: better-auth lowercases what it writes, and a row a host wrote
 *   itself is still found in any letter case. Never a search: the whole address must match.
 * - Verification writes `user.emailVerified` through the internal adapter, as better-auth's own
 *   verification does. better-auth's core keeps no phone number (the phone-number plugin is not
 *   read here), so there is nothing to verify for a phone.
 * - Activity: each session row is one `sign-in` at its `createdAt`, with its `ipAddress` and
 *   `userAgent` as better-auth recorded them at sign-in. Sessions an admin started by
 *   impersonating the user (`impersonatedBy`, admin plugin) are the admin, not the user, and are
 *   left out. better-auth deletes a session on sign-out, on a ban, and once it has expired, so this
 *   is the sign-ins of the sessions better-auth still keeps, not a full history; and where sessions
 *   live in secondary storage only (`secondaryStorage` without `session.storeSessionInDatabase`)
 *   the table is empty, so the adapter does not offer activity there. better-auth records no
 *   changes to a user: `activityIncludesChanges` is false.
 *
 * Activity paging is by keyset, newest first on (`createdAt`, `id`): the cursor holds the last
 * session shown, its time and id (`bas.<time>.<id>`), and the next page takes what sorts after
 * it. A sign-in meanwhile lands before it and moves nothing; sessions of one millisecond are told
 * apart by id, so none is repeated or skipped. (Keys compare at the millisecond better-auth writes.)
 */
import { sql } from 'kysely';
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { RosterError } from '../../core/errors.js';
import type { ActivityEvent, ActivityQuery, Page, User, VerificationChange } from '../../core/model.js';
import { checkPageSize } from '../../core/paging.js';
import { NO_DETAILS, type UserDetailsCapabilities } from '../../core/userDetails.js';
import { mapErrors, userNotFound } from './errors.js';
import { existingUser } from './lookups.js';
import type { AdapterRuntime } from './session.js';
import type { BetterAuthAuth } from './types.js';
import { MAX_PAGE_SIZE } from './userQuery.js';

/** Whether better-auth keeps its sessions in the database, where the adapter reads them. */
export function sessionsInDatabase(auth: BetterAuthAuth): boolean {
  return !auth.options.secondaryStorage || auth.options.session?.storeSessionInDatabase === true;
}

export function betterAuthDetails(activity: boolean): UserDetailsCapabilities {
  return Object.freeze({ ...NO_DETAILS, lookupByEmail: true, verifyEmail: true, activity });
}

export type BetterAuthUserDetailsMethods = Required<Pick<RosterAdapter, 'getUserByEmail' | 'setUserVerified' | 'listUserActivity'>>;

interface Anchor {
  atMs: number;
  id: string;
}

const CURSOR = /^bas\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{1,400})$/;

function invalidCursor(): RosterError {
  return new RosterError('invalid_input', { status: 400, message: 'The page cursor is not valid.', fieldErrors: { cursor: 'Not a cursor from this adapter.' } });
}

/** The id as base64url: any id better-auth (or a host's generator) makes stays URL-safe. */
export function encodeActivityCursor(anchor: Anchor): string {
  const id = btoa(String.fromCodePoint(...new TextEncoder().encode(anchor.id))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `bas.${anchor.atMs.toString(36)}.${id}`;
}

export function decodeActivityCursor(cursor: string): Anchor {
  const match = CURSOR.exec(cursor);
  if (!match) throw invalidCursor();
  const atMs = parseInt(match[1]!, 36);
  let id: string;
  try {
    const bytes = Uint8Array.from(atob(match[2]!.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.codePointAt(0)!);
    id = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidCursor();
  }
  if (!Number.isSafeInteger(atMs) || id === '') throw invalidCursor();
  return { atMs, id };
}

interface SessionRow {
  id: string;
  createdAt: unknown;
  ipAddress: string | null;
  userAgent: string | null;
}

/** Text with something in it, exactly as stored; null for missing or blank. */
const shown = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function toEvent(row: SessionRow): { atMs: number; event: ActivityEvent } {
  const at = row.createdAt instanceof Date ? row.createdAt : new Date(row.createdAt as string | number);
  if (Number.isNaN(at.getTime())) throw new RosterError('bad_response', { message: 'A better-auth session has no readable start time.' });
  return { atMs: at.getTime(), event: { id: row.id, kind: 'sign-in', at: at.toISOString(), action: null, ip: shown(row.ipAddress), userAgent: shown(row.userAgent), location: null } };
}

async function selectActivity(rt: AdapterRuntime, userId: string, size: number, after: Anchor | null) {
  const { schema } = rt;
  const s = (field: string) => schema.col('s', 'session', field);
  const own = schema.hasField('session', 'impersonatedBy') ? sql`and ${s('impersonatedBy')} is null` : sql``;
  const from = sql`from ${schema.table('session')} as s where ${s('userId')} = ${userId} ${own}`;
  const at = after ? new Date(after.atMs) : null;
  const older = after ? sql`and (${s('createdAt')} < ${at} or (${s('createdAt')} = ${at} and ${s('id')} < ${after.id}))` : sql``;
  const [rows, count] = await Promise.all([
    sql<SessionRow>`select ${s('id')} as id, ${s('createdAt')} as "createdAt", ${s('ipAddress')} as "ipAddress", ${s('userAgent')} as "userAgent"
      ${from} ${older} order by ${s('createdAt')} desc, ${s('id')} desc limit ${size + 1}`.execute(schema.db),
    sql<{ total: number | string | bigint }>`select count(*) as total ${from}`.execute(schema.db),
  ]);
  return { rows: rows.rows, total: Number(count.rows[0]?.total ?? 0) };
}

export function createBetterAuthUserDetails(ready: (signal?: AbortSignal) => Promise<AdapterRuntime>, readUser: (rt: AdapterRuntime, userId: string) => Promise<User>): BetterAuthUserDetailsMethods {
  return {
    async getUserByEmail(email: string, rc?: RequestContext): Promise<User> {
      const wanted = typeof email === 'string' ? email.trim() : '';
      if (!wanted) throw new RosterError('invalid_input', { status: 400, message: 'Give an email address to look up.', fieldErrors: { email: 'Required.' } });
      const rt = await ready(rc?.signal);
      const u = (field: string) => rt.schema.col('u', 'user', field);
      const found = await mapErrors(() => sql<{ id: string }>`select ${u('id')} as id from ${rt.schema.table('user')} as u where lower(${u('email')}) = ${wanted.toLowerCase()} limit 1`.execute(rt.schema.db));
      const id = found.rows[0]?.id;
      if (!id) throw userNotFound();
      return readUser(rt, id);
    },

    async setUserVerified(userId: string, change: VerificationChange, rc?: RequestContext): Promise<User> {
      const rt = await ready(rc?.signal);
      if (change?.phone !== undefined) throw new RosterError('unsupported', { message: 'better-auth keeps no phone number to verify.' });
      const verified = change?.email;
      if (verified !== undefined && typeof verified !== 'boolean') {
        throw new RosterError('invalid_input', { status: 400, message: 'Say whether the email address is verified.', fieldErrors: { email: 'Must be true or false.' } });
      }
      await existingUser(rt, userId);
      if (verified !== undefined) await mapErrors(() => rt.context.internalAdapter.updateUser(userId, { emailVerified: verified, updatedAt: new Date() }));
      return readUser(rt, userId);
    },

    async listUserActivity(userId: string, query: ActivityQuery, rc?: RequestContext): Promise<Page<ActivityEvent>> {
      const { size, cursor, index } = query?.page ?? ({} as ActivityQuery['page']);
      checkPageSize(size, MAX_PAGE_SIZE);
      if (!cursor && index) {
        throw new RosterError('invalid_input', { status: 400, message: 'Activity is paged by cursor only.', fieldErrors: { 'page.index': 'Use nextCursor instead.' } });
      }
      const after = cursor ? decodeActivityCursor(cursor) : null;
      const rt = await ready(rc?.signal);
      await existingUser(rt, userId);
      const { rows, total } = await mapErrors(() => selectActivity(rt, userId, size, after));
      const page = rows.slice(0, size).map(toEvent);
      const last = page[page.length - 1];
      return {
        items: page.map((e) => e.event),
        total,
        nextCursor: last && rows.length > size ? encodeActivityCursor({ atMs: last.atMs, id: last.event.id }) : null,
      };
    },
  };
}
