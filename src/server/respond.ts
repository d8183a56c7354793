/**
 * Every response the handler sends: JSON that no cache keeps, and failures in the RosterError
 * JSON shape the remote adapter reads back.
 */
import { RosterError, type RosterErrorCode, type RosterErrorJson } from '../core/errors.js';

const STATUS_FOR_CODE: Record<RosterErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  server: 500,
  unsupported: 501,
  network: 502,
  bad_response: 502,
  timeout: 504,
};

// User records are personal data: never kept by a shared cache, never sniffed into HTML.
const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8' },
  });
}

export function noContentResponse(): Response {
  return new Response(null, { status: 204, headers: BASE_HEADERS });
}

/** The error's own HTTP status when it has a plausible one, else the usual one for its code. */
export function statusForError(error: RosterError): number {
  const own = error.status;
  return own !== undefined && Number.isInteger(own) && own >= 400 && own <= 599 ? own : STATUS_FOR_CODE[error.code];
}

export function errorResponse(error: RosterError, extraHeaders: Record<string, string> = {}): Response {
  const status = statusForError(error);
  const body: RosterErrorJson = { ...error.toJSON(), status };
  const headers: Record<string, string> = { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...extraHeaders };
  if (error.retryAfterMs !== undefined && (status === 429 || status === 503)) {
    // Whole seconds, rounded up: waiting a little longer than asked is safe, shorter is not.
    headers['retry-after'] = String(Math.max(0, Math.ceil(error.retryAfterMs / 1000)));
  }
  return new Response(JSON.stringify(body), { status, headers });
}
