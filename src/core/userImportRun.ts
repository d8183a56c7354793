/**
 * Sends many requests, a few at a time: an import's creates, and the look-ups before it. Each
 * task is sent at most once per start (a second start while one runs is ignored, so a double
 * click sends nothing twice); a 429 pauses the whole run for as long as the backend asked and puts
 * its task back at the front, up to a bounded number of times; Cancel sends nothing more and lets
 * what is already sent finish, since a create that reached the backend cannot be taken back by
 * dropping its answer. Framework-free: React subscribes to it (useUserImport.ts).
 */
import { isAbortError, toRosterError, type RosterError } from './errors.js';

export type TaskStatus = 'waiting' | 'sending' | 'done' | 'failed' | 'not-sent';

/**
 * `idle`: nothing started yet. `running`. `paused`: the backend asked to wait (resumeAt).
 * `stopping`: cancelled, requests already sent still finishing. `done`: nothing left to send or
 * in flight (after a cancel, tasks not sent are `not-sent`).
 */
export type RunPhase = 'idle' | 'running' | 'paused' | 'stopping' | 'done';

export interface TaskRunOptions<T> {
  count: number;
  send: (index: number, signal: AbortSignal) => Promise<T>;
  /** Requests in flight at once; default 4. */
  concurrency?: number;
  /** How often one task may be put back after a 429 before it fails; default 5. */
  maxRateLimitRetries?: number;
  /** The wait after a 429 that names none; default 1 s. */
  defaultRetryAfterMs?: number;
  /** The longest wait honoured; a longer Retry-After is cut to it; default 60 s. */
  maxRetryAfterMs?: number;
}

export interface TaskCounts {
  waiting: number;
  sending: number;
  done: number;
  failed: number;
  notSent: number;
}

export interface TaskRun<T> {
  readonly count: number;
  readonly phase: RunPhase;
  /** While paused: when sending goes on (ms since the epoch). */
  readonly resumeAt: number | null;
  /** Changes with every change, for subscribers that render. */
  readonly version: number;
  status(index: number): TaskStatus;
  result(index: number): T | undefined;
  error(index: number): RosterError | undefined;
  counts(): TaskCounts;
  subscribe(listener: () => void): () => void;
  /** Sends the given tasks (default every one) not sent yet or not sent after a cancel. False, sending nothing, while a run is under way. */
  start(indices?: Iterable<number>): boolean;
  /** Sends the failed tasks again; false while a run is under way or none failed. */
  retryFailed(): boolean;
  /** Sends nothing more; tasks not sent become `not-sent`. */
  cancel(): void;
  /** Resolves once nothing is queued or in flight. */
  whenSettled(): Promise<void>;
  /** Cancels, aborts what is in flight (reads), and drops every timer. */
  dispose(): void;
}

