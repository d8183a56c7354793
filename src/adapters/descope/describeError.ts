/**
 * Reads Descope's error body `{ errorCode, errorDescription, errorMessage }`. Descope answers
 * "user not found" and "already exists" with a plain 400, so the code, not the status, decides.
 */
import type { RosterErrorCode } from '../../core/errors.js';
import type { HttpErrorDetails } from '../http/httpClient.js';
import { DESCOPE_ERROR_CODES } from './wire.js';

const CODES: Record<string, RosterErrorCode> = {
  [DESCOPE_ERROR_CODES.managementUserNotFound]: 'not_found',
  [DESCOPE_ERROR_CODES.userNotFound]: 'not_found',
  [DESCOPE_ERROR_CODES.userAlreadyExists]: 'conflict',
  [DESCOPE_ERROR_CODES.rateLimited]: 'rate_limited',
  [DESCOPE_ERROR_CODES.rateLimitedObserved]: 'rate_limited',
};

export function describeDescopeError(_status: number, body: unknown): HttpErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { errorCode, errorDescription, errorMessage } = body as Record<string, unknown>;
  const description = typeof errorDescription === 'string' && errorDescription.trim() ? errorDescription.trim() : undefined;
  const detail = typeof errorMessage === 'string' && errorMessage.trim() ? errorMessage.trim() : undefined;
  return {
    // Shown as Descope's own widgets show it: "description: detail".
    message: description && detail ? `${description}: ${detail}` : (description ?? detail),
    code: typeof errorCode === 'string' ? CODES[errorCode] : undefined,
  };
}
