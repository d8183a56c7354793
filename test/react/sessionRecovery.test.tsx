/**
 * An expired session (issue 14): the reads that fail with `unauthorized` together cause ONE call
 * of the host's `onUnauthorized` and are each sent once more; a write is never sent again by
 * itself; a session that cannot be refreshed leaves nothing of itself in the cache. Timers are
 * fake, so nothing here depends on how fast the machine is.
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { useOrganizations } from '../../src/react/useOrganizations.js';
import { useRoles } from '../../src/react/useRoles.js';
import { useUser } from '../../src/react/useUser.js';
import { useUserActions } from '../../src/react/useUserActions.js';
import { expiringSession } from '../helpers/expiringSession.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

async function settle(ms = 0) {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(i === 0 ? ms : 0);
    });
  }
}

/** A promise the test settles: stands in for a host's token refresh that takes a while. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const memory = () => createMemoryAdapter({ userCount: 20 });
const firstUserId = (m: ReturnType<typeof memory>) => m.snapshot().users[0]!.id;

describe('an expired session', () => {
  it('several reads failing with 401 at once call onUnauthorized once, and each is sent again once', async () => {
    const directory = memory();
    const session = expiringSession(directory);
    const refresh = deferred<boolean>();
    const onUnauthorized = vi.fn(() => refresh.promise);
    session.expire();
    const { result } = renderRosterHook(() => ({ roles: useRoles(), user: useUser(firstUserId(directory)), orgs: useOrganizations() }), session.adapter, { onUnauthorized });
    await settle();
    // All three failed with the old token and wait for the one refresh.
    expect(session.calls.map((c) => [c.method, c.outcome])).toEqual([
      ['listRoles', 'unauthorized'],
      ['getUser', 'unauthorized'],
      ['listOrganizations', 'unauthorized'],
    ]);
    expect(onUnauthorized).toHaveBeenCalledOnce();

    session.refresh();
    refresh.resolve(true);
    await settle();
    expect(onUnauthorized).toHaveBeenCalledOnce();
    for (const method of ['listRoles', 'getUser', 'listOrganizations'] as const) {
      expect(session.calls.filter((c) => c.method === method).map((c) => c.outcome), method).toEqual(['unauthorized', 'ok']);
    }
    expect(result.current.roles.data?.length).toBeGreaterThan(0);
    expect(result.current.user.data?.id).toBe(firstUserId(directory));
    expect(result.current.orgs.data?.items.length).toBeGreaterThan(0);
    expect([result.current.roles.error, result.current.user.error, result.current.orgs.error]).toEqual([undefined, undefined, undefined]);
  });

  it('replays a read that left before the refresh and failed after it, without asking again', async () => {
    const directory = memory();
    const session = expiringSession(directory);
    const onUnauthorized = vi.fn(async () => (session.refresh(), true));
    session.expire();
    session.hold('getUser');
    const { result } = renderRosterHook(() => ({ roles: useRoles(), user: useUser(firstUserId(directory)) }), session.adapter, { onUnauthorized });
    await settle();
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(result.current.roles.data).toBeDefined();

    // The user read left with the old token; its 401 arrives now, after the refresh.
    session.held.splice(0).forEach((h) => h.release());
    await settle();
    // …and is sent again at once, with the new token (held too, as every getUser here).
    expect(session.held).toHaveLength(1);
    session.held.splice(0).forEach((h) => h.release());
    await settle();
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(session.calls.filter((c) => c.method === 'getUser').map((c) => [c.token, c.outcome])).toEqual([
      [1, 'unauthorized'],
      [2, 'ok'],
    ]);
    expect(result.current.user.data).toBeDefined();
  });

  it('sends a read once more only: a second 401 after the refresh is the answer', async () => {
    const session = expiringSession(memory());
    // The host says it refreshed, but the backend still refuses the token.
    const onUnauthorized = vi.fn(async () => true);
    session.expire();
    const { result } = renderRosterHook(() => useRoles(), session.adapter, { onUnauthorized });
    await settle(60_000);
    expect(session.calls.map((c) => c.outcome)).toEqual(['unauthorized', 'unauthorized']);
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(result.current.error?.code).toBe('unauthorized');
  });

  it('drops the whole cache when the session cannot be refreshed', async () => {
    const directory = memory();
    const session = expiringSession(directory);
    const onUnauthorized = vi.fn(async () => false);
    const { result } = renderRosterHook(() => ({ roles: useRoles(), user: useUser(firstUserId(directory)) }), session.adapter, { onUnauthorized });
    await settle();
    expect(result.current.roles.data).toBeDefined();
    expect(result.current.user.data).toBeDefined();

    session.expire();
    await act(() => result.current.user.refresh());
    await settle();
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(result.current.user.error?.code).toBe('unauthorized');
    // Nothing seen in the expired session stays on screen, the roles it had loaded included.
    expect(result.current.user.data).toBeUndefined();
    expect(result.current.roles.data).toBeUndefined();
    expect(session.count('getUser')).toBe(2);
  });

  it('never sends a write again by itself: the session is refreshed, the write fails once', async () => {
    const directory = memory();
    const session = expiringSession(directory);
    const userId = directory.snapshot().users.find((u) => u.status === 'active')!.id;
    const onUnauthorized = vi.fn(async () => (session.refresh(), true));
    const { result } = renderRosterHook(() => useUserActions(), session.adapter, { onUnauthorized });
    session.expire();

    let failure: unknown;
    await act(async () => {
      failure = await result.current.setUserStatus(userId, 'disabled').catch((e: unknown) => e);
    });
    await settle(60_000);
    expect(failure).toMatchObject({ code: 'unauthorized' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(session.count('setUserStatus')).toBe(1);
    expect(directory.snapshot().users.find((u) => u.id === userId)!.status).toBe('active');

    // The admin's own retry goes out with the refreshed session.
    await act(() => result.current.setUserStatus(userId, 'disabled'));
    expect(session.count('setUserStatus')).toBe(2);
    expect(directory.snapshot().users.find((u) => u.id === userId)!.status).toBe('disabled');
  });

  it('without onUnauthorized, a 401 is an error like any other: shown, not repeated', async () => {
    const session = expiringSession(memory());
    session.expire();
    const { result } = renderRosterHook(() => useRoles(), session.adapter);
    await settle(60_000);
    expect(session.count('listRoles')).toBe(1);
    expect(result.current.error?.code).toBe('unauthorized');
  });
});
