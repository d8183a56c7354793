/**
 * How the Auth0 emulator fails, as the Management API does: `{ statusCode, error, message,
 * errorCode }` with the status the reference gives, the rate-limit headers on every answer, and
 * the injected faults.
 */
import { HttpResponse } from 'msw';
import { AUTH0_ERROR_CODES as CODES, type Auth0ErrorBody } from '../../../adapters/auth0/wire.js';
import { answerCommonFault } from '../shared/faultResponse.js';
import { readJsonBody, type JsonBody } from '../shared/jsonBody.js';
import { REASON_PHRASES } from '../shared/reasonPhrases.js';
import type { Auth0Fault } from './faults.js';

export type Body = JsonBody;

export class Auth0Failure {
  readonly body: Auth0ErrorBody;
  constructor(
    readonly status: number,
    message: string,
    errorCode?: string,
  ) {
    this.body = { statusCode: status, error: REASON_PHRASES[status] ?? 'Error', message, ...(errorCode ? { errorCode } : {}) };
  }
}

export const badRequest = (message: string, errorCode: string = CODES.invalidBody) => new Auth0Failure(400, message, errorCode);
export const payloadError = (detail: string) => badRequest(`Payload validation error: ${detail}`, CODES.invalidBody);
export const queryError = (detail: string) => badRequest(`Query validation error: ${detail}`, CODES.invalidQuery);
export const userNotFound = () => new Auth0Failure(404, 'The user does not exist.', CODES.inexistentUser);
export const organizationNotFound = () => new Auth0Failure(404, 'No organization found by that id or name', CODES.inexistentOrganization);
export const roleNotFound = () => new Auth0Failure(404, 'The role does not exist.', CODES.inexistentRole);

/** Rate-limit headers, which Auth0 sends with every Management API answer. */
export interface RateLimitHeaders {
  'x-ratelimit-limit': string;
  'x-ratelimit-remaining': string;
  'x-ratelimit-reset': string;
}

export interface RateLimiter {
  /** Counts one call; the headers to send, and whether the call is over the limit. */
  hit(): { headers: RateLimitHeaders; limited: boolean; retryAfterSeconds: number };
  reset(): void;
}

/** A fixed window of `limit` calls per `windowSeconds`, as Auth0's per-tenant buckets behave. */
export function createRateLimiter(limit: number, windowSeconds: number): RateLimiter {
  let windowStart = 0;
  let used = 0;
  return {
    hit() {
      const now = Date.now();
      if (now - windowStart >= windowSeconds * 1000) {
        windowStart = now;
        used = 0;
      }
      used++;
      const resetAt = windowStart + windowSeconds * 1000;
      return {
        headers: {
          'x-ratelimit-limit': String(limit),
          'x-ratelimit-remaining': String(Math.max(0, limit - used)),
          'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)),
        },
        limited: used > limit,
        retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
      };
    },
    reset() {
      windowStart = 0;
      used = 0;
    },
  };
}

export function tooManyRequests(headers: RateLimitHeaders, retryAfterSeconds: number | null): Response {
  const failure = new Auth0Failure(429, 'Global limit has been reached', CODES.tooManyRequests);
  const extra: Record<string, string> = retryAfterSeconds === null ? {} : { 'retry-after': String(retryAfterSeconds) };
  return HttpResponse.json(failure.body, { status: 429, headers: { ...headers, 'x-ratelimit-remaining': '0', ...extra } });
}

export async function faultResponse(fault: Auth0Fault, headers: RateLimitHeaders): Promise<Response> {
  const common = await answerCommonFault(fault, { truncatedJson: '{"start":0,"limit":50,"users":[{"user_id":"auth0|', headers: { ...headers } });
  if (common) return common;
  const status = fault.status ?? 500;
  if (status === 429 && fault.body === undefined) return tooManyRequests(headers, fault.retryAfterSeconds === undefined ? 1 : fault.retryAfterSeconds);
  const extra: Record<string, string> = typeof fault.retryAfterSeconds === 'number' ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
  const body = fault.body ?? new Auth0Failure(status, status >= 500 ? 'Internal error' : 'Bad request').body;
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: { ...headers, ...extra } });
}

/** The JSON object a write sends; Auth0 answers a body it cannot parse with a plain 400. */
export function readBody(request: Request): Promise<Body> {
  return readJsonBody(
    request,
    (problem) => {
      throw problem === 'not-json' ? new Auth0Failure(400, 'Invalid request payload JSON format') : payloadError('Expected type object but found type array or scalar.');
    },
    { emptyIsObject: true },
  );
}

/** A required non-empty array of strings, as `roles` and `members` bodies hold. */
export function idList(body: Body, key: string): string[] {
  const value = body[key];
  if (value === undefined) throw payloadError(`Missing required property: ${key}`);
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw payloadError(`Expected type array of strings on property ${key}`);
  if (value.length === 0) throw payloadError(`Array is too short (0), minimum 1 on property ${key}`);
  return [...new Set(value as string[])];
}
