/**
 * Wraps a real adapter to count its calls and, when asked, hold answers until the test releases
 * them — so tests can make responses arrive out of order. Injected through the provider; nothing
 * of ours is mocked.
 */
import type { AdapterMethodName, RosterAdapter } from '../../src/core/adapter.js';
import { wrapAdapter } from './wrapAdapter.js';

export interface HeldCall {
  method: AdapterMethodName;
  args: unknown[];
  signal: AbortSignal | undefined;
  release(): void;
}

export interface AdapterSpy<A extends RosterAdapter> {
  adapter: A;
  calls: { method: AdapterMethodName; args: unknown[] }[];
  count(method: AdapterMethodName): number;
  /** From now on, calls of `method` wait until released. */
  hold(method: AdapterMethodName): void;
  held: HeldCall[];
  /** Calls started and not yet settled: 0 means the backend has answered everything asked. */
  inFlight(): number;
}

export function spyOnAdapter<A extends RosterAdapter>(inner: A, id = `${inner.id}:spy`): AdapterSpy<A> {
  const calls: AdapterSpy<A>['calls'] = [];
  const holding = new Set<AdapterMethodName>();
  const held: HeldCall[] = [];
  let inFlight = 0;
  const adapter = wrapAdapter(inner, id, async (method, args, proceed) => {
    calls.push({ method, args });
    inFlight += 1;
    try {
      if (holding.has(method)) {
        const ctx = args[args.length - 1] as { signal?: AbortSignal } | undefined;
        await new Promise<void>((release) => held.push({ method, args, signal: ctx?.signal, release }));
      }
      return await proceed();
    } finally {
      inFlight -= 1;
    }
  });
  return {
    adapter,
    calls,
    count: (method) => calls.filter((c) => c.method === method).length,
    hold: (method) => void holding.add(method),
    held,
    inFlight: () => inFlight,
  };
}
