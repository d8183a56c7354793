/**
 * The table's query state — search, sort, filters, page size and page — either owned by the
 * table or controlled by the host (STYLE rule 7), and its translation into a UsersQuery. Cursor
 * paging only moves one page at a time, so the cursors of the pages visited are remembered to
 * make "Previous" work; they are forgotten whenever the rest of the query changes.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
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

/** The query without its page: cursors belong to one of these. */
function withoutPage(query: UserTableQuery): string {
  return JSON.stringify({ ...query, pageIndex: 0 });
}

export function useUserTableQuery({ query: controlled, defaultQuery, onQueryChange }: UserTableQueryOptions) {
  const [own, setOwn] = useState<UserTableQuery>(() => ({ ...DEFAULT_USER_TABLE_QUERY, ...defaultQuery }));
  const query = controlled ?? own;
  // The query `update` builds on; kept current after each commit, read only in event handlers.
  const latest = useRef(query);
  useLayoutEffect(() => {
    latest.current = query;
  });

  // list[i] is the cursor that fetches page i; page 0 needs none. Cursors belong to one query
  // (without its page): any other query starts again from the first page's.
  const key = withoutPage(query);
  const [known, setKnown] = useState<{ key: string; list: (string | null)[] }>({ key, list: [null] });
  const cursors = known.key === key ? known.list : FIRST_PAGE_ONLY;

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
  const toUsersQuery = (pagination: 'offset' | 'cursor', organizationId?: string): UsersQuery => {
    const page: UsersQuery['page'] = { size: query.pageSize };
    if (pagination === 'offset') page.index = query.pageIndex;
    else page.cursor = cursors[Math.min(query.pageIndex, cursors.length - 1)] ?? null;
    const filter = organizationId ? { ...query.filter, organizationId } : query.filter;
    return { search: query.search, sort: query.sort ?? undefined, filter, page };
  };

  /** Remembers where the page after `pageIndex` starts, once that page has loaded; call from an effect. */
  const rememberNextCursor = useCallback(
    (pageIndex: number, nextCursor: string | null) =>
      setKnown((old) => {
        const list = old.key === key ? old.list : FIRST_PAGE_ONLY;
        if (!nextCursor || list.length !== pageIndex + 1) return old;
        return { key, list: [...list, nextCursor] };
      }),
    [key],
  );

  return { query, update, toUsersQuery, rememberNextCursor };
}

const FIRST_PAGE_ONLY: (string | null)[] = [null];
