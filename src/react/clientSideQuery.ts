/**
 * Splits a users query into what the adapter can do itself and what must be done in the browser
 * (SSOJet, for example, cannot search, sort or filter). When anything is left for the browser,
 * the hooks fetch every user the server part matches — up to a limit — and finish the query here.
 */
import type { AdapterCapabilities } from '../core/adapter.js';
import type { Page, User, UsersQuery } from '../core/model.js';
import { matchesFilter, matchesSearch, SORT_COLLATOR, sortedOrder, sortValue, type SortedOrder, type UsersSort } from '../core/usersQuery.js';

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
    const sort = client.sort;
    // Iterated only when sortedOrder has to sort: not for an order it keeps, nor for one it reverses.
    const positions = { [Symbol.iterator]: () => presorted(all, sort)[Symbol.iterator]() };
    const order = sortedOrder(index.orders, positions, sort, (i) => all[i]!).items;
    users = [];
    for (const i of order) if (!matched || matched[i]) users.push(all[i]!);
  } else {
    users = all.filter((_, i) => !matched || matched[i]);
  }
  index.last = { signature, users };
  return users;
}

/**
 * Positions of `all` in the order sortedOrder will give, when that is cheaper to find than its own
 * sort: a directory repeats names and statuses (100,000 users may hold a few thousand distinct
 * names), so the distinct values are sorted with core's SORT_COLLATOR once and the users placed by the
 * rank of their value, ties by id, as sortedBy breaks them. sortedOrder still sorts what it is
 * given with its own comparison, so the order users see is always its own: handed positions
 * already in that order, its sort only confirms it, in one pass. Mostly distinct values (emails,
 * dates) gain nothing, and are left to it as they come.
 */
function presorted(all: readonly User[], { field, direction }: UsersSort): Iterable<number> {
  const slotOf = new Map<string, number>();
  const values: string[] = [];
  /** Each user's distinct value, by slot; -1 when the user has none (they sort last). */
  const slots = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const value = sortValue(all[i]!, field);
    let slot = value === null ? -1 : slotOf.get(value);
    if (slot === undefined) slotOf.set(value!, (slot = values.push(value!) - 1));
    slots[i] = slot;
    if (values.length > all.length / 4) return all.keys();
  }
  // Values the collator calls equal ("Zoe", "Zoë") share a rank, so their users meet in id order.
  const byValue = [...values.keys()].sort((a, b) => SORT_COLLATOR.compare(values[a]!, values[b]!));
  const rank = new Int32Array(values.length);
  let ranks = 0;
  byValue.forEach((slot, i) => (rank[slot] = i && SORT_COLLATOR.compare(values[byValue[i - 1]!]!, values[slot]!) ? ++ranks : ranks));
  // One bucket per rank, in the direction asked, and one last for users with no value.
  const bucketOf = direction === 'asc' ? rank : rank.map((r) => ranks - r);
  const buckets: number[][] = Array.from({ length: ranks + 2 }, () => []);
  for (let i = 0; i < all.length; i++) buckets[slots[i]! < 0 ? ranks + 1 : bucketOf[slots[i]!]!]!.push(i);
  // Read once: users are objects of many shapes, slow to read a field from inside a comparison.
  // Ids are unique, so no two compare equal.
  const ids = all.map((u) => u.id);
  return buckets.flatMap((bucket) => bucket.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1)));
}
