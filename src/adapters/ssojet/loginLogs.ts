/**
 * SSOJet's "GET User Login Logs" (legacy, shared/reference/ssojet-api.md §3.1.10) as the user's
 * activity. SSOJet answers the whole log at once, in no documented order and with no ids, so the
 * adapter sorts it newest first, names each entry, and pages it with its own cursor (cursor.ts).
 *
 * What an entry means, field by field:
 * - every entry is a `sign-in`: the route is the log of logins, and the current API's
 *   counterpart takes only `event=login`. Nothing marks a failed attempt or a sign-out.
 * - `action` is null: the legacy entry has no event name. `Name` is not one: the current docs
 *   call the same field "Name of the user agent" ("Chrome"), and the legacy example's
 *   "Amazon CloudFront" is the agent CloudFront announces itself as, not a network or an event.
 *   So `Name`, with `Os` and `Device`, describes the agent when `UserAgent` is empty.
 * - `location` is "City, Country" with the empty parts left out; `ip` is `IpAddress`.
 *
 * Strict about types (a field that is there must be a string, `CreatedAt` a readable time),
 * lenient about absence only for the descriptive texts, which SSOJet writes as `""` when it does
 * not know them. Texts are kept exactly as SSOJet sent them: they are shown as text, never parsed.
 */
import { RosterError } from '../../core/errors.js';
import type { ActivityEvent, Page, PageRequest } from '../../core/model.js';
import { badShape, readArray, readObject, readOptional, readString } from '../../core/shape.js';
import { decodeActivityCursor, encodeActivityCursor, type ActivityAnchor } from './cursor.js';
import { toIsoTimestamp } from './timestamps.js';

/** One event with the place it sorts at, which its id and the page cursor are made of. */
export interface RankedEvent extends ActivityAnchor {
  event: ActivityEvent;
}

const TEXT_FIELDS = ['IpAddress', 'Country', 'City', 'UserAgent', 'Name', 'Os', 'Device'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Text with something in it, as sent (spaces and all); null for missing or blank. */
function shown(text: string): string | null {
  return text.trim() === '' ? null : text;
}

function readEntry(value: unknown, path: string): { atMs: number; texts: Record<TextField, string> } {
  const wire = readObject(value, path);
  const texts = {} as Record<TextField, string>;
  for (const field of TEXT_FIELDS) texts[field] = readOptional(wire[field], `${path}.${field}`, readString, '');
  const created = readString(wire.CreatedAt, `${path}.CreatedAt`);
  // An entry without a readable time cannot be placed in the history; Go's zero time is none.
  const iso = toIsoTimestamp(created);
  if (!iso) badShape(`${path}.CreatedAt`, 'an RFC 3339 time', created);
  return { atMs: Date.parse(iso), texts };
}

function toEvent(atMs: number, rank: number, texts: Record<TextField, string>): ActivityEvent {
  const at = new Date(atMs).toISOString();
  const agent = shown(texts.UserAgent) ?? [texts.Name, texts.Os, texts.Device].filter((t) => shown(t) !== null).join(' · ');
  return {
    id: `login:${at}:${rank}`,
    kind: 'sign-in',
    at,
    action: null,
    ip: shown(texts.IpAddress),
    userAgent: agent || null,
    location: [texts.City, texts.Country].filter((t) => shown(t) !== null).join(', ') || null,
  };
}

/** The log, newest first; entries of the same millisecond in an order of their own content, so ids stay put. */
export function readLoginLogs(body: unknown): RankedEvent[] {
  const answer = readObject(body, 'loginLogs');
  if (!('login_logs' in answer)) badShape('loginLogs.login_logs', 'an array', undefined);
  // A Go service writes a log it never filled as null.
  const entries = readOptional(answer.login_logs, 'loginLogs.login_logs', readArray, []).map((e, i) => {
    const entry = readEntry(e, `loginLogs.login_logs[${i}]`);
    return { ...entry, order: JSON.stringify(TEXT_FIELDS.map((f) => entry.texts[f])) };
  });
  entries.sort((a, b) => b.atMs - a.atMs || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  let rank = 0;
  return entries.map((entry, i) => {
    rank = i > 0 && entries[i - 1]!.atMs === entry.atMs ? rank + 1 : 0;
    return { atMs: entry.atMs, rank, event: toEvent(entry.atMs, rank, entry.texts) };
  });
}

/** Refuses a page request the log cannot answer, before anything is sent. */
export function checkActivityPage(page: PageRequest | undefined): { size: number; after: ActivityAnchor | null; index: number } {
  const size = page?.size;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
    throw new RosterError('invalid_input', { status: 400, message: 'Page size must be a positive whole number.', fieldErrors: { 'page.size': 'Out of range.' } });
  }
  const index = page?.index ?? 0;
  if (!Number.isInteger(index) || index < 0) {
    throw new RosterError('invalid_input', { status: 400, message: 'Page index must be zero or more.', fieldErrors: { 'page.index': 'Out of range.' } });
  }
  return { size, after: page?.cursor ? decodeActivityCursor(page.cursor) : null, index };
}

/** The page after the cursor's entry (or at `index × size` without one); the whole log is known, so is its total. */
export function pageOfActivity(log: readonly RankedEvent[], request: ReturnType<typeof checkActivityPage>): Page<ActivityEvent> {
  const { size, after, index } = request;
  let start = index * size;
  if (after) {
    const next = log.findIndex((e) => e.atMs < after.atMs || (e.atMs === after.atMs && e.rank > after.rank));
    start = next < 0 ? log.length : next;
  }
  const items = log.slice(start, start + size);
  const last = items.length ? log[start + items.length - 1]! : null;
  return {
    items: items.map((e) => e.event),
    total: log.length,
    nextCursor: last && start + items.length < log.length ? encodeActivityCursor(last) : null,
  };
}
