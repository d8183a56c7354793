/**
 * Search, filter and sort over users already in memory. The memory adapter uses it as its
 * "server", and the hooks use it when an adapter cannot do a part of the query itself.
 */
import type { SortDirection, User, UserSortField, UsersQuery } from './model.js';
import { rankedOrder } from './rankedOrder.js';
import { SORT_COLLATOR } from './sortCollator.js';

export function matchesSearch(user: User, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [user.name, user.email, user.givenName, user.familyName].some(
    (value) => typeof value === 'string' && value.toLocaleLowerCase().includes(needle),
  );
}

export function matchesFilter(user: User, filter: UsersQuery['filter'] = {}): boolean {
  if (filter.status?.length && !filter.status.includes(user.status)) return false;
  if (filter.organizationId && !user.memberships?.some((m) => m.organization.id === filter.organizationId)) return false;
  if (filter.roleIds?.length) {
    const held = new Set(user.roleIds);
    for (const m of user.memberships ?? []) {
      if (!filter.organizationId || m.organization.id === filter.organizationId) m.roleIds.forEach((r) => held.add(r));
    }
    if (!filter.roleIds.some((r) => held.has(r))) return false;
  }
  return true;
}


/** The value a sort compares; null when the user has none (such users sort last). */
export function sortValue(user: User, field: UserSortField): string | null {
  switch (field) {
    case 'name':
      return user.name ?? user.email;
    case 'email':
      return user.email;
    case 'status':
      return user.status;
    case 'createdAt':
      return user.createdAt;
    case 'lastLoginAt':
      return user.lastLoginAt;
  }
}

/**
 * Compares two users for a sort. Missing values sort last in both directions, and ties fall back
 * to the id so the order is total: paging over a sorted list never repeats or skips a user.
 */
export function compareUsers(field: UserSortField, direction: SortDirection) {
  const sign = direction === 'asc' ? 1 : -1;
  const isDate = field === 'createdAt' || field === 'lastLoginAt';
  return (a: User, b: User): number => {
    const av = sortValue(a, field);
    const bv = sortValue(b, field);
    if (av === null || bv === null) {
      if (av !== bv) return av === null ? 1 : -1;
    } else {
      const c = isDate ? Date.parse(av) - Date.parse(bv) : SORT_COLLATOR.compare(av, bv);
      if (c !== 0) return sign * c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

export type UsersSort = NonNullable<UsersQuery['sort']>;

/**
 * A sorted order and the comparison it follows, so one changed item can be put back in place.
 * Items are users or lead to one (`userOf`): the memory directory sorts its index entries, client
 * mode positions in the list it fetched.
 */
export interface SortedOrder<T> {
  readonly items: T[];
  readonly compare: (a: T, b: T) => number;
}

const itself = (user: User) => user;

/**
 * The sorted orders of one list, one per sort field and direction, each made once and kept in
 * `orders`: sorting 100,000 users takes hundreds of milliseconds, so a query that only changes
 * search, filters or page reuses the order, and flipping a header reverses the opposite order
 * instead of sorting again. Users missing the value stay last in both directions.
 */
export function sortedOrder<T>(orders: Map<string, SortedOrder<T>>, items: Iterable<T>, sort: UsersSort, userOf: (item: T) => User): SortedOrder<T> {
  const key = `${sort.field}:${sort.direction}`;
  let order = orders.get(key);
  if (!order) {
    const opposite = orders.get(`${sort.field}:${sort.direction === 'asc' ? 'desc' : 'asc'}`);
    order = opposite ? reversedKeepingMissingLast(opposite, sort.field, userOf) : sortedBy(items, sort, userOf);
    orders.set(key, order);
  }
  return order;
}

/**
 * Sorts exactly as compareUsers compares, but reads each user's value once: a date is parsed once
 * per user instead of twice per comparison, three to four times faster at 100,000 users. Text a
 * directory repeats (names, statuses) is ranked instead of compared (rankedOrder.ts).
 */
function sortedBy<T>(items: Iterable<T>, { field, direction }: UsersSort, userOf: (item: T) => User): SortedOrder<T> {
  const sign = direction === 'asc' ? 1 : -1;
  const isDate = field === 'createdAt' || field === 'lastLoginAt';
  const compare = compareUsers(field, direction);
  const byItems = { compare: (a: T, b: T) => compare(userOf(a), userOf(b)) };
  const prepared = Array.from(items, (item) => {
    const user = userOf(item);
    const value = sortValue(user, field);
    return { item, id: user.id, value, time: isDate && value !== null ? Date.parse(value) : 0 };
  });
  if (!isDate) {
    const ranked = rankedOrder(
      prepared.map((p) => p.value),
      prepared.map((p) => p.id),
      direction,
    );
    if (ranked) return { items: ranked.map((i) => prepared[i]!.item), ...byItems };
  }
  prepared.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else {
      const c = isDate ? a.time - b.time : SORT_COLLATOR.compare(a.value, b.value);
      if (c !== 0) return sign * c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return { items: prepared.map((p) => p.item), ...byItems };
}

/**
 * The other direction of a sorted order without sorting again: users with a value are reversed,
 * users missing it stay last. Ties come out in reverse id order, as total and as stable across
 * pages as the forward order; `compare` describes exactly that order.
 */
function reversedKeepingMissingLast<T>(order: SortedOrder<T>, field: UserSortField, userOf: (item: T) => User): SortedOrder<T> {
  const missing = (item: T) => sortValue(userOf(item), field) === null;
  const missingFrom = order.items.findIndex(missing);
  const withValue = missingFrom === -1 ? order.items.length : missingFrom;
  const forward = order.compare;
  return {
    items: [...order.items.slice(0, withValue).reverse(), ...order.items.slice(withValue)],
    compare: (a, b) => {
      const aMissing = missing(a);
      if (aMissing !== missing(b)) return aMissing ? 1 : -1;
      return aMissing ? forward(a, b) : forward(b, a);
    },
  };
}

/** Applies search, filter and sort (not paging). Returns a new array. */
export function applyUsersQuery(users: readonly User[], query: Omit<UsersQuery, 'page'>): User[] {
  const search = query.search?.trim() ?? '';
  const out = users.filter((u) => matchesSearch(u, search) && matchesFilter(u, query.filter));
  return query.sort ? sortedBy(out, query.sort, itself).items : out;
}
