import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { RequestContext } from '../core/adapter.js';
import { normalizeUsersQuery, rosterKeys } from '../core/cacheKeys.js';
import { RosterError } from '../core/errors.js';
import type { CreateUserInput, Page, User, UsersQuery } from '../core/model.js';
import { planUsersQuery, pageLocally, type AllUsers, type QueryShape } from './clientSideQuery.js';
import { useRosterContext } from './context.js';
import { useCreateUser } from './rosterClient.js';
import { applyPendingToUser } from './pendingChanges.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseUsersOptions {
  /**
   * Fetch the next page in the background once this one is shown (a search result once it has
   * stayed on screen for 0.8 s). Default true.
   */
  prefetchNext?: boolean;
  /**
   * When the adapter cannot do part of the query itself, at most this many users are fetched to
   * finish it in the browser. Default 10,000.
   */
  clientSideLimit?: number;
}

export interface UseUsersResult extends RosterQueryResult<Page<User>> {
  /** The previous query's page is on screen while this one loads. */
  isPreviousData: boolean;
  /** `client` when part of the query is done in the browser over fetched users. */
  mode: 'server' | 'client';
  /** In client mode: the directory held more users than `clientSideLimit`, so results are partial. */
  isTruncated: boolean;
  /**
   * Prefetch the next page now, without waiting for a search result to stay on screen: for when
   * pointer or focus reaches Next. Does nothing in client mode, where every page is already here.
   */
  prefetchNextPage: () => void;
  /** Pessimistic; absent when the adapter cannot create users. */
  createUser?: (input: CreateUserInput) => Promise<User>;
}

/**
 * How long a search result stays on screen before its next page is prefetched: twice a slow
 * typist's pause between keys (400 ms, past a 300 ms debounce), whose intermediate results nobody
 * pages through, with room for a busy main thread that delays the keys; short next to reading a
 * page. Pointer or focus on Next need not wait (prefetchNextPage).
 */
const PREFETCH_DWELL_MS = 800;

/**
 * A page of users. Server-side search, sort, filters and paging where the adapter can; the rest in
 * the browser. Superseded requests are aborted, the previous page stays while the next loads, and
 * the next page is prefetched.
 */
