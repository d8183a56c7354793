/**
 * A user's activity from their Auth0 log events (`GET /users/{id}/logs`, sorted `date:-1`).
 *
 * Which events, and as what. The log holds every event Auth0 recorded for the user; the kinds come
 * from Auth0's "Log Event Type Codes" and the log-stream filter categories they belong to:
 * - `sign-in`: `s` (Login - Success);
 * - `sign-in-failed`: `f`, `fc`, `fco`, `fcoa`, `fens`, `fp`, `fu` (Login - Failure);
 * - `sign-out`: `slo` (Logout - Success);
 * - `change`: the user's own account changes, `sce` email, `scp` password, `scpn` phone number,
 *   `scu` username, `sv` email verified.
 * Every other event (token exchanges, codes sent, notifications, silent authentication) says
 * nothing an administrator reads as the user's activity, and is left out. Changes made through
 * the Management API are logged as the calling application's `sapi` events, not the user's, so
 * the activity does not hold the changes this adapter makes (activityIncludesChanges is false).
 *
 * Paging. Auth0 pages the log by offset (`page` × `per_page`), and newest first an offset moves
 * whenever an event is recorded meanwhile. So the cursor keeps, besides the offset where the next
 * page starts, the last entry shown (its time and `log_id`): the next read starts at that entry's
 * place and skips everything up to it, so an event recorded in between neither repeats an entry
 * nor loses one. Auth0 reaches only the first 1,000 entries of a log; the paging stops there.
 */
import { RosterError } from '../../core/errors.js';
import type { ActivityEvent, ActivityKind } from '../../core/model.js';
import { badResponse, readRecord } from './mapping.js';
import type { Auth0Log } from './wire.js';

/** Auth0's log event types by the kind of activity each records (the matrix reads the emulator's log with it too). */
export const AUTH0_ACTIVITY_TYPES: Readonly<Record<ActivityKind, readonly string[]>> = {
  'sign-in': ['s'],
  'sign-in-failed': ['f', 'fc', 'fco', 'fcoa', 'fens', 'fp', 'fu'],
  'sign-out': ['slo'],
  change: ['sce', 'scp', 'scpn', 'scu', 'sv'],
};

const KIND_OF = new Map<string, ActivityKind>(Object.entries(AUTH0_ACTIVITY_TYPES).flatMap(([kind, types]) => types.map((t) => [t, kind as ActivityKind] as const)));

/** The user fields a change touched, where the type says (a password or username is no `User` field). */
const FIELDS_OF: Record<string, string[]> = { sce: ['email'], scpn: ['phone'], sv: ['emailVerified'] };

/** Where the next page starts: Auth0's offset, and the last entry shown. */
export interface ActivityAnchor {
  offset: number;
  atMs: number;
  logId: string;
}

const CURSOR = /^a0l\.([0-9a-z]{1,6})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{1,400})$/;

function invalidCursor(): RosterError {
  return new RosterError('invalid_input', { status: 400, message: 'The page cursor is not valid.', fieldErrors: { cursor: 'Not a cursor from this adapter.' } });
}

export function encodeActivityCursor(anchor: ActivityAnchor): string {
  const id = btoa(encodeURIComponent(anchor.logId)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `a0l.${anchor.offset.toString(36)}.${anchor.atMs.toString(36)}.${id}`;
}

export function decodeActivityCursor(cursor: string): ActivityAnchor {
  const match = CURSOR.exec(cursor);
  if (!match) throw invalidCursor();
  const offset = parseInt(match[1]!, 36);
  const atMs = parseInt(match[2]!, 36);
  let logId = '';
  try {
    logId = decodeURIComponent(atob(match[3]!.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    throw invalidCursor();
  }
  if (offset < 1 || !Number.isSafeInteger(atMs) || logId === '') throw invalidCursor();
  return { offset, atMs, logId };
}

function optionalText(record: Record<string, unknown>, key: string, what: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw badResponse(`${what}.${key}: expected a string`);
  return value.trim() === '' ? null : value;
}

/** One log entry, checked: a readable date, a type and an id, else the answer is not Auth0's. */
export function readLog(value: unknown, what = 'log'): Auth0Log {
  const record = readRecord(value, what);
  for (const key of ['date', 'type', 'log_id']) {
    if (typeof record[key] !== 'string' || record[key] === '') throw badResponse(`${what}.${key}: expected a non-empty string`);
  }
  if (Number.isNaN(Date.parse(record.date as string))) throw badResponse(`${what}.date: expected an ISO 8601 date`);
  for (const key of ['description', 'ip', 'user_agent', 'user_id']) optionalText(record, key, what);
  if (record.location_info !== undefined && record.location_info !== null) {
    const location = readRecord(record.location_info, `${what}.location_info`);
    for (const key of ['city_name', 'country_name']) optionalText(location, key, `${what}.location_info`);
  }
  return record as unknown as Auth0Log;
}

/** The entry as an activity event, or null for an event that is not shown. */
export function toActivityEvent(log: Auth0Log): ActivityEvent | null {
  const kind = KIND_OF.get(log.type);
  if (!kind) return null;
  const record = log as unknown as Record<string, unknown>;
  const location = log.location_info ? (log.location_info as Record<string, unknown>) : {};
  const place = [optionalText(location, 'city_name', 'log.location_info'), optionalText(location, 'country_name', 'log.location_info')].filter((t) => t !== null);
  const fields = kind === 'change' ? FIELDS_OF[log.type] : undefined;
  return {
    id: `a0.${log.log_id}`,
    kind,
    at: new Date(Date.parse(log.date)).toISOString(),
    action: log.type,
    ip: optionalText(record, 'ip', 'log'),
    userAgent: optionalText(record, 'user_agent', 'log'),
    location: place.length ? place.join(', ') : null,
    ...(fields ? { fields } : {}),
  };
}

/** An entry at its place in Auth0's answer. */
export interface PlacedLog {
  log: Auth0Log;
  /** Its offset in the user's log, newest first. */
  position: number;
}

/**
 * Whether each entry, in the order Auth0 answers from the cursor's entry's place on, comes after
 * the cursor: newer entries (recorded meanwhile) and the entries of the anchor's millisecond up to
 * the anchor itself were shown before, or belong on the first page. Keeps its state from one page
 * of Auth0's answer to the next.
 */
export function afterAnchor(anchor: ActivityAnchor | null): (log: Auth0Log) => boolean {
  let passed = anchor === null;
  return (log) => {
    if (passed) return true;
    const atMs = Date.parse(log.date);
    if (atMs > anchor!.atMs) return false;
    // An older entry: the anchor is behind (or gone from the log), and everything from here is new.
    if (atMs < anchor!.atMs) return (passed = true);
    if (log.log_id === anchor!.logId) passed = true;
    return false;
  };
}
