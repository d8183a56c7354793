/**
 * Core's sort ranks each distinct value of a directory that repeats its names and statuses
 * instead of comparing users (core/rankedOrder.ts, issue 21); client mode and the memory directory
 * both sort through it. Whatever the shortcut, the order of every user is the one compareUsers
 * gives, user against user: accents, case, punctuation and numbers as the collator sees them, ties
 * by id, users with no value last.
 */
import { describe, expect, it } from 'vitest';
import type { User, UserStatus } from '../../src/core/model.js';
import { applyUsersQuery, compareUsers, matchesSearch } from '../../src/core/usersQuery.js';
import { pageLocally, type QueryShape } from '../../src/react/clientSideQuery.js';

/** Names the collator orders in ways plain string order does not, with many users each. */
const NAMES = ['Zoe Adams', 'Zoë Adams', 'zoe adams', 'Émile Roux', 'Emile Roux', "O'Brien", 'OBrien', 'Item 9', 'Item 10', 'van der Berg', 'Ångström', 'Ada'];
const STATUSES: UserStatus[] = ['active', 'invited', 'disabled'];

function directory(count: number): User[] {
  let seed = 11;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => {
    const roll = random();
    // A few users have no name (sorted by email), and a few neither (sorted last).
    const name = roll < 0.05 ? null : NAMES[Math.floor(random() * NAMES.length)]!;
    const email = roll < 0.02 ? null : `user${i}@example.com`;
    return {
      id: Math.floor(random() * 2 ** 31).toString(16).padStart(8, '0') + String(i).padStart(4, '0'),
      email,
      name,
      status: STATUSES[Math.floor(random() * STATUSES.length)]!,
      emailVerified: true,
      roleIds: [],
      createdAt: null,
      lastLoginAt: null,
      customAttributes: {},
    };
  });
}

const ids = (users: readonly User[]) => users.map((u) => u.id);
const everyUser = (all: readonly User[], query: QueryShape) => pageLocally(all, query, { size: all.length }).items;

describe('client-mode sort over repeated values', () => {
  it.each([
    { field: 'name', direction: 'asc' },
    { field: 'name', direction: 'desc' },
    { field: 'status', direction: 'asc' },
    { field: 'status', direction: 'desc' },
  ] as const)('orders every user as a fresh sort does ($field, $direction)', (sort) => {
    // A new array each time: no order kept from an earlier sort.
    const all = directory(600);
    const compared = [...all].sort(compareUsers(sort.field, sort.direction));
    expect(ids(everyUser(all, { sort }))).toEqual(ids(compared));
    expect(ids(applyUsersQuery(all, { sort }))).toEqual(ids(compared));
  });

  it('keeps that order under a search, and on every page', () => {
    const all = directory(600);
    const query = { search: 'roux', sort: { field: 'name', direction: 'asc' } } as const;
    const fresh = all.filter((u) => matchesSearch(u, query.search)).sort(compareUsers('name', 'asc'));
    expect(fresh.length).toBeGreaterThan(20);
    expect(ids(everyUser(all, query))).toEqual(ids(fresh));
    expect(ids(pageLocally(all, query, { size: 10, index: 2 }).items)).toEqual(ids(fresh.slice(20, 30)));
  });
});
