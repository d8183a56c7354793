/**
 * The one place the hooks meet SWR: a cache key that carries adapter and scope, a fetcher that
 * gets an AbortSignal (aborted once no mounted hook wants the key), and a result shape shared by
 * every query hook.
 */
import { useCallback, useEffect } from 'react';
import useSWR, { unstable_serialize, type SWRConfiguration } from 'swr';
import type { RosterKey } from '../core/cacheKeys.js';
import { isAbortError, type RosterError } from '../core/errors.js';
import { whenOnline } from './connectivity.js';
import { useRosterContext } from './context.js';

export interface RosterQueryResult<T> {
  data: T | undefined;
  /** The last failure, always a RosterError. Kept alongside the last good `data`. */
  error: RosterError | undefined;
  /** No data yet and a request in flight. */
  isLoading: boolean;
  /** Any request in flight, including a background refresh. */
  isValidating: boolean;
  /** Fetch again now. */
  refresh: () => Promise<void>;
}

export function useRosterQuery<T>(
  caller: string,
  key: RosterKey | null,
  load: (signal: AbortSignal) => Promise<T>,
  config?: SWRConfiguration<T, RosterError>,
): RosterQueryResult<T> & { isPreviousData: boolean } {
  const { requests, connectivity } = useRosterContext(caller);
  const hash = key ? unstable_serialize(key) : '';
  // Offline, a read waits instead of failing; reconnecting revalidates every mounted key anyway.
  const swr = useSWR<T, RosterError>(key, () => requests.run(hash, (signal) => whenOnline(connectivity, signal).then(() => load(signal))), config);

  useEffect(() => (hash ? requests.retain(hash) : undefined), [requests, hash]);

  const { mutate } = swr;
  const refresh = useCallback(async () => {
    await mutate();
  }, [mutate]);

  // An aborted request is one nobody wanted any more; it is not an error to show.
  const error = swr.error && !isAbortError(swr.error) ? swr.error : undefined;
  return {
    data: swr.data,
    error,
    isLoading: swr.isLoading,
    isValidating: swr.isValidating,
    refresh,
    // keepPreviousData shows the last key's data while this key loads.
    isPreviousData: swr.data !== undefined && swr.isLoading,
  };
}
