/**
 * Wraps a real adapter to count its calls and, when asked, hold answers until the test releases
 * them — so tests can make responses arrive out of order. Injected through the provider; nothing
 * of ours is mocked.
 */
import type { AdapterMethodName, RosterAdapter } from '../../src/core/adapter.js';

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
  const adapter = Object.create(inner) as A;
  Object.defineProperty(adapter, 'id', { value: id });
  for (const key of Object.keys(inner) as (keyof A & string)[]) {
    const method = inner[key];
    if (typeof method !== 'function' || key === 'setLatency' || key === 'snapshot') continue;
    (adapter as Record<string, unknown>)[key] = async (...args: unknown[]) => {
      const name = key as AdapterMethodName;
      calls.push({ method: name, args });
      inFlight += 1;
      try {
        if (holding.has(name)) {
          const ctx = args[args.length - 1] as { signal?: AbortSignal } | undefined;
          await new Promise<void>((release) => held.push({ method: name, args, signal: ctx?.signal, release }));
        }
        return await (method as (...a: unknown[]) => unknown).apply(inner, args);
      } finally {
        inFlight -= 1;
      }
    };
  }
  return {
    adapter,
    calls,
    count: (method) => calls.filter((c) => c.method === method).length,
    hold: (method) => void holding.add(method),
    held,
    inFlight: () => inFlight,
  };
}
