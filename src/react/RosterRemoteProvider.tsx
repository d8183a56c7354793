/**
 * RosterProvider over Roster's own server handler, configured by plain props only, so a Server
 * Component can render it directly (an adapter holds functions, which cannot cross from the server
 * to the browser). The adapter is built in the browser from the server's `/capabilities`, so the
 * UI offers exactly the writes the server allows this session.
 */
import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { loadRemoteAdapter, REMOTE_DEFAULT_CAPABILITIES } from '../adapters/remote/index.js';
import type { RequestContext, RosterAdapter } from '../core/adapter.js';
import { RosterProvider, type RosterProviderProps } from './RosterProvider.js';
import type { RetryPolicy } from './retryPolicy.js';

export interface RosterRemoteProviderProps {
  /** Where `createRosterHandler` is mounted, e.g. `/api/roster`. */
  baseUrl: string;
  /**
   * Who is looking, e.g. `${tenantId}:${userId}`. The server is asked for its capabilities again
   * when it changes, and the cache starts empty (see RosterProvider's `scope`).
   */
  scope?: string;
  /** BCP 47 locale for dates, numbers and plurals. */
  locale?: string;
  /** Per request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
  /** How failed reads are retried, or `false` for never. */
  retry?: Partial<RetryPolicy> | false;
  /**
   * As on RosterProvider. They may hold functions, so pass them only where this provider is
   * rendered by a client component; a Server Component passes the plain props above.
   */
  messages?: RosterProviderProps['messages'];
  onUnauthorized?: RosterProviderProps['onUnauthorized'];
  connectivity?: RosterProviderProps['connectivity'];
  children?: ReactNode;
}

/**
 * Until the server has said what it can do (and on the server, where nothing is fetched), the
 * children render in their loading state over a stand-in adapter whose reads wait for that answer.
 * If asking fails, those reads fail with the same error, so each component shows it with its own
 * Retry, which asks again.
 */
export function RosterRemoteProvider({ baseUrl, scope, locale, timeoutMs, retry, messages, onUnauthorized, connectivity, children }: RosterRemoteProviderProps) {
  // Capabilities may differ per session, so a new scope asks again.
  const source = useMemo(() => createRemoteAdapterSource(baseUrl, timeoutMs), [baseUrl, timeoutMs, scope]);
  const adapter = useSyncExternalStore(source.subscribe, source.current, source.pending);
  useEffect(() => {
    // Failures reach the children through the stand-in's reads. A new scope or unmount drops
    // the question: its answer would belong to a session that is gone.
    const controller = new AbortController();
    source.load(controller.signal).catch(() => {});
    return () => controller.abort();
  }, [source]);
  return (
    <RosterProvider adapter={adapter} scope={scope} locale={locale} retry={retry} messages={messages} onUnauthorized={onUnauthorized} connectivity={connectivity}>
      {children}
    </RosterProvider>
  );
}

interface RemoteAdapterSource {
  /** The stand-in, shown until the server's answer arrives (and on the server). */
  pending(): RosterAdapter;
  current(): RosterAdapter;
  subscribe(listener: () => void): () => void;
  /** One request at a time; after a failure (or an abort) the next call asks again. */
  load(signal?: AbortSignal): Promise<RosterAdapter>;
}

function createRemoteAdapterSource(baseUrl: string, timeoutMs: number | undefined): RemoteAdapterSource {
  const listeners = new Set<() => void>();
  let loaded: RosterAdapter | null = null;
  let attempt: Promise<RosterAdapter> | null = null;

  const load = (signal?: AbortSignal) => {
    if (loaded) return Promise.resolve(loaded);
    attempt ??= loadRemoteAdapter({ baseUrl, timeoutMs }, { signal }).then(
      (adapter) => {
        loaded = adapter;
        listeners.forEach((listener) => listener());
        return adapter;
      },
      (error: unknown) => {
        attempt = null;
        throw error;
      },
    );
    return attempt;
  };

  /**
   * A stand-in read: fails as the capabilities request did, or — once it succeeded and the
   * provider is switching to the real adapter — waits to be aborted, its answer no longer wanted.
   */
  const read = async (_argument: unknown, ctx?: RequestContext): Promise<never> => {
    await load();
    return new Promise<never>((_resolve, reject) => {
      const signal = ctx?.signal;
      const abort = () => reject(signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
    });
  };
  const standIn: RosterAdapter = {
    id: `remote:${baseUrl}#asking-capabilities`,
    capabilities: REMOTE_DEFAULT_CAPABILITIES,
    listUsers: read,
    getUser: read,
    listRoles: read,
    listOrganizations: read,
    listUserMemberships: read,
  };

  return {
    pending: () => standIn,
    current: () => loaded ?? standIn,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load,
  };
}
