import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import type { UsersQuery } from '../../src/core/model.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

const firstPage: UsersQuery = { page: { size: 10 } };

describe('useUsers', () => {
  it('loads a page of users from the adapter', async () => {
    const { result } = renderRosterHook(() => useUsers(firstPage), createMemoryAdapter());
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.data?.items).toHaveLength(10));
    expect(result.current.data?.total).toBe(500);
    expect(result.current.mode).toBe('server');
  });

  it('deduplicates: two hooks asking for the same page make one request', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    const { result } = renderRosterHook(() => [useUsers(firstPage, { prefetchNext: false }), useUsers({ page: { size: 10 } }, { prefetchNext: false })], spy.adapter);
    await waitFor(() => expect(result.current[1]!.data?.items).toHaveLength(10));
    expect(spy.count('listUsers')).toBe(1);
    expect(result.current[0]!.data).toBe(result.current[1]!.data);
  });

  it('treats equivalent queries as one key (blank search, empty filters)', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    const { result } = renderRosterHook(
      () => [useUsers(firstPage, { prefetchNext: false }), useUsers({ search: '  ', filter: { status: [] }, page: { size: 10 } }, { prefetchNext: false })],
      spy.adapter,
    );
    await waitFor(() => expect(result.current[1]!.data).toBeDefined());
    expect(spy.count('listUsers')).toBe(1);
  });

  it('while typing a search, aborts superseded requests and never shows their late answers', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    spy.hold('listUsers');
    const { result, rerender } = renderRosterHook((search: string) => useUsers({ search, page: { size: 50 } }, { prefetchNext: false }), spy.adapter, {
      initialProps: 'a',
    });
    await waitFor(() => expect(spy.held).toHaveLength(1));
    rerender('an');
    await waitFor(() => expect(spy.held).toHaveLength(2));
    rerender('ana');
    await waitFor(() => expect(spy.held).toHaveLength(3));
    const [forA, forAn, forAna] = spy.held;

    // The newest answer arrives first, the older ones after it.
    await act(async () => forAna!.release());
    await waitFor(() => expect(result.current.data).toBeDefined());
    const shown = result.current.data!.items.map((u) => u.id);
    expect(result.current.data!.items.every((u) => `${u.name} ${u.email}`.toLowerCase().includes('ana'))).toBe(true);

    await waitFor(() => expect(forA!.signal?.aborted && forAn!.signal?.aborted).toBe(true));
    expect(forAna!.signal?.aborted).toBe(false);
    await act(async () => {
      forAn!.release();
      forA!.release();
    });
    // Both late answers have arrived (not a sleep: the backend has nothing left to answer).
    await waitFor(() => expect(spy.inFlight()).toBe(0));
    await act(async () => undefined);
    expect(result.current.data!.items.map((u) => u.id)).toEqual(shown);
    expect(result.current.error).toBeUndefined();
  });

  it('keeps the previous page on screen while the next loads, then prefetches the one after', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    const { result, rerender } = renderRosterHook((index: number) => useUsers({ page: { size: 10, index } }), spy.adapter, { initialProps: 0 });
    await waitFor(() => expect(result.current.data?.items).toHaveLength(10));
    const pageZero = result.current.data!.items.map((u) => u.id);
    // Page 1 was prefetched as soon as page 0 showed.
    await waitFor(() => expect(spy.calls.some((c) => (c.args[0] as UsersQuery).page.index === 1)).toBe(true));

    spy.hold('listUsers');
    rerender(5);
    expect(result.current.isPreviousData).toBe(true);
    expect(result.current.data!.items.map((u) => u.id)).toEqual(pageZero);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await act(async () => spy.held[0]!.release());
    await waitFor(() => expect(result.current.isPreviousData).toBe(false));
    expect(result.current.data!.items.map((u) => u.id)).not.toEqual(pageZero);
  });

  it('a prefetched page shows at once, without waiting for the adapter', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    const { result, rerender } = renderRosterHook((index: number) => useUsers({ page: { size: 10, index } }), spy.adapter, { initialProps: 0 });
    await waitFor(() => expect(spy.calls.some((c) => (c.args[0] as UsersQuery).page.index === 1)).toBe(true));
    // The prefetch has been answered and cached: waited for, not slept on.
    await waitFor(() => expect(spy.inFlight()).toBe(0));
    await act(async () => undefined);
    spy.hold('listUsers');
    rerender(1);
    expect(result.current.isPreviousData).toBe(false);
    expect(result.current.data?.items).toHaveLength(10);
    expect(result.current.data!.items[0]!.id).not.toBe(undefined);
  });

  it('does search, sort and filters in the browser when the adapter cannot, over every user', async () => {
    const memory = createMemoryAdapter({ userCount: 120, capabilities: { search: false, sortFields: [], filters: { status: false, roleIds: false, organizationId: false }, pagination: 'cursor', maxPageSize: 25 } });
    const spy = spyOnAdapter(memory);
    const { result } = renderRosterHook(
      () => useUsers({ search: 'a', sort: { field: 'email', direction: 'asc' }, filter: { status: ['active'] }, page: { size: 20 } }),
      spy.adapter,
    );
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.mode).toBe('client');
    // 120 users in pages of 25: five requests, none carrying the unsupported parts.
    expect(spy.count('listUsers')).toBe(5);
    expect(spy.calls.every((c) => !(c.args[0] as UsersQuery).search && !(c.args[0] as UsersQuery).sort)).toBe(true);
    const items = result.current.data!.items;
    expect(items.every((u) => u.status === 'active')).toBe(true);
    const emails = items.map((u) => u.email!);
    expect(emails).toEqual([...emails].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(result.current.data!.total).toBe(
      memory.snapshot().users.filter((u) => u.status === 'active' && `${u.name} ${u.email}`.toLowerCase().includes('a')).length,
    );
  });

  it('in the browser fallback, a directory that fits in one page is one request', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 12, capabilities: { search: false, sortFields: [], pagination: 'cursor', maxPageSize: 100 } }));
    const { result } = renderRosterHook(() => useUsers({ sort: { field: 'name', direction: 'desc' }, page: { size: 5 } }), spy.adapter, { retry: false });
    await waitFor(() => expect(result.current.data ?? result.current.error).toBeDefined());
    expect(result.current.error).toBeUndefined();
    expect(result.current.data!.total).toBe(12);
    expect(result.current.data!.items).toHaveLength(5);
    expect(spy.count('listUsers')).toBe(1);
  });

  it('in the browser fallback, a backend that repeats a cursor is a bad_response, not an endless loop', async () => {
    const memory = createMemoryAdapter({ userCount: 30, capabilities: { search: false, pagination: 'cursor', maxPageSize: 10 } });
    const looping = { ...memory, id: 'looping', listUsers: async (q: UsersQuery) => ({ ...(await memory.listUsers(q)), nextCursor: 'o1' }) };
    const { result } = renderRosterHook(() => useUsers({ search: 'a', page: { size: 5 } }), looping, { retry: false });
    await waitFor(() => expect(result.current.error?.code).toBe('bad_response'));
  });

  it('turns a malformed adapter answer into a bad_response error instead of crashing', async () => {
    const broken: RosterAdapter = { ...createMemoryAdapter(), id: 'broken', listUsers: async () => ({ items: [{ id: 42 }], total: 1, nextCursor: null }) as never };
    const { result } = renderRosterHook(() => useUsers(firstPage), broken, { retry: false });
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.error!.code).toBe('bad_response');
    expect(result.current.data).toBeUndefined();
  });
});
