/**
 * Fault injection for the WorkOS emulator: the next N calls of a route (or of any route) answer
 * with a chosen failure instead of doing their work, and every answer can be slowed down.
 */
import type { WorkOSPath } from '../../../adapters/workos/wire.js';

/** A route is a method and a path template, e.g. `GET /user_management/users`; `*` is any. */
export type WorkOSRoute = `${'GET' | 'POST' | 'PUT' | 'DELETE'} ${WorkOSPath}` | '*';

export interface WorkOSFault {
  /** HTTP status to answer with. Default 500, or 200 for `malformed` and `html`. */
  status?: number;
  /** Body to send; defaults to a WorkOS error body fitting the status. */
  body?: unknown;
  /** Sent as `Retry-After` (seconds). Default 1 on a 429. */
  retryAfterSeconds?: number;
  /** Answer with JSON cut off half-way. */
  malformed?: true;
  /** Answer with an HTML page, as a proxy in front of WorkOS does on a 502. */
  html?: true;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface WorkOSFaultController {
  failNext(route: WorkOSRoute, fault: WorkOSFault, times?: number): void;
  /** Added before every answer, faults or not. */
  setLatency(ms: number): void;
  clear(): void;
}

export interface WorkOSFaultState extends WorkOSFaultController {
  /** The fault for this call of `route`, used up as it is taken. */
  take(route: Exclude<WorkOSRoute, '*'>): WorkOSFault | undefined;
  readonly latencyMs: number;
}

export function createWorkOSFaults(): WorkOSFaultState {
  const queue: { route: WorkOSRoute; fault: WorkOSFault; remaining: number }[] = [];
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
