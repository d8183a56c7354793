/**
 * Reads the Management API's error body `{ statusCode, error, message, errorCode }` (and the token
 * endpoint's `{ error, error_description }`) into a message for the server log and, where the
 * `errorCode` says more than the status, a more exact code. The server handler never shows this
 * text to a browser as is (src/server/safeErrors.ts).
 */
import type { RosterErrorCode } from '../../core/errors.js';
import type { HttpErrorDetails } from '../http/httpClient.js';
import { AUTH0_ERROR_CODES } from './wire.js';

const MAX_MESSAGE_LENGTH = 200;

const CODES: Record<string, RosterErrorCode> = {
  [AUTH0_ERROR_CODES.inexistentUser]: 'not_found',
  [AUTH0_ERROR_CODES.inexistentRole]: 'not_found',
  [AUTH0_ERROR_CODES.inexistentOrganization]: 'not_found',
  [AUTH0_ERROR_CODES.insufficientScope]: 'forbidden',
  [AUTH0_ERROR_CODES.tooManyRequests]: 'rate_limited',
};

function clean(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '' || text.startsWith('<')) return undefined;
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
}

export function describeAuth0Error(_status: number, body: unknown): HttpErrorDetails | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { message, errorCode, error_description: description } = body as Record<string, unknown>;
  return {
    message: clean(message) ?? clean(description),
    code: typeof errorCode === 'string' ? CODES[errorCode] : undefined,
  };
}
