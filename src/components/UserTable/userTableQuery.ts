/**
 * The table's query state — search, sort, filters, page size and page — either owned by the
 * table or controlled by the host (STYLE rule 7), and its translation into a UsersQuery. Cursor
 * paging only moves one page at a time, so the cursors of the pages visited are remembered to
 * make "Previous" work; they are forgotten whenever the rest of the query changes.
 */
import { useCallback, useRef, useState } from 'react';
import type { UserSortField, UsersQuery, UserStatus } from '../../core/model.js';

export interface UserTableQuery {
  search: string;
  sort: { field: UserSortField; direction: 'asc' | 'desc' } | null;
  filter: { status?: UserStatus[]; roleIds?: string[]; organizationId?: string };
  pageSize: number;
  /** 0-based. */
  pageIndex: number;
}

export const DEFAULT_USER_TABLE_QUERY: UserTableQuery = {
  search: '',
  sort: { field: 'name', direction: 'asc' },
  filter: {},
  pageSize: 25,
  pageIndex: 0,
};

export interface UserTableQueryOptions {
  query?: UserTableQuery;
  defaultQuery?: Partial<UserTableQuery>;
  onQueryChange?: (query: UserTableQuery) => void;
}

function sameExceptPage(a: UserTableQuery, b: UserTableQuery): boolean {
  return JSON.stringify({ ...a, pageIndex: 0 }) === JSON.stringify({ ...b, pageIndex: 0 });
}

export function useUserTableQuery({ query: controlled, defaultQuery, onQueryChange }: UserTableQueryOptions) {
  const [own, setOwn] = useState<UserTableQuery>(() => ({ ...DEFAULT_USER_TABLE_QUERY, ...defaultQuery }));
  const query = controlled ?? own;
  const latest = useRef(query);
  latest.current = query;

  // cursors[i] is the cursor that fetches page i; page 0 needs none.
  const cursors = useRef<{ for: UserTableQuery; list: (string | null)[] }>({ for: query, list: [null] });
  if (!sameExceptPage(cursors.current.for, query)) cursors.current = { for: query, list: [null] };

  const update = useCallback(
    (change: Partial<UserTableQuery>) => {
      const base = latest.current;
      // Anything but a page move starts again from the first page.
      const next: UserTableQuery = { ...base, pageIndex: 0, ...change };
      if (!controlled) setOwn(next);
      onQueryChange?.(next);
    },
    [controlled, onQueryChange],
  );

  /** The adapter query for the current state; with cursor paging, from the remembered cursors. */
  const toUsersQuery = (pagination: 'offset' | 'cursor'): UsersQuery => {
    const page: UsersQuery['page'] = { size: query.pageSize };
    if (pagination === 'offset') page.index = query.pageIndex;
    else page.cursor = cursors.current.list[Math.min(query.pageIndex, cursors.current.list.length - 1)] ?? null;
    return { search: query.search, sort: query.sort ?? undefined, filter: query.filter, page };
  };

  /** Remembers where the page after `pageIndex` starts, once that page has loaded. */
  const rememberNextCursor = (pageIndex: number, nextCursor: string | null) => {
    if (nextCursor && cursors.current.list.length === pageIndex + 1) cursors.current.list.push(nextCursor);
  };

  return { query, update, toUsersQuery, rememberNextCursor, knownPages: () => cursors.current.list.length };
}
