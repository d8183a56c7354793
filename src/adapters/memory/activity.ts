/**
 * The memory directory's activity log: each user's sign-ins, made up from the user's own seed the
 * first time anything reads them, merged with the changes the adapter's writes record. Generating
 * lazily keeps a directory of 100,000 users as cheap to make as before; a user's sign-ins are the
 * same on every read and every machine, ending at the user's `lastLoginAt`.
 *
 * Pages are counted from the oldest end: a cursor names how many older entries remain, so a change
 * recorded between two page reads (it joins at the newest end) neither repeats nor skips an entry.
 */
import { checkPageSize, decodeOffsetCursor, encodeOffsetCursor } from '../../core/paging.js';
import type { ActivityEvent, ActivityKind, Page, PageRequest, User } from '../../core/model.js';
import { createRandom, pick, type Random } from './random.js';

export interface ActivityOptions {
  /**
   * How many sign-in entries a user who has signed in gets: a number for everyone, or per user
   * (undefined: the default, 3 to 24). A story can give one user 5,000.
   */
  activityPerUser?: number | ((user: User) => number | undefined);
}

/** A change as a write records it; the log adds id, kind, time and actor. */
export interface RecordedChange {
  action: string;
  fields?: string[];
}

export interface ActivityLog {
  /** One page of the user's activity, newest first. */
  page(user: User, request: PageRequest, maxPageSize: number): Page<ActivityEvent>;
  /** Every entry of the user's activity, newest first (the log itself: copy before handing out). */
  entries(user: User): readonly ActivityEvent[];
  record(user: User, change: RecordedChange): void;
  /** The user is gone; so is the log. */
  forget(userId: string): void;
}

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
];

/** City and ISO country code: data, not words a translation would change. */
const LOCATIONS = ['Lagos, NG', 'Berlin, DE', 'São Paulo, BR', 'Jaipur, IN', 'Ōsaka, JP', 'Toronto, CA', 'Zürich, CH', 'Nairobi, KE', 'Kraków, PL', 'Dubai, AE', 'Austin, US', 'Melbourne, AU'];

/** Addresses from the ranges reserved for documentation (RFC 5737, RFC 3849). */
function addressFor(random: Random): string {
  const n = 1 + Math.floor(random() * 254);
  const ranges = ['192.0.2.', '198.51.100.', '203.0.113.'];
  return random() < 0.15 ? `2001:db8:${n.toString(16)}::${Math.floor(random() * 0xffff).toString(16)}` : `${pick(random, ranges)}${n}`;
}

/** A number per user id (FNV-1a), so each user's sign-ins depend on nothing but the seed and the id. */
function hashOf(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Place {
  ip: string;
  location: string;
  userAgent: string;
}

/** The user's sign-ins, newest first, the newest at `lastLoginAt`; for an invitee, the invitation. */
function generate(user: User, seed: number, count: number | undefined): ActivityEvent[] {
  const random = createRandom(hashOf(user.id, seed));
  const events: ActivityEvent[] = [];
  if (user.invitation?.sentAt) {
    events.push({ id: 'gen_invited', kind: 'change', at: user.invitation.sentAt, action: 'user.invite', actor: user.invitation.invitedBy, fields: ['invitation'] });
  }
  if (!user.lastLoginAt) return events;
  const total = Math.max(1, Math.floor(count ?? 3 + random() * 22));
  // One to three places the user signs in from; a failed attempt now and then from anywhere.
  const places: Place[] = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ ip: addressFor(random), location: pick(random, LOCATIONS), userAgent: pick(random, USER_AGENTS) }));
  const end = Date.parse(user.lastLoginAt);
  const start = user.createdAt ? Date.parse(user.createdAt) : end - total * 86_400_000;
  // Spread over the account's life; at least a second apart, so the order never rests on a tie.
  const step = Math.max((end - start) / total, 1000);
  for (let i = 0; i < total; i++) {
    const at = end - i * step - (i === 0 ? 0 : Math.floor(random() * step * 0.8));
    const roll = random();
    const kind: ActivityKind = i === 0 || roll >= 0.18 ? 'sign-in' : roll < 0.08 ? 'sign-in-failed' : 'sign-out';
    const place = kind === 'sign-in-failed' && random() < 0.5 ? { ip: addressFor(random), location: pick(random, LOCATIONS), userAgent: pick(random, USER_AGENTS) } : pick(random, places);
    const action = kind === 'sign-in' ? 'user.login' : kind === 'sign-in-failed' ? 'user.login_failed' : 'user.logout';
    events.push({ id: `gen_${i.toString(36)}`, kind, at: new Date(Math.floor(at)).toISOString(), action, ...place });
  }
  // The invitation (if any, for a user who has signed in since) sorts in by its date.
  return events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Keeps `log` newest first: a later entry goes before every entry at or before its time. */
function insert(log: ActivityEvent[], event: ActivityEvent): void {
  let at = 0;
  while (at < log.length && log[at]!.at > event.at) at++;
  log.splice(at, 0, event);
}

export function createActivityLog(seed: number, actor: string, options: ActivityOptions): ActivityLog {
  const logs = new Map<string, ActivityEvent[]>();
  let recorded = 0;
  const countFor = (user: User) => (typeof options.activityPerUser === 'function' ? options.activityPerUser(user) : options.activityPerUser);

  function entries(user: User): ActivityEvent[] {
    let log = logs.get(user.id);
    if (!log) logs.set(user.id, (log = generate(user, seed, countFor(user))));
    return log;
  }

  return {
    entries,

    page(user, request, maxPageSize) {
      checkPageSize(request.size, maxPageSize);
      const log = entries(user);
      const start = request.cursor ? Math.max(0, log.length - decodeOffsetCursor(request.cursor)) : (request.index ?? 0) * request.size;
      const end = start + request.size;
      return { items: structuredClone(log.slice(start, end)), total: log.length, nextCursor: end < log.length ? encodeOffsetCursor(log.length - end) : null };
    },

    record(user, change) {
      const event: ActivityEvent = { id: `chg_${(++recorded).toString(36)}`, kind: 'change', at: new Date().toISOString(), action: change.action, actor };
      if (change.fields) event.fields = [...change.fields];
      insert(entries(user), event);
    },

    forget(userId) {
      logs.delete(userId);
    },
  };
}

/** The fields an update touched, a custom attribute as `customAttributes.<key>`. */
export function fieldsOfPatch(patch: object): string[] {
  return Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .flatMap(([field, value]) => (field === 'customAttributes' && value && typeof value === 'object' ? Object.keys(value).map((key) => `customAttributes.${key}`) : [field]));
}
