/**
 * A user's activity from Descope's audit trail (`POST /v1/mgmt/audit/search`, management key only):
 * the sign-ins, failed sign-ins, sign-outs and account changes recorded for the user, newest first
 * (Descope's order unless `oldestFirst` is asked for).
 *
 * Paging. The audit search pages by `page`/`size`, but newest first an offset moves whenever a
 * sign-in is recorded meanwhile, and the next page would repeat what was shown. So the cursor
 * holds the last record shown instead: its time and how many records of that same millisecond
 * were shown (`dsa.<time>.<count>`). The next request asks for records up to and including that
 * millisecond (`to` = time + 1: the docs say "older than", which leaves the millisecond itself
 * in; were `to` inclusive, records of the next millisecond would come too and are dropped here),
 * skips the records of that millisecond already shown, and asks for one more than the page so it
 * knows whether another page follows. Records of one millisecond keep Descope's order from one
 * request to the next, so skipping by count neither repeats nor loses one.
 */
import { RosterError } from '../../core/errors.js';
import type { ActivityEvent, ActivityKind, ActivityQuery, Page } from '../../core/model.js';
import { checkPageSize } from '../../core/paging.js';
import { badShape, readArrayOf, readNonEmptyString, readObject, readOptional, readString } from '../../core/shape.js';
import { DESCOPE_ACTIVITY_ACTIONS, type DescopeAuditSearchBody } from './detailsWire.js';

/** Leaves room under Descope's 1000 records per request for the records skipped at the cursor. */
export const MAX_ACTIVITY_PAGE_SIZE = 500;
const MAX_AUDIT_SIZE = 1000;

const KIND_OF = new Map<string, ActivityKind>(
  Object.entries(DESCOPE_ACTIVITY_ACTIONS).flatMap(([kind, actions]) => actions.map((action) => [action, kind as ActivityKind] as const)),
);

export const ACTIVITY_ACTIONS: string[] = [...KIND_OF.keys()];

interface Anchor {
  /** Epoch milliseconds of the last record shown. */
  atMs: number;
  /** How many records of that millisecond have been shown. */
  shown: number;
}

const CURSOR = /^dsa\.([0-9a-z]{1,12})\.([0-9a-z]{1,8})$/;

export function encodeActivityCursor(anchor: Anchor): string {
  return `dsa.${anchor.atMs.toString(36)}.${anchor.shown.toString(36)}`;
}

export function decodeActivityCursor(cursor: string): Anchor {
  const match = CURSOR.exec(cursor);
  const atMs = match ? parseInt(match[1]!, 36) : NaN;
  const shown = match ? parseInt(match[2]!, 36) : NaN;
  if (!Number.isSafeInteger(atMs) || !Number.isSafeInteger(shown) || shown < 1) {
    throw new RosterError('invalid_input', { status: 400, message: 'The page cursor is not valid.', fieldErrors: { cursor: 'Not a cursor from this adapter.' } });
  }
  return { atMs, shown };
}

interface AuditEntry {
  id: string | null;
  userId: string;
  action: string;
  atMs: number;
  actorId: string;
  remoteAddress: string;
  device: string;
  geo: string;
}

const text = (value: unknown, path: string) => readOptional(value, path, readString, '');

/** `occurred`: epoch milliseconds, a string of digits in today's answers, a number in older ones. */
function readOccurred(value: unknown, path: string): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > 8.64e15) badShape(path, 'epoch milliseconds', value);
  return ms;
}

function readAuditEntry(value: unknown, path: string): AuditEntry {
  const r = readObject(value, path);
  const id = text(r.ID, `${path}.ID`);
  return {
    id: id || null,
    userId: text(r.userId, `${path}.userId`),
    action: readNonEmptyString(r.action, `${path}.action`),
    atMs: readOccurred(r.occurred, `${path}.occurred`),
    actorId: text(r.actorId, `${path}.actorId`),
    remoteAddress: text(r.remoteAddress, `${path}.remoteAddress`),
    device: text(r.device, `${path}.device`),
    geo: text(r.geo, `${path}.geo`),
  };
}

/** Text with something in it, exactly as sent; null for missing or blank. */
const shownText = (value: string): string | null => (value.trim() === '' ? null : value);

function toEvent(entry: AuditEntry, rank: number): ActivityEvent | null {
  const kind = KIND_OF.get(entry.action);
  if (!kind) return null;
  return {
    // Descope's own id where it sends one; else the record's place in the trail, which the cursor
    // keeps stable from page to page.
    id: entry.id ? `a.${entry.id}` : `t.${entry.atMs}.${rank}`,
    kind,
    at: new Date(entry.atMs).toISOString(),
    action: entry.action,
    ...(kind === 'change' ? { actor: shownText(entry.actorId) } : {}),
    ip: shownText(entry.remoteAddress),
    // Descope gives the kind of device ("Desktop"), not the agent string: the closest it has.
    userAgent: shownText(entry.device),
    location: shownText(entry.geo),
  };
}

/** The request for one page: the cursor's millisecond and what came before it, one record more than the page. */
export function activitySearchBody(userId: string, query: ActivityQuery): { body: DescopeAuditSearchBody; anchor: Anchor | null; size: number } {
  const { size, cursor, index } = query.page;
  checkPageSize(size, MAX_ACTIVITY_PAGE_SIZE);
  if (!cursor && index) {
    throw new RosterError('invalid_input', { status: 400, message: 'Activity is paged by cursor only.', fieldErrors: { 'page.index': 'Use nextCursor instead.' } });
  }
  const anchor = cursor ? decodeActivityCursor(cursor) : null;
  const body: DescopeAuditSearchBody = {
    userIds: [userId],
    actions: ACTIVITY_ACTIONS,
    size: Math.min(MAX_AUDIT_SIZE, size + (anchor?.shown ?? 0) + 1),
    ...(anchor ? { to: anchor.atMs + 1 } : {}),
  };
  return { body, anchor, size };
}

/** One page of events from the audit search's answer to activitySearchBody's request. */
export function readActivityPage(response: unknown, userId: string, request: ReturnType<typeof activitySearchBody>): Page<ActivityEvent> {
  const { anchor, size } = request;
  const answered = readArrayOf(readObject(response, 'response').audits, 'audits', readAuditEntry);
  const entries = answered
    // A record of someone else would be a search that ignored its filter: never shown as this user's.
    .filter((e) => e.userId === '' || e.userId === userId)
    // Newest first, as Descope answers; a stable sort keeps its order within one millisecond.
    .sort((a, b) => b.atMs - a.atMs);

  // Each record's place among the records of its millisecond, counted from the first of them: the
  // answer holds the cursor's millisecond from its first record on, so places there continue the
  // last page's. (A millisecond of more than 1000 records for one user would stop the paging there.)
  const fresh: Array<{ entry: AuditEntry; rank: number }> = [];
  let rank = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    rank = i > 0 && entries[i - 1]!.atMs === entry.atMs ? rank + 1 : 0;
    if (anchor && (entry.atMs > anchor.atMs || (entry.atMs === anchor.atMs && rank < anchor.shown))) continue;
    fresh.push({ entry, rank });
  }

  const page = fresh.slice(0, size);
  const last = page[page.length - 1];
  // More follow when the answer held more than the page, or was cut at the size asked for.
  const more = last !== undefined && (fresh.length > size || answered.length >= request.body.size!);
  return {
    items: page.map(({ entry, rank: r }) => toEvent(entry, r)).filter((e): e is ActivityEvent => e !== null),
    total: null,
    nextCursor: more ? encodeActivityCursor({ atMs: last.entry.atMs, shown: last.rank + 1 }) : null,
  };
}
