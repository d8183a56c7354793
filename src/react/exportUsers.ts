/**
 * Every user a query finds, written as a CSV file: the same users in the same order the table
 * shows, across all pages. Where the adapter does the whole query, its pages are read at the
 * largest size it takes and written as they come; where part of the query is left for the browser
 * (client mode), every user the server part matches is read first and the query finished here,
 * as useUsers does. No React: useUserExport runs it, and the bench calls it directly.
 *
 * A page that fails for a transient reason is asked for again, a 429 after exactly the
 * `Retry-After` the backend gave, a bounded number of times (the provider's read retry policy).
 * Between pages and between chunks of rows it yields to the main thread, so the page stays
 * responsive while 10,000 users are written.
 */
import type { RequestContext, RoleScope, RosterAdapter } from '../core/adapter.js';
import { delay, raceAbort } from '../core/abort.js';
import { normalizeUsersQuery } from '../core/cacheKeys.js';
import { CSV_BOM, CSV_MEDIA_TYPE, csvRecord, type CsvCell } from '../core/csv.js';
import { abortReason, isAbortError, RosterError, throwIfAborted, toRosterError } from '../core/errors.js';
import type { Page, Role, User, UsersQuery } from '../core/model.js';
import { pageLocally, planUsersQuery, type AllUsers } from './clientSideQuery.js';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retryPolicy.js';

/** What is exported: a users query without its page. */
export type UserExportQuery = Omit<UsersQuery, 'page'>;

/** How a cell reads a role id: the catalogue's name, or the id itself when the catalogue does not hold it. */
export interface UserExportLookup {
  roleName(roleId: string): string;
}

/** One column of the file: its header cell and each user's cell. */
export interface UserExportColumn {
  header: string;
  value: (user: User, lookup: UserExportLookup) => CsvCell;
}

export interface UserExportProgress {
  /** Users read so far. */
  done: number;
  /** Users to read, where the backend counts them; null where it does not. */
  total: number | null;
}

/** A page failed and will be asked for again after `ms`. */
export interface UserExportWait {
  error: RosterError;
  ms: number;
}

export interface ExportUsersOptions {
  columns: readonly UserExportColumn[];
  signal?: AbortSignal;
  /** The roles cells name; read with `listRoles(roleScope)` when left out. */
  roles?: readonly Role[];
  roleScope?: RoleScope;
  /** In client mode, at most this many users are read, as the table does. Default 10,000. */
  clientSideLimit?: number;
  /**
   * In client mode, the users the table already read for the query's server part (useUsers'
   * cache entry): they are finished here without asking the backend again, in the order the
   * table already sorted them.
   */
  preloaded?: AllUsers;
  /** Retries of one page. Default: the provider's read policy (4 retries, Retry-After up to 60 s). */
  retry?: Partial<RetryPolicy>;
  onProgress?: (progress: UserExportProgress) => void;
  /** A wait before a page is asked for again starts (`wait`) or ends (`null`). */
  onWait?: (wait: UserExportWait | null) => void;
  /** Lets the browser run between chunks; default `scheduler.yield`, else a message-channel task. */
  yieldToMain?: () => Promise<void>;
}

export interface UserExportOutcome {
  /** The CSV file's bytes: UTF-8 with a byte order mark. */
  blob: Blob;
  /** Users written (the header not counted). */
  rowCount: number;
  /** `client` when part of the query was finished in the browser. */
  mode: 'server' | 'client';
  /** In client mode: more users matched the server part than `clientSideLimit` allowed reading. */
  isTruncated: boolean;
}

/** Writing stops for the browser once this long has passed since it last did. */
const CHUNK_BUDGET_MS = 8;

