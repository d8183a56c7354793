/**
 * Injected failures and slowness, so tests and stories can show every failure path of the SSOJet
 * adapter through its real HTTP code.
 */

/** One name per emulated endpoint. */
export type SsojetRoute =
  | 'listUsers'
  | 'getUser'
  | 'getUserByEmail'
  | 'createUser'
  | 'updateUser'
  | 'verifyUser'
  | 'deleteUser'
  | 'setUserRoles'
  | 'listUserOrganizations'
  | 'listRoles'
  | 'listPermissions'
  | 'listOrganizations';

export interface SsojetFault {
  /**
   * Status of the injected answer (200 when only `body`, `text` or `malformed` is given). With
   * none of those, the real handler answers, after `delayMs`.
   */
  status?: number;
  /**
   * JSON body of the injected answer. Default: for statuses ≥ 400 the emulator's error in its
   * configured style (plain text for the legacy API, the error object for the current one), else `{}`.
   */
  body?: unknown;
  /** A `text/plain` body instead, verbatim: for answers no JSON can express. */
  text?: string;
  /** Sent as `Retry-After` (delay-seconds). */
  retryAfterSeconds?: number;
  /** Answer with a truncated JSON text instead. */
  malformed?: true;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface SsojetFaults {
  /** Makes the next `times` requests to `route` (any route for `'*'`) meet `fault`. */
  failNext(route: SsojetRoute | '*', fault: SsojetFault, times?: number): void;
  /** Delays every request by `ms`. */
  setLatency(ms: number): void;
  /** Drops every pending fault and the latency. */
  clear(): void;
}

export interface SsojetFaultQueue extends SsojetFaults {
  latencyMs(): number;
  /** The fault for this request, if one is pending; consumes one of its `times`. */
  take(route: SsojetRoute): SsojetFault | undefined;
}

export function createFaultQueue(): SsojetFaultQueue {
  const pending: { route: SsojetRoute | '*'; fault: SsojetFault; remaining: number }[] = [];
  let latency = 0;
  return {
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
