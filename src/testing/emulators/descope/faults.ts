/**
 * Fault injection for the Descope emulator: the next N calls of a route (or of any route) answer
 * with a chosen failure instead of doing their work, and every answer can be slowed down.
 */
import type { DescopePath } from '../../../adapters/descope/wire.js';
import { createFaultQueue, type FaultController, type FaultQueue, type InjectedFault } from '../shared/faultQueue.js';

export type DescopeRoute = DescopePath | '*';

/**
 * A failure to answer with. Defaults: status 500 (200 with `malformed`), a Descope error body
 * fitting the status, and `Retry-After: 1` on a 429, as Descope sends it.
 */
export interface DescopeFault extends InjectedFault {}

export interface DescopeFaultController extends FaultController<DescopePath, DescopeFault> {}

export type DescopeFaultState = FaultQueue<DescopePath, DescopeFault>;

export const createDescopeFaults = (): DescopeFaultState => createFaultQueue<DescopePath, DescopeFault>();
