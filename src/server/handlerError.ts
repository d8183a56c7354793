/**
 * The handler's own refusals. Their messages and field errors are written in this folder, so they
 * are safe to send as they are; any other RosterError came from the adapter or a host hook and
 * crosses to the browser only through `browserError` (./safeErrors.ts).
 */
import { RosterError, type RosterErrorCode, type RosterErrorOptions } from '../core/errors.js';

export interface HandlerErrorOptions extends RosterErrorOptions {
  /** Response headers this refusal needs, e.g. `Allow` on a 405. */
  headers?: Readonly<Record<string, string>>;
}

export class HandlerError extends RosterError {
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: RosterErrorCode, options: HandlerErrorOptions = {}) {
    super(code, options);
    this.headers = options.headers ?? {};
  }
}

export function isHandlerError(error: unknown): error is HandlerError {
  return error instanceof HandlerError;
}
