/**
 * A Roster users query as `GET /api/v2/users` takes it: Lucene `q` for the search engine v3,
 * `sort=field:1|-1`, and `page`/`per_page` within the 1,000-result window Auth0 lets a list or
 * search reach.
 *
 * - Search: each word must appear in the name, email, given or family name. Auth0 allows a
 *   wildcard other than a trailing one only around 3 or more literal characters, so a word of 3+
 *   characters is matched anywhere (`*word*`) and a shorter one as a prefix (`word*`).
 * - Status: `blocked:true` is disabled; active is `NOT blocked:true`, since users never blocked
 *   have no `blocked` value to match `blocked:false`. No Auth0 user is ever `invited`.
 * - Organization: `organization_id:"…"`, a searchable field of user search v3.
 * - Past the window: a page starting at or beyond result 1,000 (or running past it) is refused with
 *   `invalid_input` before anything is sent, and the last reachable page has no `nextCursor`;
 *   `total` stays Auth0's own count, so the UI can say how many matched.
 */
import { checkPageSize, pageOffset } from '../../core/paging.js';
import { RosterError } from '../../core/errors.js';
import type { UserSortField, UsersQuery } from '../../core/model.js';
import { AUTH0_MAX_PER_PAGE, AUTH0_SEARCH_RESULT_CAP } from './wire.js';

export const SORT_FIELDS: Partial<Record<UserSortField, string>> = {
  name: 'name',
  email: 'email',
  createdAt: 'created_at',
  lastLoginAt: 'last_login',
};

const SEARCH_FIELDS = ['name', 'email', 'given_name', 'family_name'];

/** Backslash before every character Lucene reads as syntax, and before whitespace. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/\s]/g, '\\$&');
}

function phrase(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

function searchClause(text: string): string | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  return words
    .map((word) => {
      const pattern = [...word].length >= 3 ? `*${escapeLucene(word)}*` : `${escapeLucene(word)}*`;
      return `(${SEARCH_FIELDS.map((f) => `${f}:${pattern}`).join(' OR ')})`;
    })
    .join(' AND ');
}

export function unsupported(what: string): RosterError {
  return new RosterError('unsupported', { message: `Auth0 cannot ${what}.` });
}

export interface UsersRequest {
  /** `null` when the filters can match no Auth0 user (only `invited` asked for): nothing is sent. */
  query: Record<string, string | number | boolean> | null;
  offset: number;
  size: number;
}

export function usersRequest(query: UsersQuery): UsersRequest {
  const size = query.page.size;
  checkPageSize(size, AUTH0_MAX_PER_PAGE);
  const offset = pageOffset(query.page, size);
  if (offset + size > AUTH0_SEARCH_RESULT_CAP) {
    throw new RosterError('invalid_input', {
      status: 400,
      message: `Auth0 returns only the first ${AUTH0_SEARCH_RESULT_CAP.toLocaleString('en')} users of a list or search. Narrow it with a search or a filter.`,
      fieldErrors: { cursor: 'Beyond the first 1,000 results.' },
    });
  }
  const { filter = {}, sort } = query;
  if (filter.roleIds?.length) throw unsupported('filter users by role in its user search');
  const clauses: string[] = [];
  const text = query.search ? searchClause(query.search) : null;
  if (text) clauses.push(text);
  if (filter.status?.length) {
    const wanted = new Set(filter.status);
    if (!wanted.has('active') && !wanted.has('disabled')) return { query: null, offset, size };
    if (!wanted.has('active')) clauses.push('blocked:true');
    else if (!wanted.has('disabled')) clauses.push('NOT blocked:true');
  }
  if (filter.organizationId) clauses.push(`organization_id:${phrase(filter.organizationId)}`);

  const params: Record<string, string | number | boolean> = { per_page: size, include_totals: true, search_engine: 'v3' };
  if (clauses.length) params.q = clauses.join(' AND ');
  if (sort) {
    const field = SORT_FIELDS[sort.field];
    if (!field) throw unsupported(`sort users by ${sort.field}`);
    params.sort = `${field}:${sort.direction === 'desc' ? -1 : 1}`;
  }
  return { query: params, offset, size };
}

/** Whether a page of `size` starting at `offset` may be followed by another within the window. */
export function hasNextWithinWindow(offset: number, size: number, total: number | null, received: number): boolean {
  const next = offset + size;
  if (next + size > AUTH0_SEARCH_RESULT_CAP) return false;
  return total !== null ? next < total : received === size;
}
