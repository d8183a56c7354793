/**
 * What the provider does when the backend answers `unauthorized` (an expired session or token):
 * ask the host to refresh it, once for however many requests failed together, then send each
 * failed READ once more. A write is never sent again by itself — a create or a role change
 * repeated behind the admin's back could land twice — it fails, and the admin decides. When the
 * session cannot be refreshed, everything cached for it is dropped, so a signed-out screen does
 * not keep showing the directory.
 *
 * This lives in the provider, not in the HTTP client: only here is a read told from a write by
 * what it does (Descope's user search is a POST, a read), every adapter gets it (each reports a
 * 401 as `unauthorized`), and the cache to drop is here. The adapters keep fetching credentials per
 * request (`headers`, `getSessionToken`), so the replay carries the refreshed one.
 */
import { ADAPTER_WRITE_METHODS, adapterMethods, type AdapterMethodName, type BoundAdapterMethod, type RosterAdapter } from '../core/adapter.js';
import { isRosterError, type RosterError } from '../core/errors.js';

/**
 * Refreshes the signed-in session. Resolve `true` once new credentials are in place: the reads
 * that failed are sent again, once. Resolve `false` (or reject) when the session is gone: Roster
 * drops its cache and the failures stay on screen. Called once for requests that fail together.
 */
export type UnauthorizedHandler = (error: RosterError) => boolean | Promise<boolean>;

export interface SessionRecovery {
  /** Runs a read; on `unauthorized`, waits for the shared refresh and runs it once more. */
  read<T>(task: () => Promise<T>): Promise<T>;
  /** Runs a write; on `unauthorized`, waits for the shared refresh but never runs it again. */
  write<T>(task: () => Promise<T>): Promise<T>;
}

const isUnauthorized = (error: unknown): error is RosterError => isRosterError(error) && error.code === 'unauthorized';

export function createSessionRecovery(options: {
  /** Read at the moment of a failure, so a host's new callback is used without a new provider. */
  handler: () => UnauthorizedHandler | undefined;
  /** The session could not be refreshed. */
  onSignedOut: () => void;
}): SessionRecovery {
  let refreshing: Promise<boolean> | null = null;
  // Successful refreshes so far: a request that left before the latest one went with the old
  // credentials, and its 401 is already answered.
  let generation = 0;

  /** Whether new credentials are in place for a request that left at `startedAt`. */
  function recovered(error: RosterError, startedAt: number, handler: UnauthorizedHandler): Promise<boolean> {
    if (generation !== startedAt) return Promise.resolve(true);
    return (refreshing ??= (async () => {
      const refreshed = await Promise.resolve()
        .then(() => handler(error))
        .then((answer) => answer === true, () => false);
      if (refreshed) generation += 1;
      else options.onSignedOut();
      refreshing = null;
      return refreshed;
    })());
  }

  /** Runs `task`; on `unauthorized`, waits for new credentials and, for a read, runs it once more. */
  const run = async <T>(task: () => Promise<T>, replay: boolean): Promise<T> => {
    const startedAt = generation;
    try {
      return await task();
    } catch (error) {
      const handler = options.handler();
      if (!isUnauthorized(error) || !handler || !(await recovered(error, startedAt, handler)) || !replay) throw error;
      // Once: a second `unauthorized` is the answer.
      return task();
    }
  };

  return { read: (task) => run(task, true), write: (task) => run(task, false) };
}

/** The adapter with every read and write going through `recovery`; methods it lacks stay absent. */
export function withSessionRecovery(adapter: RosterAdapter, recovery: SessionRecovery): RosterAdapter {
  const wrapped: Record<string, unknown> = { id: adapter.id, capabilities: adapter.capabilities };
  const writes = new Set<AdapterMethodName>(ADAPTER_WRITE_METHODS);
  for (const [name, method] of Object.entries(adapterMethods(adapter)) as [AdapterMethodName, BoundAdapterMethod][]) {
    wrapped[name] = (...args: unknown[]) => (writes.has(name) ? recovery.write : recovery.read)(() => method(...args));
  }
  return wrapped as unknown as RosterAdapter;
}
