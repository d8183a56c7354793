/**
 * Waiting that a caller's AbortSignal can cut short. A superseded request (typing in search,
 * paging fast) must let go at once, even while the work it waits for goes on for others.
 */
import { abortReason } from './errors.js';

/**
 * Settles like `promise`, or rejects with the abort reason as soon as `signal` aborts, whichever
 * comes first. The promise itself runs on: it may be shared (a cache load, a queued task).
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    // The shared work may still fail later; that failure belongs to its other waiters.
    promise.catch(() => undefined);
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms` (0 or less: not at all); rejects with the abort reason when `signal` aborts first. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
