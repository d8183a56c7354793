/**
 * A Clerk user's activity, read from their sessions: `GET /v1/sessions?user_id=…&paginated=true`
 * answers `{ data, total_count }`, newest first by creation (Clerk's documented order), paged by
 * `limit` (1…500) and `offset`. Clerk keeps a session after it ends (`ended`, `revoked`,
 * `expired`…), so the list is the user's sign-in history: each session is one `sign-in` at its
 * `created_at`. `latest_activity` (browser, device, IP, city and country) is what Clerk last saw
 * of that session's client: the same browser that signed in, the IP and place of its latest use.
 * Clerk names no event, so `action` is null.
 *
 * Paging. Newest first, an offset moves whenever the user signs in meanwhile, and the next page
 * would repeat what was shown. So the cursor holds the last session shown: its place then, its id,
 * its time and the total then (`cks.<shown>.<total>.<time>.<id>`). The next page reads from that
 * place with one session more; where the first is the anchor, what follows it is the page. Else
 * the anchor moved down by the sessions added since (total now − then), and is read there. Else
 * (sessions removed too) it is looked for from the top, up to its time. Ids are unique, so
 * sessions of one millisecond are neither repeated nor skipped, whatever order Clerk gives them.
 */
import { RosterError } from '../../core/errors.js';
import type { ActivityEvent, ActivityQuery, Page } from '../../core/model.js';
import { checkPageSize } from '../../core/paging.js';
import { badShape, readNonEmptyString, readObject, readOptional, readString } from '../../core/shape.js';
import { readPage } from './mapping.js';
import type { Call } from './requests.js';
import { CLERK_MAX_LIMIT } from './wire.js';

/** One less than Clerk's most, which leaves room for the anchor read along with the page. */
export const MAX_ACTIVITY_PAGE_SIZE = CLERK_MAX_LIMIT - 1;
/** How far the search for a moved anchor reads before it gives up: 20 × 500 sessions. */
const MAX_SEARCH_READS = 20;

interface SessionEntry {
  id: string;
  atMs: number;
  event: ActivityEvent;
}

interface Anchor {
  /** How many sessions had been shown, the anchor last among them. */
  shown: number;
  total: number;
  atMs: number;
  id: string;
}

const CURSOR = /^cks\.([0-9a-z]{1,8})\.([0-9a-z]{1,8})\.([0-9a-z]{1,12})\.([A-Za-z0-9_]{1,100})$/;

function invalidCursor(): RosterError {
  return new RosterError('invalid_input', { status: 400, message: 'The page cursor is not valid.', fieldErrors: { cursor: 'Not a cursor from this adapter.' } });
}

export function encodeActivityCursor(anchor: Anchor): string {
  return `cks.${anchor.shown.toString(36)}.${anchor.total.toString(36)}.${anchor.atMs.toString(36)}.${anchor.id}`;
}

export function decodeActivityCursor(cursor: string): Anchor {
  const match = CURSOR.exec(cursor);
  if (!match) throw invalidCursor();
  const [shown, total, atMs] = [match[1]!, match[2]!, match[3]!].map((n) => parseInt(n, 36)) as [number, number, number];
  if (!Number.isSafeInteger(atMs) || shown < 1) throw invalidCursor();
  return { shown, total, atMs, id: match[4]! };
}

/** Text with something in it, exactly as sent; '' for missing or blank. */
const shown = (value: string) => (value.trim() === '' ? '' : value);

function readSession(userId: string) {
  return (value: unknown, path: string): SessionEntry => {
    const s = readObject(value, path);
    const id = readNonEmptyString(s.id, `${path}.id`);
    // A session of someone else would be a filter Clerk ignored: never shown as this user's.
    if (s.user_id !== userId) badShape(`${path}.user_id`, `"${userId}"`, s.user_id);
    const atMs = s.created_at;
    if (typeof atMs !== 'number' || !Number.isSafeInteger(atMs) || atMs < 0) badShape(`${path}.created_at`, 'epoch milliseconds', atMs);
    const activity = s.latest_activity === undefined || s.latest_activity === null ? {} : readObject(s.latest_activity, `${path}.latest_activity`);
    const text = (key: string) => shown(readOptional(activity[key], `${path}.latest_activity.${key}`, readString, ''));
    const browser = [text('browser_name'), text('browser_version')].filter(Boolean).join(' ');
    return {
      id,
      atMs,
      event: {
        id,
        kind: 'sign-in',
        at: new Date(atMs).toISOString(),
        action: null,
        ip: text('ip_address') || null,
        userAgent: [browser, text('device_type')].filter(Boolean).join(' · ') || null,
        location: [text('city'), text('country')].filter(Boolean).join(', ') || null,
      },
    };
  };
}

