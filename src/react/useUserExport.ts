import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { unstable_serialize, useSWRConfig } from 'swr';
import { normalizeUsersQuery, rosterKeys } from '../core/cacheKeys.js';
import { isAbortError, toRosterError, type RosterError } from '../core/errors.js';
import { planUsersQuery, type AllUsers } from './clientSideQuery.js';
import { useRosterContext } from './context.js';
import { exportUsers, type UserExportColumn, type UserExportProgress, type UserExportQuery } from './exportUsers.js';
import { useRoles } from './useRoles.js';

export interface UseUserExportOptions {
  /**
   * Roles are named from this organization's catalogue, as a table of its members shows them;
   * project-wide roles otherwise.
   */
  organizationId?: string;
  /** In client mode, at most this many users are read; give the table's own limit. Default 10,000. */
  clientSideLimit?: number;
}

/** `idle` before the first export (and after `reset`); the others say how the last one went. */
export type UserExportState = 'idle' | 'exporting' | 'done' | 'cancelled' | 'error';

export interface UserExportFile {
  /** The CSV file, UTF-8 with a byte order mark, named as `start` was told. */
  file: File;
  /** Users in the file. */
  rowCount: number;
  /** `client` when part of the query was finished in the browser. */
  mode: 'server' | 'client';
  /** In client mode: the directory held more users than `clientSideLimit`; the file has the first ones. */
  isTruncated: boolean;
}

export interface StartUserExportOptions {
  /** Default `users-YYYY-MM-DD.csv`, today's date where the browser is. */
  fileName?: string;
}

export interface UseUserExportResult {
  /**
   * Exports every user `query` finds (its page is ignored), across all pages, as a CSV file of
   * `columns`. Resolves with the file, or null when it was cancelled or failed (see `error`).
   * Called again while one runs, it returns the running one: a double click exports once.
   */
  start: (query: UserExportQuery, columns: readonly UserExportColumn[], options?: StartUserExportOptions) => Promise<UserExportFile | null>;
  /** Stops the running export: no further page is requested, and the one in flight is aborted. */
  cancel: () => void;
  /** Back to `idle`, forgetting the last result or error (cancels a running export). */
  reset: () => void;
  progress: UserExportProgress;
  state: UserExportState;
  /**
   * While a failed page waits to be asked for again: why, and when (epoch milliseconds) —
   * a 429's `Retry-After`, or a backoff after a transient failure.
   */
  wait: { error: RosterError; until: number } | null;
  error: RosterError | null;
  result: UserExportFile | null;
}

const NOTHING_READ: UserExportProgress = { done: 0, total: null };
/** useUsers' default, so the cache entry of a table left at its default is found. */
const DEFAULT_CLIENT_SIDE_LIMIT = 10_000;

/** Exports the users a query finds to a CSV file, with progress and Cancel. See exportUsers. */
export function useUserExport(options: UseUserExportOptions = {}): UseUserExportResult {
  const { adapter, keyBase } = useRosterContext('useUserExport');
  const { cache } = useSWRConfig();
  const { organizationId, clientSideLimit } = options;
  const roles = useRoles({ organizationId });
  const [state, setState] = useState<UserExportState>('idle');
  const [progress, setProgress] = useState<UserExportProgress>(NOTHING_READ);
  const [wait, setWait] = useState<UseUserExportResult['wait']>(null);
  const [error, setError] = useState<RosterError | null>(null);
  const [result, setResult] = useState<UserExportFile | null>(null);
  const running = useRef<{ controller: AbortController; promise: Promise<UserExportFile | null> } | null>(null);
  // What `start` reads when it is called, not when it was made: it may sit in a host's handler.
  const latest = useRef({ adapter, keyBase, cache, roles: roles.data, organizationId, clientSideLimit });
  useLayoutEffect(() => {
    latest.current = { adapter, keyBase, cache, roles: roles.data, organizationId, clientSideLimit };
  });

  const start = useCallback<UseUserExportResult['start']>((query, columns, startOptions = {}) => {
    if (running.current) return running.current.promise;
    const controller = new AbortController();
    const current = () => running.current?.controller === controller;
    const { adapter, keyBase, cache, roles, organizationId, clientSideLimit } = latest.current;
    // In client mode, the users a table already read for this query (useUsers' cache entry):
    // exported as the table shows them, without reading and sorting 10,000 users again.
    const plan = planUsersQuery(normalizeUsersQuery({ ...query, page: { size: 1 } }), adapter.capabilities);
    const cached = plan.client ? cache.get(unstable_serialize(rosterKeys.allUsers(keyBase, plan.server, clientSideLimit ?? DEFAULT_CLIENT_SIDE_LIMIT))) : undefined;
    const preloaded = cached?.data as AllUsers | undefined;
    const fileName = startOptions.fileName ?? defaultFileName(new Date());
    setState('exporting');
    setProgress(NOTHING_READ);
    setWait(null);
    setError(null);
    setResult(null);
    const promise = exportUsers(adapter, query, {
      columns,
      signal: controller.signal,
      roles,
      roleScope: organizationId ? { organizationId } : {},
      clientSideLimit,
      preloaded,
      onProgress: (p) => current() && setProgress(p),
      onWait: (w) => current() && setWait(w && { error: w.error, until: Date.now() + w.ms }),
    }).then(
      (outcome) => {
        const file: UserExportFile = {
          file: new File([outcome.blob], fileName, { type: outcome.blob.type }),
          rowCount: outcome.rowCount,
          mode: outcome.mode,
          isTruncated: outcome.isTruncated,
        };
        if (current()) {
          running.current = null;
          setResult(file);
          setState('done');
        }
        return file;
      },
      (e: unknown) => {
        if (current()) {
          running.current = null;
          setWait(null);
          if (isAbortError(e)) setState('cancelled');
          else {
            setError(toRosterError(e));
            setState('error');
          }
        }
        return null;
      },
    );
    running.current = { controller, promise };
    return promise;
  }, []);

  const cancel = useCallback(() => {
    const run = running.current;
    if (!run) return;
    // The run settles as `cancelled` from its own abort.
    run.controller.abort();
  }, []);

  const reset = useCallback(() => {
    const run = running.current;
    running.current = null;
    run?.controller.abort();
    setState('idle');
    setProgress(NOTHING_READ);
    setWait(null);
    setError(null);
    setResult(null);
  }, []);

  // Nobody is left to save the file: stop reading.
  useEffect(() => () => running.current?.controller.abort(), []);

  return { start, cancel, reset, progress, state, wait, error, result };
}

/** `users-2026-03-09.csv`, in the browser's own calendar day. */
export function defaultFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `users-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
