/**
 * Reads the Management API's error body `{ statusCode, error, message, errorCode }` (and the token
 * endpoint's `{ error, error_description }`) into a message for the server log and, where the
 * `errorCode` says more than the status, a more exact code. The server handler never shows this
 * text to a browser as is (src/server/safeErrors.ts).
 */
import type { RosterErrorCode } from '../../core/errors.js';
import type { HttpErrorDetails } from '../http/httpClient.js';
import { cleanVendorMessage as clean } from '../http/vendorMessage.js';
import { AUTH0_ERROR_CODES } from './wire.js';

const CODES: Record<string, RosterErrorCode> = {
  [AUTH0_ERROR_CODES.inexistentUser]: 'not_found',
  [AUTH0_ERROR_CODES.inexistentRole]: 'not_found',
  [AUTH0_ERROR_CODES.inexistentOrganization]: 'not_found',
  [AUTH0_ERROR_CODES.insufficientScope]: 'forbidden',
  [AUTH0_ERROR_CODES.tooManyRequests]: 'rate_limited',
};

export function describeAuth0Error(_status: number, body: unknown): HttpErrorDetails | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { message, errorCode, error_description: description } = body as Record<string, unknown>;
  return {
    message: clean(message) ?? clean(description),
    code: typeof errorCode === 'string' ? CODES[errorCode] : undefined,
  };
}
