/**
 * Search, filter and sort over users already in memory. The memory adapter uses it as its
 * "server", and the hooks use it when an adapter cannot do a part of the query itself.
 */
import type { SortDirection, User, UserSortField, UsersQuery } from './model.js';

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

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

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
      const c = isDate ? Date.parse(av) - Date.parse(bv) : collator.compare(av, bv);
      if (c !== 0) return sign * c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** Applies search, filter and sort (not paging). Returns a new array. */
export function applyUsersQuery(users: readonly User[], query: Omit<UsersQuery, 'page'>): User[] {
  const search = query.search?.trim() ?? '';
  const out = users.filter((u) => matchesSearch(u, search) && matchesFilter(u, query.filter));
  if (query.sort) out.sort(compareUsers(query.sort.field, query.sort.direction));
  return out;
}
