/**
 * Tracks in-flight reads by cache key and how many mounted hooks still want each one. When the
 * last interested hook moves to another key (typing in search, paging fast) the request is
 * aborted, so the adapter can cancel the HTTP call. Deduplicated hooks share one request, so it is
 * only aborted when none of them wants it any more.
 */
export interface RequestRegistry {
  /** Runs `task` for `hash` with a signal that aborts once nobody wants the result. */
  run<T>(hash: string, task: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** A mounted hook wants `hash`; returns the release function. */
  retain(hash: string): () => void;
}

export function createRequestRegistry(): RequestRegistry {
  const interest = new Map<string, number>();
  const inFlight = new Map<string, AbortController>();

  function release(hash: string): void {
    const left = (interest.get(hash) ?? 1) - 1;
    if (left > 0) {
      interest.set(hash, left);
      return;
    }
    interest.delete(hash);
    // Deferred: React's StrictMode unmounts and remounts effects synchronously, and a hook that
    // re-subscribes at once must keep its request.
    setTimeout(() => {
      if (!interest.has(hash)) inFlight.get(hash)?.abort();
    }, 0);
  }

  return {
    async run(hash, task) {
      const controller = new AbortController();
      inFlight.set(hash, controller);
      try {
        return await task(controller.signal);
      } finally {
        if (inFlight.get(hash) === controller) inFlight.delete(hash);
      }
    },
    retain(hash) {
      interest.set(hash, (interest.get(hash) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release(hash);
      };
    },
  };
}
