/**
 * Fault injection for the Auth0 emulator: the next N calls of a route (or of any route) answer with
 * a chosen failure instead of doing their work, and every answer can be slowed down.
 */
import type { Auth0Path } from '../../../adapters/auth0/wire.js';

export type Auth0Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A route as `METHOD /path` with Auth0's path template (below `/api/v2`), or `*` for any. */
export type Auth0Route = `${Auth0Method} ${Auth0Path}` | 'POST /oauth/token' | '*';

export interface Auth0Fault {
  /** HTTP status to answer with. Default 500, or 200 for `malformed`. */
  status?: number;
  /** JSON body to send; defaults to an Auth0 error body fitting the status. */
  body?: unknown;
  /**
   * Seconds sent as `Retry-After` on a 429 (default 1); null sends none, leaving only the
   * `X-RateLimit-Reset` Auth0 documents.
   */
  retryAfterSeconds?: number | null;
  /** Answer with this text as `text/html`, as a proxy in front of Auth0 does on a 502. */
  html?: string;
  /** Answer with JSON cut off in the middle. */
  malformed?: true;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface Auth0FaultController {
  failNext(route: Auth0Route, fault: Auth0Fault, times?: number): void;
  /** Added before every answer, faults or not. */
  setLatency(ms: number): void;
  clear(): void;
}

export interface Auth0FaultState extends Auth0FaultController {
  /** The fault for this call of `route`, used up as it is taken. */
  take(route: Auth0Route): Auth0Fault | undefined;
  readonly latencyMs: number;
}

export function createAuth0Faults(): Auth0FaultState {
  const queue: { route: Auth0Route; fault: Auth0Fault; remaining: number }[] = [];
  let latencyMs = 0;
  return {
    failNext(route, fault, times = 1) {
      queue.push({ route, fault, remaining: times });
    },
    setLatency(ms) {
      latencyMs = Math.max(0, ms);
    },
    clear() {
      queue.length = 0;
      latencyMs = 0;
    },
    take(route) {
      const entry = queue.find((e) => e.route === '*' || e.route === route);
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining <= 0) queue.splice(queue.indexOf(entry), 1);
      return entry.fault;
    },
    get latencyMs() {
      return latencyMs;
    },
  };
}
