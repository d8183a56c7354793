/**
 * Fault injection for the Clerk emulator: the next N calls of a route (`'GET /users'`,
 * `'POST /users/:id/ban'` … or `'*'`) answer with a chosen failure instead of doing their work, and
 * every answer can be slowed down.
 */
import type { ClerkFault } from './failures.js';

/** A route as the handlers name it: the method and the path pattern under `/v1`. */
export type ClerkRoute = `${'GET' | 'POST' | 'PATCH' | 'DELETE'} /${string}` | '*';

export interface ClerkFaultController {
  failNext(route: ClerkRoute, fault: ClerkFault, times?: number): void;
  /** Added before every answer, faults or not. */
  setLatency(ms: number): void;
  clear(): void;
}

export interface ClerkFaultState extends ClerkFaultController {
  /** The fault for this call of `route`, used up as it is taken. */
  take(route: ClerkRoute): ClerkFault | undefined;
  readonly latencyMs: number;
}

export function createClerkFaults(): ClerkFaultState {
  const queue: { route: ClerkRoute; fault: ClerkFault; remaining: number }[] = [];
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
