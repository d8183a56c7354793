/**
 * How the emulator writes answers, in the style of each generation of SSOJet's docs.
 *
 * Legacy (seed 000–002): every page lists its statuses as plain sentences — "400 Bad Request:
 * Invalid email format.", "500 Internal Server Error: An error occurred while processing the
 * request." — and documents no error body, so the legacy emulator answers errors as exactly such
 * a `text/plain` line: `<status> <reason phrase>: <description>`. The legacy docs list only 200,
 * 400 and 500; for what they leave out the emulator chooses, in the same plain-text style:
 *   401 Unauthorized — missing or wrong bearer token or client id (the docs require both);
 *   404 Not Found    — an unknown user id or email (the current docs list 404 for this);
 *   409 Conflict     — creating or renaming onto an email another user has (SSOJet's agent docs
 *                      use 409 for "already exists"; the legacy docs say nothing).
 * Current (OpenAPI, model.APIErrorResponse): `{ error: <status>, error_code, error_description }`.
 */
import { HttpResponse } from 'msw';
import { delay } from '../../../core/abort.js';
import type { SsojetErrorBody } from '../../../adapters/ssojet/wireTypes.js';
import { REASON_PHRASES } from '../shared/reasonPhrases.js';
import type { SsojetFault } from './faults.js';

/** `text`: the legacy docs' plain-text status lines. `json`: the current docs' error object. */
export type SsojetErrorStyle = 'text' | 'json';

/** SSOJet does not enumerate `error_code`; these are the emulator's choices. */
const ERROR_CODES: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
  503: 'service_unavailable',
};

/** The seed's own sentence for a 500, used whenever a failure has nothing more specific to say. */
export const GENERIC_FAILURE = 'An error occurred while processing the request.';

export function ssojetError(style: SsojetErrorStyle, status: number, description: string, headers: Record<string, string> = {}): Response {
  if (style === 'json') {
    const body: SsojetErrorBody = { error: status, error_code: ERROR_CODES[status] ?? 'error', error_description: description };
    return HttpResponse.json(body, { status, headers });
  }
  return HttpResponse.text(`${status} ${REASON_PHRASES[status] ?? 'Error'}: ${description}`, { status, headers });
}

/** A JSON answer; the docs show `application/json` for every success except Manage User Roles. */
export function ssojetJson(body: unknown): Response {
  return HttpResponse.json(body as object);
}

/**
 * Seed 000's Manage User Roles response: "text/plain — Body object {0}", an empty object sent as
 * plain text. (Its prose promises the updated user instead; that reading is the `user` option.)
 */
export function emptyObjectAsText(): Response {
  return HttpResponse.text('{}');
}

export function isInjectedAnswer(fault: SsojetFault): boolean {
  return fault.status !== undefined || fault.body !== undefined || fault.text !== undefined || fault.malformed === true;
}

export function injectedAnswer(fault: SsojetFault, style: SsojetErrorStyle): Response {
  const status = fault.status ?? 200;
  const headers: Record<string, string> = {};
  if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
  if (fault.text !== undefined) return HttpResponse.text(fault.text, { status, headers });
  if (fault.malformed) {
    return new HttpResponse('{"_id": "6694c154565dfee5166d1cc7", "email": "us', { status, headers: { ...headers, 'content-type': 'application/json' } });
  }
  if (fault.body !== undefined) return HttpResponse.json(fault.body, { status, headers });
  if (status >= 400) return ssojetError(style, status, GENERIC_FAILURE, headers);
  return HttpResponse.json({}, { status, headers });
}

/** Waits `ms` (0: not at all), ending early when the request is aborted. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  // The client that went away hears nothing either way; the emulator just stops waiting.
  return delay(ms, signal).catch(() => undefined);
}

/** Thrown inside a resolver to answer with an error in the emulator's style. */
export class Refusal {
  constructor(readonly status: number, readonly description: string) {}
}

export function refuse(status: number, description: string): never {
  throw new Refusal(status, description);
}
