/**
 * Fault injection shared by every emulator: the next N calls of a route (or of any route, `'*'`)
 * answer with a chosen failure instead of doing their work, and every answer can be slowed down.
 * What a fault holds and how it is answered is each vendor's (their docs differ); the queue is one.
 */

/** What every emulator's fault can say; each vendor's fault type documents its own defaults. */
export interface InjectedFault {
  /** HTTP status to answer with. */
  status?: number;
  /** Body to send instead of the vendor's error body for the status. */
  body?: unknown;
  /** Sent as `Retry-After` (delay-seconds). */
  retryAfterSeconds?: number;
  /** Answer with a truncated body that is not valid JSON. */
  malformed?: true;
  /**
   * Answer with an HTML error page instead of JSON (status 502 unless `status` says otherwise), as
   * a proxy in front of the vendor does; a string is the page itself. Only emulators that answer
   * through `answerCommonFault` (./faultResponse.ts) honour it.
   */
  html?: true | string;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface FaultController<Route extends string, Fault> {
  /** Makes the next `times` calls of `route` (any route for `'*'`) meet `fault`. */
  failNext(route: Route | '*', fault: Fault, times?: number): void;
  /** Added before every answer, faults or not. */
  setLatency(ms: number): void;
  /** Drops every pending fault and the latency. */
  clear(): void;
}

export interface FaultQueue<Route extends string, Fault> extends FaultController<Route, Fault> {
  /** The fault for this call of `route`, if one is pending; consumes one of its `times`. */
  take(route: Route): Fault | undefined;
  latencyMs(): number;
  /** The part a test drives, without `take`. */
  readonly controller: FaultController<Route, Fault>;
}

export function createFaultQueue<Route extends string, Fault extends object>(): FaultQueue<Route, Fault> {
  const pending: { route: Route | '*'; fault: Fault; remaining: number }[] = [];
  let latency = 0;
  const controller: FaultController<Route, Fault> = {
    failNext(route, fault, times = 1) {
      if (times > 0) pending.push({ route, fault: { ...fault }, remaining: times });
    },
    setLatency(ms) {
      latency = Math.max(0, ms);
    },
    clear() {
      pending.length = 0;
      latency = 0;
    },
  };
  return {
    ...controller,
    controller,
    latencyMs: () => latency,
    take(route) {
      const index = pending.findIndex((p) => p.route === '*' || p.route === route);
      if (index < 0) return undefined;
      const entry = pending[index]!;
      entry.remaining -= 1;
      if (entry.remaining === 0) pending.splice(index, 1);
      return entry.fault;
    },
  };
}