type SessionPage = { data: SessionEntry[]; total: number };

/**
 * `listUserActivity` over Clerk's sessions. `confirmUser` rejects with not_found for an unknown
 * user: Clerk answers a filter by an unknown `user_id` with an empty list.
 */
export function createSessionActivity(call: Call, confirmUser: (userId: string, signal?: AbortSignal) => Promise<unknown>) {
  async function read(userId: string, offset: number, limit: number, signal?: AbortSignal): Promise<SessionPage> {
    const body = await call({ method: 'GET', path: '/sessions', query: { user_id: userId, paginated: true, limit, offset }, signal });
    return readPage(body, 'sessions', readSession(userId));
  }

  /** The page of sessions that starts at `offset`, with the cursor after its last. */
  function pageFrom(entries: SessionEntry[], offset: number, total: number, size: number): Page<ActivityEvent> {
    const items = entries.slice(0, size);
    const last = items[items.length - 1];
    const next = offset + items.length;
    return {
      items: items.map((e) => e.event),
      total,
      nextCursor: last && next < total ? encodeActivityCursor({ shown: next, total, atMs: last.atMs, id: last.id }) : null,
    };
  }

  /** Where the anchor is now, searched from the top; or where the sessions older than it begin, if it is gone. */
  async function findAnchor(userId: string, anchor: Anchor, signal?: AbortSignal): Promise<{ after: number } | null> {
    let offset = 0;
    for (let reads = 0; reads < MAX_SEARCH_READS; reads++) {
      const chunk = await read(userId, offset, CLERK_MAX_LIMIT, signal);
      const found = chunk.data.findIndex((s) => s.id === anchor.id);
      if (found >= 0) return { after: offset + found + 1 };
      // Gone (its sessions removed): on with the first older one. Others of its own millisecond
      // cannot be told apart from those already shown, so they are left out rather than repeated.
      const older = chunk.data.findIndex((s) => s.atMs < anchor.atMs);
      if (older >= 0) return { after: offset + older };
      if (chunk.data.length === 0 || offset + chunk.data.length >= chunk.total) return null;
      offset += chunk.data.length;
    }
    throw new RosterError('invalid_input', { status: 400, message: 'The page cursor no longer finds its place in this activity; start again from the first page.', fieldErrors: { cursor: 'Out of date.' } });
  }

  async function pageAfter(userId: string, anchor: Anchor, size: number, signal?: AbortSignal): Promise<Page<ActivityEvent>> {
    const was = anchor.shown - 1;
    const here = await read(userId, was, size + 1, signal);
    if (here.data[0]?.id === anchor.id) return pageFrom(here.data.slice(1), was + 1, here.total, size);
    const added = here.total - anchor.total;
    if (added > 0) {
      const moved = await read(userId, was + added, size + 1, signal);
      if (moved.data[0]?.id === anchor.id) return pageFrom(moved.data.slice(1), was + added + 1, moved.total, size);
    }
    const found = await findAnchor(userId, anchor, signal);
    if (!found) return { items: [], total: here.total, nextCursor: null };
    const rest = await read(userId, found.after, size, signal);
    return pageFrom(rest.data, found.after, rest.total, size);
  }

  return async function listUserActivity(userId: string, query: ActivityQuery, signal?: AbortSignal): Promise<Page<ActivityEvent>> {
    const { size, cursor, index } = query?.page ?? ({} as ActivityQuery['page']);
    checkPageSize(size, MAX_ACTIVITY_PAGE_SIZE);
    if (!cursor && index) {
      throw new RosterError('invalid_input', { status: 400, message: 'Activity is paged by cursor only.', fieldErrors: { 'page.index': 'Use nextCursor instead.' } });
    }
    if (typeof userId !== 'string' || userId === '') throw new RosterError('not_found', { status: 404 });
    if (cursor) return pageAfter(userId, decodeActivityCursor(cursor), size, signal);
    const first = await read(userId, 0, size, signal);
    if (first.data.length === 0) await confirmUser(userId, signal);
    return pageFrom(first.data, 0, first.total, size);
  };
}
