/**
 * A request that never answers (issue 14): the remote adapter gives up at its default timeout,
 * the hooks report `timeout` (not an abort, which would be hidden), and the table shows it with a
 * retry that works. The browser side talks to Roster's real handler over a memory directory,
 * in-process; the clock is fake, so the 15 s pass instantly and on any machine.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRemoteAdapter } from '../../src/adapters/remote/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { useRoles } from '../../src/react/useRoles.js';
import { createRosterHandler } from '../../src/server/index.js';
import { renderRosterHook, renderWithRoster } from '../helpers/renderWithRoster.js';

const BASE_URL = 'https://app.example/roster-api';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  for (let i = 0; i < 3; i++) await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
}

/** A server that can stop answering: while `hanging`, a request waits until it is aborted. */
function flakyServer() {
  const handler = createRosterHandler({
    adapter: createMemoryAdapter({ userCount: 12 }),
    authenticate: () => ({ userId: 'admin', organizationId: null }),
    logger: () => {},
  });
  const server = { hanging: true, requests: 0 };
  const fetch = (input: string, init?: RequestInit): Promise<Response> => {
    server.requests += 1;
    if (!server.hanging) return handler(new Request(input, init));
    return new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
    });
  };
  return { server, adapter: createRemoteAdapter({ baseUrl: BASE_URL, fetch }) };
}

describe('a request that never answers', () => {
  it('fails as timeout at the remote adapter’s default 15 s, and refresh then loads', async () => {
    const { server, adapter } = flakyServer();
    const { result } = renderRosterHook(() => useRoles(), adapter, { retry: false });
    await advance(14_999);
    expect(result.current.isLoading).toBe(true);
    expect(result.current.error).toBeUndefined();
    await advance(1);
    expect(result.current.error?.code).toBe('timeout');
    expect(result.current.isLoading).toBe(false);

    server.hanging = false;
    await act(() => result.current.refresh());
    expect(result.current.error).toBeUndefined();
    expect(result.current.data?.length).toBeGreaterThan(0);
  });

  it('is retried by the hooks like a network failure, without the host doing anything', async () => {
    const { server, adapter } = flakyServer();
    const { result } = renderRosterHook(() => useRoles(), adapter, { retry: { baseDelayMs: 1000, maxDelayMs: 1000 } });
    await advance(15_000);
    expect(result.current.error?.code).toBe('timeout');
    server.hanging = false;
    await advance(1000);
    expect(result.current.data?.length).toBeGreaterThan(0);
    expect(result.current.error).toBeUndefined();
  });

  it('shows in the table as an error with a retry that recovers', async () => {
    const { server, adapter } = flakyServer();
    renderWithRoster(<UserTable />, adapter, { retry: false });
    await advance(15_000);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('took too long to answer');

    server.hanging = false;
    const before = server.requests;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await advance(0);
    expect(server.requests).toBeGreaterThan(before);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('12 users')).toBeInTheDocument();
  });
});
