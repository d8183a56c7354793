import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { SWRConfig, useSWRConfig, type SWRConfiguration } from 'swr';
import type { RosterAdapter } from '../core/adapter.js';
import { guardAdapter } from '../core/guardAdapter.js';
import { RosterContext, type RosterContextValue } from './context.js';
import { englishMessages, mergeMessages, type DeepPartial, type RosterMessages } from './messages.js';
import { createPendingChanges } from './pendingChanges.js';
import { createRequestRegistry } from './requestRegistry.js';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retryPolicy.js';
import { createRosterClient } from './rosterClient.js';

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
  children?: ReactNode;
}

export function RosterProvider({ adapter, scope = 'default', messages, locale, swrConfig, retry, children }: RosterProviderProps) {
  const kept = useRef<RosterAdapter | null>(null);
  if (!kept.current || kept.current.id !== adapter.id) kept.current = guardAdapter(adapter);
  const guarded = kept.current;

  const policy = retry === false ? null : { ...DEFAULT_RETRY_POLICY, ...retry };
  const swrValue = useMemo<SWRConfiguration>(
    () => ({
      provider: () => new Map(),
      dedupingInterval: 2000,
      ...swrConfig,
      shouldRetryOnError: policy !== null,
      onErrorRetry: (error, _key, _config, revalidate, { retryCount }) => {
        const delay = policy ? retryDelay(error, retryCount, policy) : null;
        if (delay !== null) setTimeout(() => void revalidate({ retryCount }), delay);
      },
    }),
    // The policy is compared by value: hosts pass it inline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [swrConfig, JSON.stringify(policy)],
  );

  return (
    <SWRConfig key={`${guarded.id}\u0000${scope}`} value={swrValue}>
      <RosterState adapter={guarded} scope={scope} messages={messages} locale={locale}>
        {children}
      </RosterState>
    </SWRConfig>
  );
}

function RosterState({ adapter, scope, messages, locale, children }: Required<Pick<RosterProviderProps, 'adapter' | 'scope'>> & Pick<RosterProviderProps, 'messages' | 'locale' | 'children'>) {
  const { mutate } = useSWRConfig();
  // Lives exactly as long as this cache partition: the SWRConfig above remounts on a new scope.
  const active = useRef(true);
  const [state] = useState(() => {
    const keyBase = { adapterId: adapter.id, scope };
    const pending = createPendingChanges();
    return { keyBase, pending, requests: createRequestRegistry(), client: createRosterClient(adapter, keyBase, mutate, pending, () => active.current) };
  });
  useEffect(() => {
    active.current = true;
    return () => {
      active.current = false;
    };
  }, []);
  const merged = useMemo(() => mergeMessages(englishMessages, messages), [messages]);
  const value = useMemo<RosterContextValue>(() => ({ ...state, adapter, messages: merged, locale }), [state, adapter, merged, locale]);
  return <RosterContext.Provider value={value}>{children}</RosterContext.Provider>;
}