export function useUsers(query: UsersQuery, options: UseUsersOptions = {}): UseUsersResult {
  const { adapter, keyBase, pending } = useRosterContext('useUsers');
  const { prefetchNext = true, clientSideLimit = 10_000 } = options;
  const normalized = normalizeUsersQuery(query);
  const plan = planUsersQuery(normalized, adapter.capabilities);

  // Server mode: the page itself is the cache entry.
  const serverKey = plan.client ? null : rosterKeys.users(keyBase, normalized);
  const server = useRosterQuery('useUsers', serverKey, (signal) => adapter.listUsers(normalized, { signal }), { keepPreviousData: true });

  // Client mode: every user matching the server part is one cache entry shared by all pages.
  const allKey = plan.client ? rosterKeys.allUsers(keyBase, plan.server, clientSideLimit) : null;
  const all = useRosterQuery<AllUsers>(
    'useUsers',
    allKey,
    (signal) => fetchAllUsers(adapter.listUsers, plan.server, clientSideLimit, adapter.capabilities.maxPageSize, { signal }),
    { keepPreviousData: true },
  );

  // Prefetch the next page only for a result someone may page through: at once after paging,
  // sorting or filtering, but a search result only once it has stayed on screen for a moment,
  // so the results a typist passes through are not prefetched (see PREFETCH_DWELL_MS).
  const serverHash = serverKey && JSON.stringify(serverKey);
  const settled = Boolean(serverHash && server.data && !server.isPreviousData);
  const [prefetchFor, setPrefetchFor] = useState<string | null>(null);
  const lastSettled = useRef<{ hash: string; search: string; typed: boolean } | null>(null);
  useEffect(() => {
    if (!settled || !prefetchNext) return;
    const search = normalized.search ?? '';
    if (lastSettled.current?.hash !== serverHash) {
      lastSettled.current = { hash: serverHash!, search, typed: lastSettled.current !== null && lastSettled.current.search !== search };
    }
    if (!lastSettled.current.typed) {
      setPrefetchFor(serverHash);
      return;
    }
    const timer = setTimeout(() => setPrefetchFor(serverHash), PREFETCH_DWELL_MS);
    return () => clearTimeout(timer);
    // normalized is rebuilt each render; serverHash captures it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverHash, settled, prefetchNext]);
  const prefetchNextPage = useCallback(() => void (serverHash && setPrefetchFor(serverHash)), [serverHash]);

  const nextQuery = useMemo<UsersQuery | null>(() => {
    const page = server.data;
    if (!serverHash || prefetchFor !== serverHash || server.isPreviousData || !page?.nextCursor) return null;
    if (adapter.capabilities.pagination === 'offset' && normalized.page.cursor == null) {
      return { ...normalized, page: { size: normalized.page.size, index: (normalized.page.index ?? 0) + 1 } };
    }
    return { ...normalized, page: { size: normalized.page.size, cursor: page.nextCursor } };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverHash, prefetchFor, server.data, server.isPreviousData]);
  useRosterQuery('useUsers', nextQuery && rosterKeys.users(keyBase, nextQuery), (signal) => adapter.listUsers(nextQuery!, { signal }), {
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
  });

  const source = plan.client ? all : server;
  const localPage = useMemo(
    () => (plan.client && all.data ? pageLocally(all.data.users, plan.client, normalized.page) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [all.data, JSON.stringify(plan.client), JSON.stringify(normalized.page)],
  );
  const page = plan.client ? localPage : server.data;

  // Re-renders only when a user on this page has pending changes that moved. The same on the
  // server: a provider's pending changes start empty wherever it renders.
  const items = page?.items;
  const subscribe = useCallback(
    (onChange: () => void) =>
      pending.subscribe((userId) => {
        if (items?.some((u) => u.id === userId)) onChange();
      }),
    [pending, items],
  );
  const pendingVersion = useSyncExternalStore(subscribe, pending.version, pending.version);
  const data = useMemo(() => {
    if (!page || !pending.userCount()) return page;
    let changed = false;
    const items = page.items.map((u) => {
      const next = applyPendingToUser(u, pending.get(u.id));
      if (next !== u) changed = true;
      return next;
    });
    return changed ? { ...page, items } : page;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page, pendingVersion]);

  const createUser = useCreateUser('useUsers');
  return {
    data,
    error: source.error,
    isLoading: source.isLoading,
    isValidating: source.isValidating,
    isPreviousData: source.isPreviousData,
    refresh: source.refresh,
    mode: plan.client ? 'client' : 'server',
    isTruncated: Boolean(plan.client && all.data?.isTruncated),
    prefetchNextPage,
    createUser: adapter.createUser ? createUser : undefined,
  };
}

async function fetchAllUsers(
  listUsers: (q: UsersQuery, ctx?: RequestContext) => Promise<Page<User>>,
  server: QueryShape,
  limit: number,
  maxPageSize: number,
  ctx: RequestContext,
): Promise<AllUsers> {
  const users: User[] = [];
  let cursor: string | null = null;
  const size = Math.max(1, Math.min(maxPageSize, limit));
  do {
    const page: Page<User> = await listUsers({ ...server, page: { size, cursor } }, ctx);
    // One push per user: spreading a page of 100,000 users would overflow the call stack.
    for (const user of page.items) users.push(user);
    if (page.nextCursor !== null && page.nextCursor === cursor) throw new RosterError('bad_response', { message: 'The identity provider repeated a page cursor.' });
    cursor = page.nextCursor;
  } while (cursor && users.length < limit);
  return { users: users.length > limit ? users.slice(0, limit) : users, isTruncated: Boolean(cursor) || users.length > limit };
}
