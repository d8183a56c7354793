/**
 * Injected failures and slowness, so tests and stories can show every failure path of the SSOJet
 * adapter through its real HTTP code.
 */
import { createFaultQueue, type FaultController, type FaultQueue, type InjectedFault } from '../shared/faultQueue.js';

/** One name per emulated endpoint. */
export type SsojetRoute =
  | 'listUsers'
  | 'getUser'
  | 'getUserByEmail'
  | 'createUser'
  | 'updateUser'
  | 'verifyUser'
  | 'listLoginLogs'
  | 'deleteUser'
  | 'setUserRoles'
  | 'listUserOrganizations'
  | 'listRoles'
  | 'createRole'
  | 'updateRole'
  | 'deleteRole'
  | 'listPermissions'
  | 'createPermission'
  | 'updatePermission'
  | 'deletePermission'
  | 'listOrganizations'
  | 'getOrganization'
  | 'createOrganization'
  | 'updateOrganization'
  | 'deleteOrganization';

/**
 * A failure to answer with. The status is 200 when only `body`, `text` or `malformed` is given;
 * with none of those, the real handler answers, after `delayMs`. The default body for statuses
 * ≥ 400 is the emulator's error in its configured style (plain text for the legacy API, the
 * error object for the current one), else `{}`.
 */
export interface SsojetFault extends InjectedFault {
  /** A `text/plain` body instead, verbatim: for answers no JSON can express. */
  text?: string;
}

/** What a test drives: `failNext(route, fault, times)`, `setLatency(ms)`, `clear()`. */
export interface SsojetFaults extends FaultController<SsojetRoute, SsojetFault> {}

export type SsojetFaultQueue = FaultQueue<SsojetRoute, SsojetFault>;

export const createSsojetFaults = (): SsojetFaultQueue => createFaultQueue<SsojetRoute, SsojetFault>();
