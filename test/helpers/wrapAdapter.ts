/**
 * A stand-in for a real adapter under another id, whose every adapter method runs through
 * `around`: the base of the test doubles that count, hold or fail calls (adapterSpy,
 * expiringSession). The wrapper inherits from the inner adapter, so the memory adapter's own
 * helpers (`setLatency`, `snapshot`, `faults`) keep working on the same directory.
 */
import type { AdapterMethodName, RosterAdapter } from '../../src/core/adapter.js';

/** Runs the inner adapter's method with the call's own arguments. */
export type Proceed = () => Promise<unknown>;

export type AroundCall = (method: AdapterMethodName, args: unknown[], proceed: Proceed) => Promise<unknown>;

const NOT_ADAPTER_METHODS = new Set(['setLatency', 'snapshot']);

export function wrapAdapter<A extends RosterAdapter>(inner: A, id: string, around: AroundCall): A {
  const adapter = Object.create(inner) as A;
  Object.defineProperty(adapter, 'id', { value: id });
  for (const key of Object.keys(inner) as (keyof A & string)[]) {
    const method = inner[key];
    if (typeof method !== 'function' || NOT_ADAPTER_METHODS.has(key)) continue;
    (adapter as Record<string, unknown>)[key] = (...args: unknown[]) =>
      around(key as AdapterMethodName, args, async () => (method as (...a: unknown[]) => unknown).apply(inner, args));
  }
  return adapter;
}
