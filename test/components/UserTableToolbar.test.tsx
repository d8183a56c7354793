/**
 * The toolbar's search box against a query the host controls: a search the host sets is the one
 * the table loads, at once, and the text in the box follows it. Fake clock: the debounce is the
 * subject, and nothing may wait on the machine's speed.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { DEFAULT_USER_TABLE_QUERY, type UserTableQuery } from '../../src/components/UserTable/userTableQuery.js';
import type { UsersQuery } from '../../src/core/model.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

afterEach(() => vi.useRealTimers());

const flush = async (ms: number) => {
  for (const step of [ms, 0, 0, 0]) await act(async () => void (await vi.advanceTimersByTimeAsync(step)));
};

describe('UserTable toolbar with a controlled query', () => {
  it('loads a search the host sets at once, without undoing it or loading the unsearched page first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const seen: UserTableQuery[] = [];
    let setFromHost: (q: UserTableQuery) => void = () => {};
    function Host() {
      const [query, setQuery] = useState<UserTableQuery>({ ...DEFAULT_USER_TABLE_QUERY, pageIndex: 1, pageSize: 10 });
      setFromHost = setQuery;
      return <UserTable query={query} onQueryChange={(q) => (seen.push(q), setQuery(q))} searchDebounceMs={300} />;
    }
    const memory = createMemoryAdapter({ userCount: 30 });
    const spy = spyOnAdapter(memory);
    const target = memory.snapshot().users[7]!.name!.split(' ')[0]!;
    renderWithRoster(<Host />, spy.adapter);
    await flush(0);
    expect(screen.getByText('30 users')).toBeInTheDocument();
    const before = spy.calls.length;

    await act(async () => setFromHost({ ...DEFAULT_USER_TABLE_QUERY, pageSize: 10, search: target }));
    await flush(0);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.textContent?.toLocaleLowerCase().includes(target.toLocaleLowerCase()))).toBe(true);
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue(target);

    // Past the debounce: the table never sent anything of its own, and never loaded an unsearched page.
    await flush(1000);
    expect(seen).toEqual([]);
    const lists = spy.calls.slice(before).filter((c) => c.method === 'listUsers').map((c) => (c.args[0] as UsersQuery).search ?? '');
    expect(lists.filter((s) => s !== target)).toEqual([]);
  });

  it('still sends what the admin types after the host set a search', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const seen: UserTableQuery[] = [];
    let setFromHost: (q: UserTableQuery) => void = () => {};
    function Host() {
      const [query, setQuery] = useState<UserTableQuery>(DEFAULT_USER_TABLE_QUERY);
      setFromHost = setQuery;
      return <UserTable query={query} onQueryChange={(q) => (seen.push(q), setQuery(q))} searchDebounceMs={300} />;
    }
    renderWithRoster(<Host />, createMemoryAdapter({ userCount: 30 }));
    await flush(0);
    await act(async () => setFromHost({ ...DEFAULT_USER_TABLE_QUERY, search: 'a' }));
    await flush(1000);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search users' }), { target: { value: 'ab' } });
    await flush(299);
    expect(seen).toEqual([]);
    await flush(1);
    expect(seen.map((q) => q.search)).toEqual(['ab']);
  });
});
