/**
 * Splits a users query into what the adapter can do itself and what must be done in the browser
 * (SSOJet, for example, cannot search, sort or filter). When anything is left for the browser,
 * the hooks fetch every user the server part matches — up to a limit — and finish the query here.
 */
import type { AdapterCapabilities } from '../core/adapter.js';
import type { Page, User, UsersQuery } from '../core/model.js';
import { matchesFilter, matchesSearch, sortedOrder, type SortedOrder } from '../core/usersQuery.js';

export type QueryShape = Omit<UsersQuery, 'page'>;

/** The cache entry of a query finished in the browser: every user its server part matched. */
export interface AllUsers {
  users: User[];
  /** More users matched than the limit allowed fetching. */
  isTruncated: boolean;
}

export interface QueryPlan {
  /** The part the adapter is asked to do. */
  server: QueryShape;
  /** The part left for the browser, or null when the adapter does it all. */
  client: QueryShape | null;
}

export function planUsersQuery(query: UsersQuery, capabilities: AdapterCapabilities): QueryPlan {
  const server: QueryShape = {};
  const client: QueryShape = {};
  if (query.search?.trim()) (capabilities.search ? server : client).search = query.search.trim();
  if (query.sort) (capabilities.sortFields.includes(query.sort.field) ? server : client).sort = query.sort;
  const { status, roleIds, organizationId } = query.filter ?? {};
  const serverFilter: NonNullable<UsersQuery['filter']> = {};
  const clientFilter: NonNullable<UsersQuery['filter']> = {};
  if (status?.length) (capabilities.filters.status ? serverFilter : clientFilter).status = status;
  if (roleIds?.length) (capabilities.filters.roleIds ? serverFilter : clientFilter).roleIds = roleIds;
  if (organizationId) (capabilities.filters.organizationId ? serverFilter : clientFilter).organizationId = organizationId;
  if (Object.keys(serverFilter).length) server.filter = serverFilter;
  if (Object.keys(clientFilter).length) client.filter = clientFilter;
  // A client-side sort must see every matching user, so an unsorted server part is fine; but a
  // server-side sort over a client-side filter is kept, since filtering preserves order.
  return { server, client: Object.keys(client).length ? client : null };
}

const LOCAL_CURSOR = /^local:(\d+)$/;

/** One page of the users finished in the browser. Cursors here are offsets, prefixed `local:`. */
export function pageLocally(all: readonly User[], client: QueryShape, page: UsersQuery['page']): Page<User> {
  const matching = matchLocally(all, client);
  const fromCursor = page.cursor ? LOCAL_CURSOR.exec(page.cursor) : null;
  const offset = fromCursor ? Number(fromCursor[1]) : (page.index ?? 0) * page.size;
  return {
    items: matching.slice(offset, offset + page.size),
    total: matching.length,
    nextCursor: offset + page.size < matching.length ? `local:${offset + page.size}` : null,
  };
}

/**
 * What is kept for one list of fetched users (a revalidation or a write replaces the array, and
 * with it this): a sorted order per sort field and direction, and the last search and filter's
 * matches. Sorting 100,000 users takes hundreds of milliseconds, so a new search or filter reuses
 * the order and a page change only takes a slice.
 *
 * Orders hold positions in the fetched list, not users: a search tests every user in list order
 * (memory order, several times faster than hopping through them in sorted order) and the sorted
 * walk that follows reads only which positions matched.
 */
interface LocalIndex {
  orders: Map<string, SortedOrder<number>>;
  last: { signature: string; users: readonly User[] } | null;
}

const indexes = new WeakMap<readonly User[], LocalIndex>();

function matchLocally(all: readonly User[], client: QueryShape): readonly User[] {
  let index = indexes.get(all);
  if (!index) indexes.set(all, (index = { orders: new Map(), last: null }));
  const search = client.search?.trim() ?? '';
  const signature = JSON.stringify([search, client.sort ?? null, client.filter ?? null]);
  if (index.last?.signature === signature) return index.last.users;
  const matched = search || client.filter ? all.map((u) => matchesSearch(u, search) && matchesFilter(u, client.filter)) : null;
  let users: User[];
  if (client.sort) {
    const order = sortedOrder(index.orders, all.keys(), client.sort, (i) => all[i]!).items;
    users = [];
    for (const i of order) if (!matched || matched[i]) users.push(all[i]!);
  } else {
    users = all.filter((_, i) => !matched || matched[i]);
  }
  index.last = { signature, users };
  return users;
}
