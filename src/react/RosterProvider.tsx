import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { SWRConfig, useSWRConfig, type SWRConfiguration } from 'swr';
import type { RosterAdapter } from '../core/adapter.js';
import { guardAdapter } from '../core/guardAdapter.js';
import { createBrowserConnectivity, type RosterConnectivity } from './connectivity.js';
import { RosterContext, type RosterContextValue } from './context.js';
import type { DeepPartial, RosterMessages } from './messages.js';
import { createPendingChanges } from './pendingChanges.js';
import { createRequestRegistry } from './requestRegistry.js';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retryPolicy.js';
import { createRosterWrites } from './rosterClient.js';
import { createSessionRecovery, withSessionRecovery, type UnauthorizedHandler } from './sessionRecovery.js';

export interface RosterProviderProps {
  /**
   * The backend. Adapters are told apart by `id`: a new adapter object with the same id is taken
   * to be the same backend and the first one is kept, so `adapter={createMemoryAdapter()}` inline
   * does not start a new directory on every render.
   */
  adapter: RosterAdapter;
  /**
   * Who is looking: for example `${tenantId}:${userId}`. Cached data belongs to one scope; when it
   * changes, the cache is emptied and Roster's UI state starts afresh, so nothing seen by one
   * admin or tenant is shown to the next.
   */
  scope?: string;
  /** Replaces any of the built-in English strings. */
  messages?: DeepPartial<RosterMessages>;
  /** BCP 47 locale for dates, numbers and plurals; the browser's when left out. */
  locale?: string;
  /** Passed to SWR; Roster's own cache provider is used unless you give one. */
  swrConfig?: SWRConfiguration;
  /** How failed reads are retried, or `false` for never. */
  retry?: Partial<RetryPolicy> | false;
  /**
   * The session expired (requests failed as `unauthorized`): refresh it here. Called once for
   * every request that fails together. Resolve `true` once new credentials are in place, and each
   * failed read is sent once more; resolve `false` when the session is gone, and Roster empties
   * its cache. Writes are never sent again by themselves: they fail, and the admin may retry. Left
   * out, `unauthorized` is shown like any other error.
   */
  onUnauthorized?: UnauthorizedHandler;
  /**
   * Whether the network can be reached: reads wait while it cannot, and every mounted read is
   * fetched again when it comes back. Default: the browser's `online`/`offline` events. Read once,
   * like `adapter`.
   */
  connectivity?: RosterConnectivity;
  children?: ReactNode;
}

// One for the page: every provider listens to the same two window events.
let browserConnectivity: RosterConnectivity | null = null;

export function RosterProvider({ adapter, scope = 'default', messages, locale, swrConfig, retry, onUnauthorized, connectivity: connectivityProp, children }: RosterProviderProps) {
  // The first adapter with this id (nothing is written during render). Should React drop this
  // memo, a new guard over the same backend is harmless: RosterState keeps its first one.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const guarded = useMemo(() => guardAdapter(adapter), [adapter.id]);
  const [connectivity] = useState(() => connectivityProp ?? (browserConnectivity ??= createBrowserConnectivity()));
  // The latest callback, read when a request fails: hosts pass it inline.
  const unauthorizedHandler = useRef(onUnauthorized);
  useEffect(() => {
    unauthorizedHandler.current = onUnauthorized;
  });

  const policy = retry === false ? null : { ...DEFAULT_RETRY_POLICY, ...retry };
  const swrValue = useMemo<SWRConfiguration>(
    () => ({
      provider: () => new Map(),
      dedupingInterval: 2000,
      ...swrConfig,
      // Offline, SWR neither retries nor revalidates on focus; back online, it revalidates every
      // mounted key. Reads that start offline wait (useRosterQuery).
      isOnline: () => connectivity.isOnline(),
      initReconnect: (revalidateAll: () => void) => connectivity.subscribe(() => connectivity.isOnline() && revalidateAll()),
      shouldRetryOnError: policy !== null,
      onErrorRetry: (error, _key, _config, revalidate, { retryCount }) => {
        const delay = policy ? retryDelay(error, retryCount, policy) : null;
        if (delay !== null) setTimeout(() => void revalidate({ retryCount }), delay);
      },
    }),
    // The policy is compared by value: hosts pass it inline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [swrConfig, connectivity, JSON.stringify(policy)],
  );

  return (
    <SWRConfig key={`${guarded.id}\u0000${scope}`} value={swrValue}>
      <RosterState adapter={guarded} scope={scope} messages={messages} locale={locale} connectivity={connectivity} unauthorizedHandler={unauthorizedHandler}>
        {children}
      </RosterState>
    </SWRConfig>
  );
}

interface RosterStateProps extends Required<Pick<RosterProviderProps, 'adapter' | 'scope' | 'connectivity'>>, Pick<RosterProviderProps, 'messages' | 'locale' | 'children'> {
  unauthorizedHandler: { readonly current: UnauthorizedHandler | undefined };
}

function RosterState({ adapter: guarded, scope, messages, locale, connectivity, unauthorizedHandler, children }: RosterStateProps) {
  const { mutate, unload } = useSWRConfig();
  // Lives exactly as long as this cache partition: the SWRConfig above remounts on a new scope.
  const active = useRef(true);
  const [state] = useState(() => {
    const keyBase = { adapterId: guarded.id, scope };
    const pending = createPendingChanges();
    const recovery = createSessionRecovery({
      handler: () => unauthorizedHandler.current,
      // Signed out: nothing loaded for this session may stay on screen.
      onSignedOut: () => active.current && unload({ revalidate: false }),
    });
    const adapter = withSessionRecovery(guarded, recovery);
    // The writes themselves are made on first use by a write hook (rosterClient.ts).
    return { adapter, keyBase, pending, requests: createRequestRegistry(), writes: createRosterWrites(adapter, keyBase, mutate, pending, () => active.current) };
  });
  useEffect(() => {
    active.current = true;
    return () => {
      active.current = false;
    };
  }, []);
  // The host's overrides only: strings are merged with the English defaults where they are shown.
  const value = useMemo<RosterContextValue>(
    () => ({
      ...state,
      connectivity,
      overrides: messages,
      locale,
    }),
    [state, connectivity, messages, locale],
  );
  return <RosterContext.Provider value={value}>{children}</RosterContext.Provider>;
}
