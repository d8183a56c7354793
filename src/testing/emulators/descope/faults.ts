/**
 * Fault injection for the Descope emulator: the next N calls of a route (or of any route) answer
 * with a chosen failure instead of doing their work, and every answer can be slowed down.
 */
import type { DescopePath } from '../../../adapters/descope/wire.js';

export type DescopeRoute = DescopePath | '*';

export interface DescopeFault {
  /** HTTP status to answer with. Default 500, or 200 for `malformed`. */
  status?: number;
  /** Body to send; defaults to a Descope error body fitting the status. */
  body?: unknown;
  /** Sent as `Retry-After` (seconds), as Descope does on 429. Default 1 on a 429. */
  retryAfterSeconds?: number;
  /** Answer with a body that is not valid JSON. */
  malformed?: true;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface DescopeFaultController {
  failNext(route: DescopeRoute, fault: DescopeFault, times?: number): void;
  /** Added before every answer, faults or not. */
  setLatency(ms: number): void;
  clear(): void;
}

export interface DescopeFaultState extends DescopeFaultController {
  /** The fault for this call of `route`, used up as it is taken. */
  take(route: DescopePath): DescopeFault | undefined;
  readonly latencyMs: number;
}

export function createDescopeFaults(): DescopeFaultState {
  const queue: { route: DescopeRoute; fault: DescopeFault; remaining: number }[] = [];
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
