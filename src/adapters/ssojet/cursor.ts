/**
 * The opaque page cursors the adapter hands out. Two kinds, because SSOJet pages two ways:
 * - `sj.<offset>`: the legacy user list takes only `limit` and answers a bare array, so the
 *   adapter pages by offset (and the organization list, answered whole, is paged the same way);
 * - `sjc.<SSOJet's cursor>`: the current user list answers `next_cursor`, which the adapter
 *   wraps and hands back to SSOJet unchanged, so it never reads an earlier page again.
 */
import { RosterError } from '../../core/errors.js';

const OFFSET = 'sj.';
const FOLLOW = 'sjc.';

export type PageCursor = { kind: 'offset'; offset: number } | { kind: 'ssojet'; cursor: string };

export function encodeCursor(offset: number): string {
  return `${OFFSET}${offset.toString(36)}`;
}

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
  return { kind: 'offset', offset: decodeCursor(cursor) };
}

/** An offset cursor only (lists the adapter pages itself). */
export function decodeCursor(cursor: string): number {
  const digits = cursor.startsWith(OFFSET) ? cursor.slice(OFFSET.length) : '';
  const offset = /^[0-9a-z]+$/.test(digits) ? parseInt(digits, 36) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) throw invalid();
  return offset;
}
