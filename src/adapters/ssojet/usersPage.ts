/**
 * Paging SSOJet's user list, which SSOJet's two doc generations answer differently:
 * - legacy (seed 002): `?limit=` only, a bare array of the first `limit` users;
 * - current (OpenAPI): `?cursor=&limit=` (1–50), `{ limit, next_cursor, users }`, `""` at the end.
 * Whenever SSOJet gives a cursor, the adapter follows it and never reads an earlier page again.
 * Only for the bare array does it fall back to asking for `offset + size + 1` users and keeping
 * the tail (the extra one tells whether another page exists).
 */
import type { RequestContext } from '../../core/adapter.js';
import { RosterError } from '../../core/errors.js';
import type { Page, User } from '../../core/model.js';
import { encodeOffsetCursor } from '../../core/paging.js';
import { badShape } from '../../core/shape.js';
import { decodePageCursor, encodeSsojetCursor } from './cursor.js';
import { toUser } from './mapping.js';

export type ListUsersRequest = (query: { limit: string; cursor?: string }, ctx: RequestContext | undefined) => Promise<unknown>;

interface UsersAnswer {
  users: unknown[];
  /** SSOJet's cursor of the next page; null on the last page and for a bare array. */
  next: string | null;
  wrapped: boolean;
}

export function readUsersAnswer(body: unknown): UsersAnswer {
  if (Array.isArray(body)) return { users: body, next: null, wrapped: false };
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { users?: unknown }).users)) {
    badShape('users', 'an array or { users, next_cursor }', body);
  }
  const { users, next_cursor: next } = body as { users: unknown[]; next_cursor?: unknown };
  // The docs end the list with `""`; a missing or null cursor can only mean the same.
  if (next !== undefined && next !== null && typeof next !== 'string') badShape('users.next_cursor', 'a string', next);
  return { users, next: next || null, wrapped: true };
}

function toUsers(users: readonly unknown[], offset: number): User[] {
  return users.map((user, i) => toUser(user, `users[${offset + i}]`));
}

/** `listUsers` for one adapter; it remembers which way the server answered, to ask right next time. */
export function createUsersPager(request: ListUsersRequest) {
  let answers: 'unknown' | 'bare' | 'wrapped' = 'unknown';

  function followed(answer: UsersAnswer, sent: string | null): Page<User> {
    // A cursor that points at itself would page forever.
    if (answer.next !== null && answer.next === sent) badShape('users.next_cursor', 'a cursor other than the one sent', answer.next);
    // Everything SSOJet sent is kept: dropping users beyond the page size would lose them for good.
    return { items: toUsers(answer.users, 0), total: null, nextCursor: answer.next === null ? null : encodeSsojetCursor(answer.next) };
  }

  async function byOffset(offset: number, size: number, ctx: RequestContext | undefined): Promise<Page<User>> {
    const end = offset + size;
    const answer = readUsersAnswer(await request({ limit: String(end + 1) }, ctx));
    if (answer.wrapped) {
      // SSOJet moved to cursor paging after this adapter learned otherwise. From the top it can
      // start over the cursor way; mid-way an offset means nothing to a cursor-paged list.
      answers = 'wrapped';
      if (offset === 0) return firstPage(size, ctx);
      throw new RosterError('bad_response', { message: 'SSOJet changed how it pages users; load the list again from the first page.' });
    }
    answers = 'bare';
    return { items: toUsers(answer.users.slice(offset, end), offset), total: null, nextCursor: answer.users.length > end ? encodeOffsetCursor(end) : null };
  }

  async function firstPage(size: number, ctx: RequestContext | undefined): Promise<Page<User>> {
    if (answers === 'bare') return byOffset(0, size, ctx);
    // Exactly one page is the one request both generations answer correctly.
    const answer = readUsersAnswer(await request({ limit: String(size) }, ctx));
    if (answer.wrapped) {
      answers = 'wrapped';
      return followed(answer, null);
    }
    answers = 'bare';
    // Fewer than asked is all there is; a full array may go on, which only a longer ask can tell.
    if (answer.users.length < size) return { items: toUsers(answer.users, 0), total: null, nextCursor: null };
    return byOffset(0, size, ctx);
  }

  return async function listUsers(size: number, cursor: string | null | undefined, ctx?: RequestContext): Promise<Page<User>> {
    const at = cursor ? decodePageCursor(cursor) : null;
    if (!at) return firstPage(size, ctx);
    if (at.kind === 'offset') return byOffset(at.offset, size, ctx);
    const answer = readUsersAnswer(await request({ limit: String(size), cursor: at.cursor }, ctx));
    if (!answer.wrapped) throw new RosterError('bad_response', { message: 'SSOJet stopped paging users by cursor; load the list again from the first page.' });
    return followed(answer, at.cursor);
  };
}
