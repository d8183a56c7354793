/**
 * Whether the browser can reach the network, as the hooks see it: reads wait while it cannot
 * (instead of failing and retrying into the void) and every mounted read is fetched again when it
 * comes back. Hosts with their own notion of "online" (a native shell, a test) pass their own.
 */
export interface RosterConnectivity {
  isOnline(): boolean;
  /** `listener` runs whenever the state may have changed; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * The browser's `online`/`offline` events. Online until told otherwise: `navigator.onLine` reports
 * false on some machines that are online (Chromium bug 678075), and a wrong "offline" would stop
 * every read, while a wrong "online" only lets one fail. Always online without a window (server).
 * Listens for the page's lifetime: the provider keeps one for the whole page.
 */
export function createBrowserConnectivity(): RosterConnectivity {
  let online = true;
  const listeners = new Set<() => void>();
  const on = (next: boolean) => () => {
    online = next;
    listeners.forEach((listener) => listener());
  };
  if (typeof window !== 'undefined' && window.addEventListener) {
    window.addEventListener('online', on(true));
    window.addEventListener('offline', on(false));
  }
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Resolves at once when online, else when back online; rejects when `signal` aborts first. */
export async function whenOnline(connectivity: RosterConnectivity, signal: AbortSignal): Promise<void> {
  while (!connectivity.isOnline() && !signal.aborted) {
    await new Promise<void>((wake) => {
      const stop = connectivity.subscribe(done);
      signal.addEventListener('abort', done);
      function done() {
        stop();
        signal.removeEventListener('abort', done);
        wake();
      }
    });
  }
  // The request registry's own signal: its reason is already an AbortError.
  if (signal.aborted) throw signal.reason;
}
