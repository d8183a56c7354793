import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { RosterKey } from '../core/cacheKeys.js';
import { useRosterContext } from './context.js';
import { NO_PENDING_CHANGES, type PendingChange } from './pendingChanges.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface PendingQueryResult<T> {
  /** The read, with this user's pending changes applied to `data`: a hook's result starts from it. */
  query: RosterQueryResult<T>;
  /** This user's changes still waiting for the backend. */
  pendingChanges: readonly PendingChange[];
}

/**
 * A read about one user with that user's optimistic changes layered over the server's answer
 * (pendingChanges.ts): what useUser and useUserMemberships show.
 */
export function usePendingQuery<T>(
  caller: string,
  userId: string | null | undefined,
  key: RosterKey | null,
  load: (signal: AbortSignal) => Promise<T>,
  applyPending: (loaded: T, pending: readonly PendingChange[]) => T,
): PendingQueryResult<T> {
  const { pending } = useRosterContext(caller);
  const { data: loaded, error, isLoading, isValidating, refresh } = useRosterQuery(caller, key, load);
  // Only this user's changes re-render this hook. The same on the server: a provider's pending
  // changes start empty wherever it renders.
  const subscribe = useCallback((onChange: () => void) => (userId ? pending.subscribeUser(userId, onChange) : () => {}), [pending, userId]);
  const changesOf = useCallback(() => (userId ? pending.get(userId) : NO_PENDING_CHANGES), [pending, userId]);
  const pendingChanges = useSyncExternalStore(subscribe, changesOf, changesOf);
  const data = useMemo(() => loaded && applyPending(loaded, pendingChanges), [loaded, pendingChanges, applyPending]);
  return { query: { data, error, isLoading, isValidating, refresh }, pendingChanges };
}