export function createTaskRun<T>(options: TaskRunOptions<T>): TaskRun<T> {
  const { count, send, concurrency = 4, maxRateLimitRetries = 5, defaultRetryAfterMs = 1000, maxRetryAfterMs = 60_000 } = options;
  const statuses: TaskStatus[] = new Array<TaskStatus>(count).fill('waiting');
  const results = new Map<number, T>();
  const errors = new Map<number, RosterError>();
  const rateLimited = new Map<number, number>();
  const queue: number[] = [];
  const listeners = new Set<() => void>();
  const controller = new AbortController();
  let active = 0;
  let started = false;
  let cancelled = false;
  let resumeAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let version = 0;
  let settledWaiters: (() => void)[] = [];

  const isBusy = () => active > 0 || queue.length > 0;
  const phase = (): RunPhase => {
    if (!started) return 'idle';
    if (cancelled) return active > 0 ? 'stopping' : 'done';
    if (!isBusy()) return 'done';
    return resumeAt !== null ? 'paused' : 'running';
  };

  function changed() {
    version += 1;
    if (!isBusy()) {
      const waiters = settledWaiters;
      settledWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
    listeners.forEach((listener) => listener());
  }

  function pause(ms: number) {
    const until = Date.now() + Math.min(Math.max(ms, 0), maxRetryAfterMs);
    if (resumeAt !== null && resumeAt >= until) return;
    resumeAt = until;
    clearTimeout(timer);
    timer = setTimeout(() => {
      resumeAt = null;
      pump();
      changed();
    }, until - Date.now());
  }

  function finish(index: number, outcome: { ok: true; value: T } | { ok: false; error: unknown }) {
    active -= 1;
    if (outcome.ok) {
      statuses[index] = 'done';
      results.set(index, outcome.value);
      errors.delete(index);
    } else if (isAbortError(outcome.error)) {
      statuses[index] = 'not-sent';
    } else {
      const error = toRosterError(outcome.error);
      const tries = (rateLimited.get(index) ?? 0) + 1;
      if (error.code === 'rate_limited' && tries <= maxRateLimitRetries && !cancelled) {
        rateLimited.set(index, tries);
        statuses[index] = 'waiting';
        queue.unshift(index);
        pause(error.retryAfterMs ?? defaultRetryAfterMs);
      } else {
        statuses[index] = 'failed';
        errors.set(index, error);
      }
    }
    pump();
    changed();
  }

  function pump() {
    while (!cancelled && resumeAt === null && active < concurrency && queue.length) {
      const index = queue.shift()!;
      statuses[index] = 'sending';
      active += 1;
      // Sent on a later tick, so a listener never sees a run change inside its own call to start().
      void Promise.resolve()
        .then(() => send(index, controller.signal))
        .then(
          (value) => finish(index, { ok: true, value }),
          (error: unknown) => finish(index, { ok: false, error }),
        );
    }
  }

  function enqueue(indices: Iterable<number>, from: readonly TaskStatus[]): boolean {
    if (isBusy() || controller.signal.aborted) return false;
    const picked = [...new Set(indices)].filter((i) => i >= 0 && i < count && from.includes(statuses[i]!));
    if (!picked.length) return false;
    started = true;
    cancelled = false;
    for (const i of picked) {
      statuses[i] = 'waiting';
      rateLimited.delete(i);
      queue.push(i);
    }
    pump();
    changed();
    return true;
  }

  function cancel() {
    // Once is enough: a listener that cancels on every change must not cancel again and again.
    if (!isBusy() || cancelled) return;
    cancelled = true;
    for (const i of queue.splice(0)) statuses[i] = 'not-sent';
    resumeAt = null;
    clearTimeout(timer);
    changed();
  }

  return {
    count,
    get phase() {
      return phase();
    },
    get resumeAt() {
      return resumeAt;
    },
    get version() {
      return version;
    },
    status: (index) => statuses[index] ?? 'not-sent',
    result: (index) => results.get(index),
    error: (index) => errors.get(index),
    counts() {
      const counts: TaskCounts = { waiting: 0, sending: 0, done: 0, failed: 0, notSent: 0 };
      for (const s of statuses) counts[s === 'not-sent' ? 'notSent' : s] += 1;
      return counts;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    start: (indices) => enqueue(indices ?? statuses.keys(), ['waiting', 'not-sent']),
    retryFailed: () => enqueue(statuses.keys(), ['failed']),
    cancel,
    whenSettled: () => (isBusy() ? new Promise<void>((resolve) => settledWaiters.push(resolve)) : Promise.resolve()),
    dispose() {
      cancel();
      controller.abort();
      clearTimeout(timer);
      listeners.clear();
    },
  };
}

/**
 * `listener` at most once per `everyMs` while a run progresses, and at once (with `true`) when
 * its phase changes: a thousand settled requests need not mean a thousand renders. Returns the
 * unsubscribe, which also drops a pending call.
 */
export function subscribeThrottled(run: TaskRun<unknown>, everyMs: number, listener: (phaseChanged: boolean) => void): () => void {
  let phase = run.phase;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = run.subscribe(() => {
    if (run.phase === phase) {
      timer ??= setTimeout(() => {
        timer = undefined;
        listener(false);
      }, everyMs);
      return;
    }
    phase = run.phase;
    clearTimeout(timer);
    timer = undefined;
    listener(true);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
