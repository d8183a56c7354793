/**
 * The opaque page cursors of the SSOJet user list. Two kinds, because SSOJet pages two ways:
 * - an offset cursor (../../core/paging.ts, as every adapter's): the legacy user list takes only
 *   `limit` and answers a bare array, so the adapter pages by offset;
 * - `sjc.<SSOJet's cursor>`: the current user list answers `next_cursor`, which the adapter
 *   wraps and hands back to SSOJet unchanged, so it never reads an earlier page again.
 * And one for a user's activity (loginLogs.ts), which SSOJet does not page at all:
 * - `sja.<time>.<n>`: the last entry shown, by its time and its place among entries of that same
 *   time. The next page starts after it, so a sign-in recorded meanwhile (newest first: at the
 *   top) does not push an entry already shown onto the next page again, as an offset would.
 */
import { decodeOffsetCursor } from '../../core/paging.js';
import { RosterError } from '../../core/errors.js';

const FOLLOW = 'sjc.';

export type PageCursor = { kind: 'offset'; offset: number } | { kind: 'ssojet'; cursor: string };

/** base64url over the URI-escaped text, so any cursor SSOJet invents stays URL- and ASCII-safe. */
export function encodeSsojetCursor(cursor: string): string {
  return `${FOLLOW}${btoa(encodeURIComponent(cursor)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

function invalid(): RosterError {
  return new RosterError('invalid_input', {
    message: 'The page cursor is not valid.',
    fieldErrors: { cursor: 'Not a cursor from the SSOJet adapter.' },
  });
}

export function decodePageCursor(cursor: string): PageCursor {
  if (cursor.startsWith(FOLLOW)) {
    try {
      const decoded = decodeURIComponent(atob(cursor.slice(FOLLOW.length).replace(/-/g, '+').replace(/_/g, '/')));
      if (decoded !== '') return { kind: 'ssojet', cursor: decoded };
    } catch {
      // Falls through to the refusal below.
    }
    throw invalid();
  }
  return { kind: 'offset', offset: decodeOffsetCursor(cursor) };
}

const ACTIVITY = /^sja\.(-?[0-9a-z]{1,12})\.([0-9a-z]{1,8})$/;

/** Where an activity page ends: the last entry's time (epoch ms) and its rank among that time's entries. */
export interface ActivityAnchor {
  atMs: number;
  rank: number;
}

export function encodeActivityCursor(anchor: ActivityAnchor): string {
  return `sja.${anchor.atMs.toString(36)}.${anchor.rank.toString(36)}`;
}

export function decodeActivityCursor(cursor: string): ActivityAnchor {
  const match = ACTIVITY.exec(cursor);
  const atMs = match ? parseInt(match[1]!, 36) : NaN;
  const rank = match ? parseInt(match[2]!, 36) : NaN;
  if (!Number.isSafeInteger(atMs) || !Number.isSafeInteger(rank)) throw invalid();
  return { atMs, rank };
}
