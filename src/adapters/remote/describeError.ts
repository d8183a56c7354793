/**
 * Reads the handler's `RosterErrorJson` body back into the details the HTTP client builds its
 * RosterError from, so a code chosen on the server (say `invalid_input` with field messages) is the
 * code the browser sees, not one guessed again from the status.
 */
import { isRosterErrorCode, type RosterErrorJson } from '../../core/errors.js';
import type { HttpErrorDetails } from '../http/httpClient.js';

export function isRosterErrorJson(body: unknown): body is RosterErrorJson {
  return typeof body === 'object' && body !== null && isRosterErrorCode((body as { code?: unknown }).code);
}

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

export function describeRemoteError(_status: number, body: unknown): HttpErrorDetails | undefined {
  if (!isRosterErrorJson(body)) return undefined;
  return {
    code: body.code,
    message: typeof body.message === 'string' && body.message ? body.message : undefined,
    fieldErrors: stringRecord(body.fieldErrors),
  };
}

/**
 * `Retry-After` is not a CORS-safelisted response header, so a cross-origin page cannot read it
 * unless the host exposes it; the same delay in the body is the fallback.
 */
export function retryAfterFromBody(body: unknown): number | undefined {
  if (!isRosterErrorJson(body)) return undefined;
  const ms = body.retryAfterMs;
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}
