/**
 * When a failed read is tried again: network failures, timeouts and 5xx with capped exponential
 * backoff and full jitter (so many clients failing together do not retry together); 429 after
 * exactly the `Retry-After` the backend asked for; every other 4xx never, because repeating the
 * same request cannot make it valid.
 */
import { isRetryable, type RosterError } from '../core/errors.js';

export interface RetryPolicy {
  /** Retries after the first failure. Default 4. */
  maxRetries: number;
  /** Backoff grows from this. Default 500 ms. */
  baseDelayMs: number;
  /** Backoff never exceeds this. Default 15 s. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is shown as an error instead of waited out. Default 60 s. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxRetryAfterMs: 60_000,
};

/** Milliseconds to wait before retry number `attempt` (1-based), or null for "do not retry". */
export function retryDelay(error: unknown, attempt: number, policy: RetryPolicy, random: () => number = Math.random): number | null {
  if (!isRetryable(error) || attempt > policy.maxRetries) return null;
  const { code, retryAfterMs } = error as RosterError;
  if (code === 'rate_limited' && retryAfterMs !== undefined) {
    return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : null;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}
