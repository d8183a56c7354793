/**
 * "List All Users" as each generation of SSOJet's docs describes it. Both list the users in the
 * emulator's insertion order, which is stable, as a paging client needs.
 */
import type { SsojetUser, SsojetUserPage } from '../../../adapters/ssojet/wireTypes.js';
import { refuse } from './responses.js';

/**
 * Legacy (seed 002): `limit` is required and typed string; the answer is a bare JSON array of the
 * first `limit` users. The docs have no offset, cursor or maximum, so none exists here.
 */
export function listUsersLegacy(url: URL, users: readonly SsojetUser[]): SsojetUser[] {
  const limit = url.searchParams.get('limit');
  if (!limit) refuse(400, 'limit is required.');
  if (!/^\d+$/.test(limit) || Number(limit) < 1) refuse(400, 'limit must be a positive integer.');
  return users.slice(0, Number(limit));
}

/** The current docs bound `limit` to 1–50 on every cursor-paged list. */
export const CURRENT_MAX_LIMIT = 50;
/**
 * The users page does not state a default `limit`; the roles page of the same docs says 10, and
 * the emulator applies that here too. (The adapter always sends one.)
 */
export const CURRENT_DEFAULT_LIMIT = 10;

const CURSOR = /^o:(\d+)$/;

/** Opaque to clients, like SSOJet's base64-looking cursors; here it hides an offset. */
function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`);
}

function decodeCursor(cursor: string): number {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    refuse(400, 'cursor is not valid.');
  }
  const match = CURSOR.exec(text);
  if (!match) refuse(400, 'cursor is not valid.');
  return Number(match[1]);
}

/**
 * Current (OpenAPI users/get): `cursor` + `limit` (1–50, above 50 refused with 400, not capped
 * silently), answering `{ limit, next_cursor, users }` with `next_cursor: ""` on the last page.
 * The docs also mention a page number and an email filter; their names are unverified, so they
 * are not emulated (and the adapter does not send them).
 */
export function listUsersCurrent(url: URL, users: readonly SsojetUser[]): SsojetUserPage {
  const rawLimit = url.searchParams.get('limit');
  if (rawLimit !== null && !/^\d+$/.test(rawLimit)) refuse(400, 'limit must be an integer.');
  const limit = rawLimit === null ? CURRENT_DEFAULT_LIMIT : Number(rawLimit);
  if (limit < 1 || limit > CURRENT_MAX_LIMIT) refuse(400, `limit must be between 1 and ${CURRENT_MAX_LIMIT}.`);
  const cursor = url.searchParams.get('cursor');
  // An empty cursor is how the docs' own samples ask for the first page (`?cursor=&limit=`).
  const offset = cursor ? decodeCursor(cursor) : 0;
  const end = offset + limit;
  return { limit, next_cursor: end < users.length ? encodeCursor(end) : '', users: users.slice(offset, end) };
}
