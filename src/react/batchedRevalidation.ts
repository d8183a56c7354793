/**
 * Many writes in a row (an import) without reading every list of users again after each one.
 */
import type { ScopedMutator } from 'swr';
import type { RosterWrites } from './rosterClient.js';

/** The lists of users on screen are read again at most this often while an import creates. */
const LIST_REFRESH_MS = 1000;

/**
 * The provider's writes, with "revalidate every cached list of users" (which each create asks
 * for) sent at most once per LIST_REFRESH_MS: a thousand creates would otherwise read the table
 * a thousand times, against the rate limit the creates themselves need. `flush` sends it now.
 */
export function batchListRevalidation(writes: RosterWrites): { writes: RosterWrites; flush: () => void } {
  type Matcher = (key?: unknown) => boolean;
  const matchers: Matcher[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const pending = matchers.splice(0);
    if (pending.length) void writes.mutate((key) => pending.some((matches) => matches(key)));
  };
  const mutate = ((...args: Parameters<ScopedMutator>) => {
    if (typeof args[0] === 'function' && args.length === 1) {
      matchers.push(args[0] as Matcher);
      timer ??= setTimeout(flush, LIST_REFRESH_MS);
      return Promise.resolve([]);
    }
    return writes.mutate(...args);
  }) as ScopedMutator;
  return { writes: { ...writes, mutate }, flush };
}
