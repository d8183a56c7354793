/**
 * Fault injection for the Auth0 emulator: the next N calls of a route (or of any route) answer with
 * a chosen failure instead of doing their work, and every answer can be slowed down. The queue is
 * the emulators' shared one (../shared/faultQueue.ts); what a fault may say is Auth0's.
 */
import type { Auth0Path } from '../../../adapters/auth0/wire.js';
import { createFaultQueue, type FaultController, type FaultQueue, type InjectedFault } from '../shared/faultQueue.js';

export type Auth0Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A route as `METHOD /path` with Auth0's path template (below `/api/v2`), or `*` for any. */
export type Auth0Route = `${Auth0Method} ${Auth0Path}` | 'POST /oauth/token' | '*';

type Auth0CallRoute = Exclude<Auth0Route, '*'>;

/**
 * A failure to answer with. Defaults: status 500 (200 with `malformed`, 502 with `html`) and an
 * Auth0 error body fitting the status.
 */
export interface Auth0Fault extends Omit<InjectedFault, 'retryAfterSeconds'> {
  /**
   * Seconds sent as `Retry-After` on a 429 (default 1); null sends none, leaving only the
   * `X-RateLimit-Reset` Auth0 documents.
   */
  retryAfterSeconds?: number | null;
}

export interface Auth0FaultController extends FaultController<Auth0CallRoute, Auth0Fault> {}

export type Auth0FaultState = FaultQueue<Auth0CallRoute, Auth0Fault>;

export const createAuth0Faults = (): Auth0FaultState => createFaultQueue<Auth0CallRoute, Auth0Fault>();
