/**
 * Offline (issue 14): reads wait instead of failing into the void, and coming back online fetches
 * every mounted read again. The online state is a fake handed to the provider, never the real
 * network; the clock is fake too.
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterConnectivity } from '../../src/react/connectivity.js';
import { useRoles } from '../../src/react/useRoles.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

async function settle(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  for (let i = 0; i < 3; i++) await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
}

function fakeConnectivity(online: boolean) {
  const listeners = new Set<() => void>();
  const connectivity: RosterConnectivity = {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = (next: boolean) => act(() => ((online = next), listeners.forEach((l) => l())));
  return { connectivity, goOnline: () => set(true), goOffline: () => set(false) };
}

describe('offline', () => {
  it('a read started offline sends nothing until the network is back, then loads', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 20 }));
    const net = fakeConnectivity(false);
    const { result } = renderRosterHook(() => useRoles(), spy.adapter, { connectivity: net.connectivity });
    await settle(60_000);
    expect(spy.count('listRoles')).toBe(0);
    expect(result.current.isLoading).toBe(true);
    expect(result.current.error).toBeUndefined();

    net.goOnline();
    await settle();
    expect(spy.count('listRoles')).toBe(1);
    expect(result.current.data?.length).toBeGreaterThan(0);
  });

  it('coming back online fetches every mounted read again', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 20 }));
    const net = fakeConnectivity(true);
    const { result } = renderRosterHook(() => ({ roles: useRoles(), users: useUsers({ page: { size: 5 } }, { prefetchNext: false }) }), spy.adapter, {
      connectivity: net.connectivity,
    });
    await settle();
    expect(result.current.users.data?.items).toHaveLength(5);
    expect([spy.count('listRoles'), spy.count('listUsers')]).toEqual([1, 1]);

    // Past SWR's deduplication window, so a revalidation is a new request.
    await settle(5_000);
    net.goOffline();
    await settle(60_000);
    expect([spy.count('listRoles'), spy.count('listUsers')]).toEqual([1, 1]);
    net.goOnline();
    await settle();
    expect([spy.count('listRoles'), spy.count('listUsers')]).toEqual([2, 2]);
    // The data stayed on screen throughout.
    expect(result.current.users.data?.items).toHaveLength(5);
  });

  it('does not retry a failed read while offline; back online, it is fetched again', async () => {
    const memory = createMemoryAdapter({ userCount: 20 });
    memory.faults.failNext('listRoles', 'network');
    const spy = spyOnAdapter(memory);
    const net = fakeConnectivity(true);
    const { result } = renderRosterHook(() => useRoles(), spy.adapter, { connectivity: net.connectivity, retry: { baseDelayMs: 1000, maxDelayMs: 1000 } });
    net.goOffline();
    await settle();
    expect(result.current.error?.code).toBe('network');
    await settle(60_000);
    expect(spy.count('listRoles')).toBe(1);

    net.goOnline();
    await settle();
    expect(spy.count('listRoles')).toBe(2);
    expect(result.current.data?.length).toBeGreaterThan(0);
  });
});
