import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { USER_SORT_FIELDS, type SortDirection, type User } from '../../src/core/model.js';
import { applyUsersQuery, compareUsers, sortedOrder, sortValue, type SortedOrder, type UsersSort } from '../../src/core/usersQuery.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/**
 * Users whose names exercise the collator: every printable ASCII character (punctuation, digit
 * runs with leading zeros, mixed case), accented and non-Latin text, and missing names (sorted by
 * email) and missing dates.
 */
function trickyUsers(count: number): User[] {
  const next = random(42);
  const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
  const letters = 'aAbBeEnNoOsS';
  // Accented letters (the collator ignores the accent), letters it places apart (ß, æ, ø, ı, ł),
  // another script, a combining accent, and characters it ignores or treats as space.
  const extra = ['é', 'É', 'è', 'Ö', 'ö', 'ñ', 'Å', 'İ', 'ß', 'æ', 'Ø', 'ı', 'ł', '中', 'й', '\u0301', '\u00a0', '\u00ad', '\u200b'];
  const text = (length: number) => {
    let out = '';
    for (let i = 0; i < length; i++) {
      const roll = next();
      out += roll < 0.6 ? letters[Math.floor(next() * letters.length)] : roll < 0.9 ? printable[Math.floor(next() * printable.length)] : extra[Math.floor(next() * extra.length)];
    }
    return out;
  };
  const base = createMemoryAdapter({ userCount: 1 }).snapshot().users[0]!;
  return Array.from({ length: count }, (_, i) => {
    const digits = String(Math.floor(next() * 1000)).padStart(Math.floor(next() * 5), '0');
    const name = next() < 0.1 ? null : next() < 0.3 ? `${text(3)}${digits}${text(2)}` : text(1 + Math.floor(next() * 12));
    return {
      ...base,
      id: `u${String(i).padStart(4, '0')}${Math.floor(next() * 10)}`,
      name,
      email: next() < 0.05 ? null : `${text(4)}${digits}@example.com`,
      lastLoginAt: next() < 0.3 ? null : new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 50) * 86_400_000).toISOString(),
    };
  });
}

const sortedUsers = (orders: Map<string, SortedOrder<User>>, users: User[], sort: UsersSort) => sortedOrder(orders, users, sort, (u) => u);

const isSortedBy = (users: readonly User[], compare: SortedOrder<User>['compare']) => users.every((u, i) => i === 0 || compare(users[i - 1]!, u) <= 0);

describe('sorting users', () => {
  const users = trickyUsers(6000);

  it('sorts every field and direction exactly as compareUsers compares', () => {
    for (const field of USER_SORT_FIELDS) {
      for (const direction of ['asc', 'desc'] as SortDirection[]) {
        const expected = [...users].sort(compareUsers(field, direction)).map((u) => u.id);
        expect(sortedUsers(new Map(), users, { field, direction }).items.map((u) => u.id), `${field} ${direction}`).toEqual(expected);
        expect(applyUsersQuery(users, { sort: { field, direction } }).map((u) => u.id)).toEqual(expected);
      }
    }
  });

  it('keeps one order per field and direction, and flips a header by reversing, missing values still last', () => {
    const orders = new Map<string, SortedOrder<User>>();
    const asc = sortedUsers(orders, users, { field: 'lastLoginAt', direction: 'asc' });
    expect(sortedUsers(orders, users, { field: 'lastLoginAt', direction: 'asc' })).toBe(asc);
    const desc = sortedUsers(orders, users, { field: 'lastLoginAt', direction: 'desc' });
    expect(new Set(desc.items).size).toBe(users.length);
    expect(isSortedBy(desc.items, desc.compare)).toBe(true);
    const firstMissing = desc.items.findIndex((u) => sortValue(u, 'lastLoginAt') === null);
    expect(desc.items.slice(firstMissing).every((u) => u.lastLoginAt === null)).toBe(true);
    const times = desc.items.slice(0, firstMissing).map((u) => Date.parse(u.lastLoginAt!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
