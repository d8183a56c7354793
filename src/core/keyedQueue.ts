/**
 * Runs tasks that share a key one after another, in call order; tasks under other keys run freely.
 * Used wherever writes to one user must not overtake each other: a read-modify-write of a role set
 * (SSOJet, Descope sessions), the hooks' per-user write order, the server's lockout checks.
 */
import { raceAbort } from './abort.js';
import { throwIfAborted } from './errors.js';

export type KeyedQueue = <T>(key: string, task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

const ignore = () => undefined;

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();

  return function enqueue<T>(key: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    // A failed task must not stop the ones queued behind it, so the chain continues either way.
    const result = (tails.get(key) ?? Promise.resolve()).then(() => {
      throwIfAborted(signal);
      return task();
    });
    const tail = result.then(ignore, ignore);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    // A caller that gives up while still waiting its turn hears so at once; its task is then skipped.
    return raceAbort(result, signal);
  };
}
