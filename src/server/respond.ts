/**
 * Every response the handler sends: JSON that no cache keeps, and failures in the RosterError
 * JSON shape the remote adapter reads back.
 */
import type { RosterError, RosterErrorCode, RosterErrorJson } from '../core/errors.js';

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

/** Retry-After stays within a second and an hour: an adapter's NaN, negative or 1e300 becomes a wait a client can act on. */
const MIN_RETRY_AFTER_MS = 1000;
const MAX_RETRY_AFTER_MS = 3_600_000;

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

/** A whole number of milliseconds in bounds; NaN waits the least, Infinity the most. */
export function boundedRetryAfterMs(ms: number): number {
  if (Number.isNaN(ms)) return MIN_RETRY_AFTER_MS;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(MIN_RETRY_AFTER_MS, Math.ceil(ms)));
}

export function errorResponse(error: RosterError, extraHeaders: Readonly<Record<string, string>> = {}): Response {
  const status = statusForError(error);
  const body: RosterErrorJson = { ...error.toJSON(), status };
  const headers: Record<string, string> = { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...extraHeaders };
  if (typeof error.retryAfterMs === 'number' && (status === 429 || status === 503)) {
    body.retryAfterMs = boundedRetryAfterMs(error.retryAfterMs);
    // Whole seconds, rounded up: waiting a little longer than asked is safe, shorter is not.
    headers['retry-after'] = String(Math.ceil(body.retryAfterMs / 1000));
  } else {
    delete body.retryAfterMs;
  }
  return new Response(JSON.stringify(body), { status, headers });
}
