/**
 * When useUsers prefetches the next page (issue 21): at once after paging, but a search result
 * only once it has stayed on screen for a moment, so a slow typist's intermediate results cost no
 * prefetches; `prefetchNextPage()` (pointer or focus on Next) does not wait. The clock is fake.
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { UsersQuery } from '../../src/core/model.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const LATENCY = 50;
/** How long a search result stays on screen before its next page is prefetched. */
const DWELL = 800;
const query = (search: string, index = 0): UsersQuery => ({ search, sort: { field: 'name', direction: 'asc' }, page: { size: 2, index } });

function setup() {
  const spy = spyOnAdapter(createMemoryAdapter({ latencyMs: LATENCY }));
  const view = renderRosterHook((q: UsersQuery) => useUsers(q), spy.adapter, { initialProps: query('') });
  const listed = () => spy.calls.filter((c) => c.method === 'listUsers').map((c) => c.args[0] as UsersQuery);
  return { spy, ...view, listed };
}

describe('prefetching the next page', () => {
  it('typing slowly (400 ms per key) sends one request per settled search and one prefetch, for the last', async () => {
    const { result, rerender, listed } = setup();
    await advance(1000);
    const before = listed().length;
    // Each search is what a debounced search box sends 300 ms after a key, keys 400 ms apart.
    for (const typed of ['p', 'pe', 'pet', 'petr', 'petro', 'petrov']) {
      rerender(query(typed));
      await advance(400);
      expect(result.current.data!.items.every((u) => `${u.name} ${u.email}`.toLowerCase().includes(typed))).toBe(true);
    }
    await advance(300 + LATENCY + DWELL);
    const sent = listed().slice(before);
    expect(result.current.data!.nextCursor).not.toBeNull();
    expect(sent.map((q) => [q.search, q.page.index ?? 0])).toEqual([
      ['p', 0],
      ['pe', 0],
      ['pet', 0],
      ['petr', 0],
      ['petro', 0],
      ['petrov', 0],
      ['petrov', 1],
    ]);
  });

  it('a search result is prefetched once it has stayed on screen, and a new search before then cancels it', async () => {
    const { rerender, listed } = setup();
    await advance(1000);
    const prefetchedSearches = () => listed().filter((q) => q.page.index === 1 && q.search).map((q) => q.search);
    rerender(query('an'));
    await advance(LATENCY + DWELL - 100);
    rerender(query('ana'));
    await advance(LATENCY + DWELL - 100);
    expect(prefetchedSearches()).toEqual([]);
    await advance(200);
    expect(prefetchedSearches()).toEqual(['ana']);
  });

  it('prefetchNextPage() prefetches a search result at once, without waiting', async () => {
    const { result, rerender, listed } = setup();
    await advance(1000);
    rerender(query('an'));
    await advance(LATENCY + 10);
    act(() => result.current.prefetchNextPage());
    await advance(LATENCY + 10);
    expect(listed().filter((q) => q.search === 'an').map((q) => q.page.index ?? 0)).toEqual([0, 1]);
  });

  it('paging prefetches the page after at once, and the prefetched page shows without a request', async () => {
    const { result, rerender, listed } = setup();
    await advance(LATENCY + 10);
    await advance(LATENCY + 10);
    expect(listed().map((q) => q.page.index ?? 0)).toEqual([0, 1]);
    rerender(query('', 1));
    expect(result.current.isPreviousData).toBe(false);
    await advance(LATENCY + 10);
    expect(listed().map((q) => q.page.index ?? 0)).toEqual([0, 1, 2]);
  });
});
