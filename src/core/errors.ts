/**
 * Every failure that crosses the adapter boundary is a RosterError with a code from this closed
 * set, so hooks can decide about retries and components can pick a message without parsing text.
 */
export const ROSTER_ERROR_CODES = [
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'invalid_input',
  'server',
  'bad_response',
  'unsupported',
] as const;

export type RosterErrorCode = (typeof ROSTER_ERROR_CODES)[number];

export interface RosterErrorOptions {
  /** A human message that is safe to show to an admin (never contains secrets or raw bodies). */
  message?: string;
  status?: number;
  /** For `rate_limited`: how long the backend asked us to wait. */
  retryAfterMs?: number;
  /** For `invalid_input`: messages per input field. */
  fieldErrors?: Record<string, string>;
  cause?: unknown;
}

const DEFAULT_MESSAGES: Record<RosterErrorCode, string> = {
  network: 'The identity provider could not be reached.',
  timeout: 'The identity provider took too long to answer.',
  unauthorized: 'Your session is not valid for this action. Sign in again.',
  forbidden: 'You are not allowed to do this.',
  not_found: 'The item was not found.',
  conflict: 'This conflicts with an existing item.',
  rate_limited: 'Too many requests. Try again shortly.',
  invalid_input: 'Some fields are not valid.',
  server: 'The identity provider failed to handle the request.',
  bad_response: 'The identity provider answered with something unexpected.',
  unsupported: 'This identity provider does not support this action.',
};

export class RosterError extends Error {
  override readonly name = 'RosterError';
  readonly code: RosterErrorCode;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly fieldErrors: Record<string, string> | undefined;

  constructor(code: RosterErrorCode, options: RosterErrorOptions = {}) {
    super(options.message ?? DEFAULT_MESSAGES[code], { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.fieldErrors = options.fieldErrors;
  }

  /** The JSON shape the server handler sends and the remote adapter reads back. */
  toJSON(): RosterErrorJson {
    return {
      code: this.code,
      message: this.message,
      ...(this.status !== undefined && { status: this.status }),
      ...(this.retryAfterMs !== undefined && { retryAfterMs: this.retryAfterMs }),
      ...(this.fieldErrors !== undefined && { fieldErrors: this.fieldErrors }),
    };
  }
}

export interface RosterErrorJson {
  code: RosterErrorCode;
  message: string;
  status?: number;
  retryAfterMs?: number;
  fieldErrors?: Record<string, string>;
}

export function isRosterError(value: unknown): value is RosterError {
  return value instanceof RosterError;
}

/**
 * `error` as a RosterError: itself when it is one, else a `server` error that keeps it as the
 * cause (and `message`, when given, as the safe text). Callers that must let an AbortError through
 * check `isAbortError` first.
 */
export function toRosterError(error: unknown, message?: string): RosterError {
  return isRosterError(error) ? error : new RosterError('server', { message, cause: error });
}

export function isRosterErrorCode(value: unknown): value is RosterErrorCode {
  return typeof value === 'string' && (ROSTER_ERROR_CODES as readonly string[]).includes(value);
}

/** True for the rejection an aborted AbortSignal causes (DOMException or a plain AbortError). */
export function isAbortError(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'AbortError'
  );
}

/** The code an HTTP status maps to. */
export function errorCodeForStatus(status: number): RosterErrorCode {
  if (status === 400 || status === 422) return 'invalid_input';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 501) return 'unsupported';
  if (status >= 500) return 'server';
  return 'bad_response';
}

/** Whether repeating the same read could succeed: transient failures yes, client errors never. */
export function isRetryable(error: unknown): boolean {
  if (!isRosterError(error)) return false;
  return (
    error.code === 'network' ||
    error.code === 'timeout' ||
    error.code === 'server' ||
    error.code === 'rate_limited'
  );
}

/** Rejects with the signal's reason when it is (or becomes) aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

export function abortReason(signal: AbortSignal): unknown {
  if (isAbortError(signal.reason)) return signal.reason;
  return new DOMException('The operation was aborted.', 'AbortError');
}