export async function exportUsers(adapter: RosterAdapter, query: UserExportQuery, options: ExportUsersOptions): Promise<UserExportOutcome> {
  const { signal, columns, onProgress } = options;
  throwIfAborted(signal);
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const yieldToMain = options.yieldToMain ?? defaultYield;
  const normalized = normalizeUsersQuery({ ...query, page: { size: 1 } });
  const { page: _, ...shape } = normalized;
  const plan = planUsersQuery(normalized, adapter.capabilities);
  const lookup = await roleLookup(adapter, options, policy);

  const sink = csvSink(columns, lookup, signal, yieldToMain);
  const limit = plan.client ? Math.max(1, options.clientSideLimit ?? 10_000) : Infinity;
  if (plan.client && options.preloaded) {
    const { users, isTruncated } = options.preloaded;
    onProgress?.({ done: users.length, total: users.length });
    await sink.write(pageLocally(users, plan.client, { size: Math.max(1, users.length) }).items);
    return { blob: sink.file(), rowCount: sink.rowCount(), mode: 'client', isTruncated };
  }
  const fetched: User[] = [];
  let done = 0;
  let cursor: string | null = null;
  const size = Math.max(1, Math.min(adapter.capabilities.maxPageSize, limit));
  onProgress?.({ done: 0, total: null });
  do {
    const request: UsersQuery = { ...(plan.client ? plan.server : shape), page: { size, cursor } };
    const page: Page<User> = await withRetries(() => adapter.listUsers(request, { signal } satisfies RequestContext), policy, options);
    if (page.nextCursor !== null && page.nextCursor === cursor) throw new RosterError('bad_response', { message: 'The identity provider repeated a page cursor.' });
    cursor = page.nextCursor;
    done += page.items.length;
    onProgress?.({ done: Math.min(done, limit), total: page.total === null ? null : Math.min(page.total, limit) });
    if (plan.client) for (const user of page.items) fetched.push(user);
    else await sink.write(page.items);
    await sink.pause();
  } while (cursor && done < limit);

  if (plan.client) {
    const all = fetched.length > limit ? fetched.slice(0, limit) : fetched;
    // The table's own paging over the fetched users, as one page holding them all: same matches, same order.
    await sink.write(pageLocally(all, plan.client, { size: Math.max(1, all.length) }).items);
  }
  return {
    blob: sink.file(),
    rowCount: sink.rowCount(),
    mode: plan.client ? 'client' : 'server',
    isTruncated: Boolean(plan.client) && (Boolean(cursor) || done > limit),
  };
}

/**
 * Where the records go: encoded into a Blob chunk by chunk (one Blob of 10,000 strings is encoded
 * in a single task, while joining Blobs at the end only links them), with a pause for the browser
 * once a chunk has taken CHUNK_BUDGET_MS.
 */
function csvSink(columns: readonly UserExportColumn[], lookup: UserExportLookup, signal: AbortSignal | undefined, yieldToMain: () => Promise<void>) {
  const chunks: Blob[] = [];
  let records: string[] = [CSV_BOM, csvRecord(columns.map((c) => c.header))];
  let rowCount = 0;
  let lastYield = now();
  const seal = () => {
    if (records.length) chunks.push(new Blob(records));
    records = [];
  };
  const pause = async () => {
    seal();
    await yieldToMain();
    throwIfAborted(signal);
    lastYield = now();
  };
  return {
    pause,
    async write(users: readonly User[]) {
      for (const user of users) {
        records.push(csvRecord(columns.map((c) => c.value(user, lookup))));
        rowCount += 1;
        if (now() - lastYield > CHUNK_BUDGET_MS) await pause();
      }
    },
    rowCount: () => rowCount,
    file() {
      seal();
      return new Blob(chunks, { type: CSV_MEDIA_TYPE });
    },
  };
}

/** Calls `load` until it succeeds, waiting between tries as the policy says; stops at once on abort. */
async function withRetries<T>(load: () => Promise<T>, policy: RetryPolicy, { signal, onWait }: Pick<ExportUsersOptions, 'signal' | 'onWait'>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Raced, so Cancel lets go at once even of an adapter that does not watch its signal.
      return await raceAbort(load(), signal);
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (isAbortError(error)) throw error;
      const ms = retryDelay(error, attempt, policy);
      if (ms === null) throw toRosterError(error);
      onWait?.({ error: toRosterError(error), ms });
      try {
        await delay(ms, signal);
      } finally {
        onWait?.(null);
      }
    }
  }
}

/** Role names from the catalogue given, else from the backend; a catalogue that cannot be read names roles by id. */
async function roleLookup(adapter: RosterAdapter, options: ExportUsersOptions, policy: RetryPolicy): Promise<UserExportLookup> {
  let roles = options.roles;
  if (!roles) {
    try {
      roles = await withRetries(() => adapter.listRoles(options.roleScope ?? {}, { signal: options.signal }), policy, options);
    } catch (error) {
      if (options.signal?.aborted) throw abortReason(options.signal);
      if (isAbortError(error)) throw error;
      roles = [];
    }
  }
  const names = new Map(roles.map((r) => [r.id, r.name]));
  return { roleName: (id) => names.get(id) ?? id };
}

const now = () => performance.now();

/** How long `scheduler.yield` may keep the main thread before a yield becomes a whole task. */
const TASK_YIELD_MS = 50;
let lastTaskYield = 0;

/**
 * `scheduler.yield` resumes ahead of every other task, React's render of the progress included, so
 * on its own it would keep the progress bar still until the file is done. Every TASK_YIELD_MS the
 * yield is a message-channel task instead, queued behind what is waiting (a render, an input).
 */
function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function' && now() - lastTaskYield < TASK_YIELD_MS) return scheduler.yield();
  lastTaskYield = now();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
