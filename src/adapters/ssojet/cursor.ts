/**
 * SSOJet's user list takes only `limit` (no offset, no cursor) and answers a bare array in a stable
 * order. The adapter pages by asking for `offset + size + 1` users and keeping the tail: the extra
 * one tells whether another page exists. The cursor is that offset, kept opaque to callers.
 */
import { RosterError } from '../../core/errors.js';

const PREFIX = 'sj.';

export function encodeCursor(offset: number): string {
  return `${PREFIX}${offset.toString(36)}`;
}

export function decodeCursor(cursor: string): number {
  const digits = cursor.startsWith(PREFIX) ? cursor.slice(PREFIX.length) : '';
  const offset = /^[0-9a-z]+$/.test(digits) ? parseInt(digits, 36) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new RosterError('invalid_input', {
      message: 'The page cursor is not valid.',
      fieldErrors: { cursor: 'Not a cursor from the SSOJet adapter.' },
    });
  }
  return offset;
}
