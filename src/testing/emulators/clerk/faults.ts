/**
 * Fault injection for the Clerk emulator: the next N calls of a route (`'GET /users'`,
 * `'POST /users/:id/ban'` … or `'*'`) answer with a chosen failure instead of doing their work, and
 * every answer can be slowed down. The queue is the emulators' shared one (../shared/faultQueue.ts).
 */
import { createFaultQueue, type FaultController, type FaultQueue, type InjectedFault } from '../shared/faultQueue.js';

/** A route as the handlers name it: the method and the path pattern under `/v1`. */
export type ClerkRoute = `${'GET' | 'POST' | 'PATCH' | 'DELETE'} /${string}` | '*';

type ClerkCallRoute = Exclude<ClerkRoute, '*'>;

/**
 * A failure to answer with. Defaults: status 500 (200 with `malformed`, 502 with `html`), a Clerk
 * error body fitting the status, and `Retry-After: 10` on a 429, as Clerk sends it.
 */
export interface ClerkFault extends InjectedFault {}

export interface ClerkFaultController extends FaultController<ClerkCallRoute, ClerkFault> {}

export type ClerkFaultState = FaultQueue<ClerkCallRoute, ClerkFault>;

export const createClerkFaults = (): ClerkFaultState => createFaultQueue<ClerkCallRoute, ClerkFault>();
