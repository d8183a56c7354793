/**
 * The Clerk emulator's sessions: seeded, deterministic sign-in histories, and the two session
 * routes of the Backend API the adapter and the SDK use, as Clerk documents them:
 *
 * - `GET /sessions`: `client_id`, `user_id` (one of the two is required since 2024-01-01), `status`
 *   (one of SessionStatus), `paginated`, `limit` (1…500, default 10), `offset`. Newest first by
 *   creation. With `paginated=true` the answer is `{ data, total_count }`, else a bare array.
 *   A user or client that has no sessions (or does not exist) gets an empty list. Any other query
 *   parameter is refused with `form_param_unknown`.
 * - `POST /sessions { user_id }`: a new active session for the user ("intended only for testing,
 *   not available for production instances"); an unknown user is a 404. A session is a sign-in,
 *   so the user's `last_sign_in_at` and `last_active_at` move to it.
 *
 * Sessions are kept after they end, with the status saying how: the list is the user's history.
 */
import { CLERK_SESSION_STATUSES, type ClerkSession, type ClerkSessionStatus, type ClerkUser } from '../../../adapters/clerk/wire.js';
import { createRandom, pick, type Random } from '../../../adapters/memory/random.js';
import { failure, notFound, onlyParams, optionalString, paramMissing, paramValueInvalid, type Body } from './failures.js';
import type { ClerkEmulatorState } from './state.js';
import { pageParams } from './users.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const BROWSERS: ReadonlyArray<[string, string]> = [['Chrome', '131.0.0.0'], ['Safari', '18.1'], ['Firefox', '133.0'], ['Edge', '131.0.0.0'], ['Chrome Mobile', '130.0.6723.102']];
const PLACES: ReadonlyArray<[string, string]> = [['Berlin', 'DE'], ['Austin', 'US'], ['Tel Aviv', 'IL'], ['Bengaluru', 'IN'], ['São Paulo', 'BR'], ['', '']];
const ENDED: readonly ClerkSessionStatus[] = ['ended', 'ended', 'expired', 'revoked', 'removed', 'abandoned'];

type NewId = (prefix: string) => string;

function session(userId: string, at: number, status: ClerkSessionStatus, random: Random, newId: NewId): ClerkSession {
  const [browser, version] = pick(random, BROWSERS);
  const [city, country] = pick(random, PLACES);
  const mobile = browser.endsWith('Mobile');
  const lastActive = at + Math.floor(random() * 2 * HOUR);
  const ip = random() < 0.85 ? `203.0.113.${1 + Math.floor(random() * 254)}` : `2001:db8::${Math.floor(random() * 0xffff).toString(16)}`;
  return {
    id: newId('sess'),
    object: 'session',
    client_id: newId('client'),
    user_id: userId,
    status,
    last_active_organization_id: null,
    actor: null,
    latest_activity: {
      id: newId('sess_activity'),
      object: 'session_activity',
      is_mobile: mobile,
      device_type: mobile ? 'iPhone' : pick(random, ['Macintosh', 'Windows', 'Linux']),
      browser_name: browser,
      browser_version: version,
      ip_address: ip,
      ...(city ? { city, country } : {}),
    },
    last_active_at: lastActive,
    expire_at: at + 7 * DAY,
    abandon_at: at + 30 * DAY,
    created_at: at,
    updated_at: lastActive,
  };
}

/**
 * Each user who has signed in gets one to five sessions, the newest at `last_sign_in_at`; the
 * first such user gets a dozen, three of one millisecond, for paging. Ids come from a stream of
 * their own, so the users' and organizations' ids stay what they were before sessions existed.
 */
export function seedSessions(users: readonly ClerkUser[], newId: NewId, seed: number): ClerkSession[] {
  const random = createRandom(seed ^ 0x5e5510);
  const sessions: ClerkSession[] = [];
  let long = true;
  for (const user of users) {
    if (user.last_sign_in_at === null) continue;
    const count = long ? 12 : 1 + Math.floor(random() * 5);
    let at = user.last_sign_in_at;
    for (let i = 0; i < count; i++) {
      const newest = i === 0;
      const status: ClerkSessionStatus = newest ? (user.banned ? 'revoked' : random() < 0.6 ? 'active' : 'ended') : pick(random, ENDED);
      sessions.push(session(user.id, at, status, random, newId));
      // The long history's 4th to 6th sessions share one millisecond.
      const same = long && i >= 3 && i < 5;
      if (!same) at = Math.max(user.created_at, at - HOUR - Math.floor(random() * 10 * DAY));
    }
    long = false;
  }
  return sessions;
}

const LIST_PARAMS = ['client_id', 'user_id', 'status', 'paginated', 'limit', 'offset'] as const;

/** Newest first; ties by id, so pages never overlap. */
const newestFirst = (a: ClerkSession, b: ClerkSession) => b.created_at - a.created_at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export function createSessionOperations(state: ClerkEmulatorState, newId: NewId) {
  function list(url: URL) {
    const params = url.searchParams;
    onlyParams(params.keys(), LIST_PARAMS);
    const userId = params.get('user_id');
    const clientId = params.get('client_id');
    if (!userId && !clientId) throw failure(422, 'form_param_missing', 'missing required parameter', 'Either client_id or user_id must be included.', { param_name: 'user_id' });
    const status = params.get('status');
    if (status !== null && !(CLERK_SESSION_STATUSES as readonly string[]).includes(status)) {
      throw paramValueInvalid('status', `status must be one of ${CLERK_SESSION_STATUSES.join(', ')}.`);
    }
    const paginated = params.get('paginated');
    if (paginated !== null && paginated !== 'true' && paginated !== 'false') throw paramValueInvalid('paginated', 'paginated must be true or false.');
    const { limit, offset } = pageParams(url);
    const matching = state.sessions
      .filter((s) => (!userId || s.user_id === userId) && (!clientId || s.client_id === clientId) && (!status || s.status === status))
      .sort(newestFirst);
    const data = structuredClone(matching.slice(offset, offset + limit));
    return paginated === 'true' ? { data, total_count: matching.length } : data;
  }

  function create(body: Body) {
    onlyParams(Object.keys(body), ['user_id']);
    const userId = optionalString(body, 'user_id');
    if (!userId) throw paramMissing('user_id');
    const user = state.users.find((u) => u.id === userId);
    if (!user) throw notFound();
    const now = Date.now();
    const created = session(user.id, now, 'active', createRandom(state.sessions.length), newId);
    // An active session carries no ended activity yet: Clerk fills it as the client is used.
    created.latest_activity = null;
    created.last_active_at = now;
    created.updated_at = now;
    state.sessions.push(created);
    user.last_sign_in_at = now;
    user.last_active_at = now;
    return structuredClone(created);
  }

  return { list, create };
}
