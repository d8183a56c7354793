/**
 * Fault injection for the WorkOS emulator: the next N calls of a route (or of any route) answer
 * with a chosen failure instead of doing their work, and every answer can be slowed down. The
 * queue is the emulators' shared one (../shared/faultQueue.ts).
 */
import type { WorkOSPath } from '../../../adapters/workos/wire.js';
import { createFaultQueue, type FaultController, type FaultQueue, type InjectedFault } from '../shared/faultQueue.js';

/** A route is a method and a path template, e.g. `GET /user_management/users`; `*` is any. */
export type WorkOSRoute = `${'GET' | 'POST' | 'PUT' | 'DELETE'} ${WorkOSPath}` | '*';

type WorkOSCallRoute = Exclude<WorkOSRoute, '*'>;

/**
 * A failure to answer with. Defaults: status 500 (200 with `malformed`, 502 with `html`), a
 * WorkOS error body fitting the status, and `Retry-After: 1` on a 429.
 */
export interface WorkOSFault extends InjectedFault {}

export interface WorkOSFaultController extends FaultController<WorkOSCallRoute, WorkOSFault> {}

export type WorkOSFaultState = FaultQueue<WorkOSCallRoute, WorkOSFault>;

export const createWorkOSFaults = (): WorkOSFaultState => createFaultQueue<WorkOSCallRoute, WorkOSFault>();
