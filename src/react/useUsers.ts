import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { RequestContext } from '../core/adapter.js';
import { normalizeUsersQuery, rosterKeys } from '../core/cacheKeys.js';
import { RosterError } from '../core/errors.js';
import type { CreateUserInput, Page, User, UsersQuery } from '../core/model.js';
import { planUsersQuery, pageLocally, type AllUsers, type QueryShape } from './clientSideQuery.js';
import { useRosterContext } from './context.js';
import { applyPendingToUser } from './pendingChanges.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseUsersOptions {
  /** Fetch the next page in the background once this one is shown. Default true. */
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
  /** Pessimistic; absent when the adapter cannot create users. */
  createUser?: (input: CreateUserInput) => Promise<User>;
}

/**
 * A page of users. Server-side search, sort, filters and paging where the adapter can; the rest in
 * the browser. Superseded requests are aborted, the previous page stays while the next loads, and
 * the next page is prefetched.
 */
export function useUsers(query: UsersQuery, options: UseUsersOptions = {}): UseUsersResult {
  const { adapter, keyBase, client, pending } = useRosterContext('useUsers');
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

  const nextQuery = useMemo<UsersQuery | null>(() => {
    const page = server.data;
    if (!prefetchNext || !serverKey || server.isPreviousData || !page?.nextCursor) return null;
    if (adapter.capabilities.pagination === 'offset' && normalized.page.cursor == null) {
      return { ...normalized, page: { size: normalized.page.size, index: (normalized.page.index ?? 0) + 1 } };
    }
    return { ...normalized, page: { size: normalized.page.size, cursor: page.nextCursor } };
    // normalized is rebuilt each render; its key captures it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prefetchNext, serverKey && JSON.stringify(serverKey), server.data, server.isPreviousData]);
  useRosterQuery('useUsers', nextQuery && rosterKeys.users(keyBase, nextQuery), (signal) => adapter.listUsers(nextQuery!, { signal }), {
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
  });

  // The same on the server: a provider's pending changes start empty wherever it renders.
  useSyncExternalStore(pending.subscribe, pending.version, pending.version);
  const source = plan.client ? all : server;
  const localPage = useMemo(
    () => (plan.client && all.data ? pageLocally(all.data.users, plan.client, normalized.page) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [all.data, JSON.stringify(plan.client), JSON.stringify(normalized.page)],
  );
  const page = plan.client ? localPage : server.data;
  const pendingVersion = pending.version();
  const data = useMemo(() => {
    if (!page) return page;
    let changed = false;
    const items = page.items.map((u) => {
      const next = applyPendingToUser(u, pending.get(u.id));
      if (next !== u) changed = true;
      return next;
    });
    return changed ? { ...page, items } : page;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page, pendingVersion]);

  const createUser = useCallback((input: CreateUserInput) => client.createUser(input), [client]);
  return {
    data,
    error: source.error,
    isLoading: source.isLoading,
    isValidating: source.isValidating,
    isPreviousData: source.isPreviousData,
    refresh: source.refresh,
    mode: plan.client ? 'client' : 'server',
    isTruncated: Boolean(plan.client && all.data?.isTruncated),
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
    users.push(...page.items);
    if (page.nextCursor !== null && page.nextCursor === cursor) throw new RosterError('bad_response', { message: 'The identity provider repeated a page cursor.' });
    cursor = page.nextCursor;
  } while (cursor && users.length < limit);
  return { users: users.slice(0, limit), isTruncated: Boolean(cursor) || users.length > limit };
}
