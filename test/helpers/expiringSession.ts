/**
 * A backend behind a session that can expire, as seen through an adapter: each call carries the
 * token the client holds when it leaves, and the backend answers `unauthorized` (401) when that
 * token is no longer the current one. A call the test holds keeps the token it left with, so its
 * 401 can arrive after a refresh. Injected through the provider; nothing of ours is mocked.
 */
import type { AdapterMethodName, RosterAdapter } from '../../src/core/adapter.js';
import { RosterError } from '../../src/core/errors.js';
import { wrapAdapter } from './wrapAdapter.js';

export interface SessionCall {
  method: AdapterMethodName;
  /** The token the call left with. */
  token: number;
  outcome?: 'ok' | 'unauthorized' | 'failed';
}

export interface ExpiringSession<A extends RosterAdapter> {
  adapter: A;
  calls: SessionCall[];
  count(method: AdapterMethodName): number;
  /** The backend stops accepting the client's token. */
  expire(): void;
  /** The client gets the backend's current token (what a host's refresh does). */
  refresh(): void;
  /** From now on, calls of `method` wait (after taking their token) until released. */
  hold(method: AdapterMethodName): void;
  held: { method: AdapterMethodName; release(): void }[];
}

export function expiringSession<A extends RosterAdapter>(inner: A, id = `${inner.id}:session`): ExpiringSession<A> {
  let clientToken = 1;
  let serverToken = 1;
  const calls: SessionCall[] = [];
  const holding = new Set<AdapterMethodName>();
  const held: ExpiringSession<A>['held'] = [];
  const adapter = wrapAdapter(inner, id, async (method, _args, proceed) => {
    const call: SessionCall = { method, token: clientToken };
    calls.push(call);
    if (holding.has(method)) await new Promise<void>((release) => held.push({ method, release }));
    else await Promise.resolve();
    // A backend checks the token before it acts: an expired call changes nothing.
    if (call.token !== serverToken) {
      call.outcome = 'unauthorized';
      throw new RosterError('unauthorized', { status: 401 });
    }
    try {
      const result = await proceed();
      call.outcome = 'ok';
      return result;
    } catch (error) {
      call.outcome = 'failed';
      throw error;
    }
  });
  return {
    adapter,
    calls,
    count: (method) => calls.filter((c) => c.method === method).length,
    expire: () => void (serverToken += 1),
    refresh: () => void (clientToken = serverToken),
    hold: (method) => void holding.add(method),
    held,
  };
}
