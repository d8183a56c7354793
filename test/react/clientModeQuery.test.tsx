/**
 * Client mode keeps one sorted order per sort and the last search's matches (issue 21). Whatever
 * it reuses, every page shown is the one a fresh search, filter and sort of every user would give.
 */
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { User, UsersQuery } from '../../src/core/model.js';
import { applyUsersQuery, sortValue } from '../../src/core/usersQuery.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

const NOTHING_ON_THE_SERVER = { search: false, sortFields: [], filters: { status: false, roleIds: false, organizationId: false }, pagination: 'cursor', maxPageSize: 100 } as const;

describe('client mode over a directory that can do nothing itself', () => {
  it('shows what a fresh query would, through searches, filters, pages and sort flips, with one fetch', async () => {
    const memory = createMemoryAdapter({ userCount: 250, seed: 9, capabilities: NOTHING_ON_THE_SERVER });
    const spy = spyOnAdapter(memory);
    const everyone = memory.snapshot().users;
    const steps: UsersQuery[] = [
      { sort: { field: 'name', direction: 'asc' }, page: { size: 20 } },
      { sort: { field: 'name', direction: 'asc' }, page: { size: 20, index: 3 } },
      { search: 'a', sort: { field: 'name', direction: 'asc' }, page: { size: 20 } },
      { search: 'an', sort: { field: 'name', direction: 'asc' }, page: { size: 20, index: 1 } },
      { search: 'an', filter: { status: ['active'] }, sort: { field: 'name', direction: 'asc' }, page: { size: 20 } },
      { search: 'an', sort: { field: 'lastLoginAt', direction: 'desc' }, page: { size: 20 } },
      { sort: { field: 'lastLoginAt', direction: 'asc' }, page: { size: 20, index: 12 } },
      { filter: { roleIds: ['admin'] }, page: { size: 20 } },
      { sort: { field: 'name', direction: 'asc' }, page: { size: 20 } },
    ];
    const { result, rerender } = renderRosterHook((q: UsersQuery) => useUsers(q), spy.adapter, { initialProps: steps[0]! });
    for (const query of steps) {
      rerender(query);
      await waitFor(() => expect(result.current.isLoading || result.current.isPreviousData).toBe(false));
      const fresh = applyUsersQuery(everyone, query);
      const from = (query.page.index ?? 0) * query.page.size;
      const shown = result.current.data!.items;
      expect(result.current.mode).toBe('client');
      expect(result.current.data!.total, JSON.stringify(query)).toBe(fresh.length);
      const expected = fresh.slice(from, from + query.page.size);
      if (query.sort) {
        // A flipped header reverses the other direction's order, so users with equal values may
        // come out the other way round: the values shown are the same, in the same order.
        const values = (users: User[]) => users.map((u) => sortValue(u, query.sort!.field));
        expect(values(shown), JSON.stringify(query)).toEqual(values(expected));
        expect(shown.every((u) => fresh.some((f) => f.id === u.id))).toBe(true);
      } else {
        expect(shown.map((u) => u.id), JSON.stringify(query)).toEqual(expected.map((u) => u.id));
      }
    }
    // 250 users in pages of 100: the directory was fetched once, for every step.
    expect(spy.count('listUsers')).toBe(3);
  });
});
