import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { RosterError } from '../../src/core/errors.js';
import { retryDelay, DEFAULT_RETRY_POLICY } from '../../src/react/retryPolicy.js';
import { useRoles } from '../../src/react/useRoles.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

describe('retryDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000, maxRetries: 6 };
  const highest = () => 0.999999;

  it('backs off exponentially, capped, with full jitter below the ceiling', () => {
    const network = new RosterError('network');
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(network, n, policy, highest))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(retryDelay(network, 3, policy, () => 0.5)).toBe(200);
    expect(retryDelay(network, 7, policy, highest)).toBeNull();
  });

  it('never retries a 4xx, and waits exactly Retry-After for a 429', () => {
    for (const code of ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'bad_response'] as const) {
      expect(retryDelay(new RosterError(code), 1, policy)).toBeNull();
    }
    expect(retryDelay(new RosterError('rate_limited', { retryAfterMs: 2500 }), 1, policy)).toBe(2500);
    expect(retryDelay(new RosterError('rate_limited', { retryAfterMs: 3_600_000 }), 1, policy)).toBeNull();
  });
});

describe('read retries in the hooks', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  async function settle(ms = 0) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  }

  it('retries a 5xx with backoff until it succeeds', async () => {
    // Full jitter draws each delay below its ceiling; at the top of the range the schedule is exact.
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const memory = createMemoryAdapter();
    memory.faults.failNext('listRoles', { code: 'server', status: 503 }, 2);
    const spy = spyOnAdapter(memory);
    const { result } = renderRosterHook(() => useRoles(), spy.adapter, { retry: { baseDelayMs: 1000, maxDelayMs: 1000 } });
    await settle();
    expect(spy.count('listRoles')).toBe(1);
    expect(result.current.error?.code).toBe('server');
    await settle(1000);
    expect(spy.count('listRoles')).toBe(2);
    await settle(2000);
    expect(spy.count('listRoles')).toBe(3);
    expect(result.current.data?.length).toBeGreaterThan(0);
    expect(result.current.error).toBeUndefined();
  });

  it('waits for Retry-After on a 429 before trying again', async () => {
    const memory = createMemoryAdapter();
    memory.faults.failNext('listRoles', { code: 'rate_limited', status: 429, retryAfterMs: 3000 });
    const spy = spyOnAdapter(memory);
    const { result } = renderRosterHook(() => useRoles(), spy.adapter, { retry: { baseDelayMs: 10, maxDelayMs: 10 } });
    await settle();
    expect(result.current.error?.code).toBe('rate_limited');
    await settle(2900);
    expect(spy.count('listRoles')).toBe(1);
    await settle(200);
    expect(spy.count('listRoles')).toBe(2);
    expect(result.current.data).toBeDefined();
  });

  it('does not retry a 4xx: the error stays and no request is repeated', async () => {
    const memory = createMemoryAdapter();
    memory.faults.add({ operation: 'listRoles', error: { code: 'forbidden', status: 403 } });
    const spy = spyOnAdapter(memory);
    const { result } = renderRosterHook(() => useRoles(), spy.adapter);
    await settle();
    await settle(60_000);
    expect(spy.count('listRoles')).toBe(1);
    expect(result.current.error?.code).toBe('forbidden');
  });

  it('gives up after maxRetries and keeps showing the error', async () => {
    const memory = createMemoryAdapter();
    memory.faults.add({ operation: 'listRoles', error: 'network' });
    const spy = spyOnAdapter(memory);
    const { result } = renderRosterHook(() => useRoles(), spy.adapter, { retry: { maxRetries: 2, baseDelayMs: 100, maxDelayMs: 100 } });
    await settle();
    await settle(10_000);
    expect(spy.count('listRoles')).toBe(3);
    expect(result.current.error?.code).toBe('network');
  });
});
