/**
 * How the Descope emulator fails, as Descope does: its error body `{ errorCode, errorDescription,
 * errorMessage }` with the status and code the reference gives, and the injected faults.
 */
import { delay, HttpResponse } from 'msw';
import { DESCOPE_ERROR_CODES as CODES, type DescopeErrorBody } from '../../../adapters/descope/wire.js';
import { readJsonBody } from '../shared/jsonBody.js';
import type { DescopeFault } from './faults.js';

export type Body = Record<string, unknown>;

export class DescopeFailure {
  constructor(
    readonly status: number,
    readonly body: DescopeErrorBody,
  ) {}
}

export const failure = (status: number, errorCode: string, errorDescription: string, errorMessage?: string) =>
  new DescopeFailure(status, { errorCode, errorDescription, ...(errorMessage ? { errorMessage } : {}) });

// Descope answers management errors with 400 and tells them apart by code (reference §1.3).
export const missingArgument = (name: string) => failure(400, CODES.missingArguments, 'Missing arguments', `${name} is required`);
export const invalidRequest = (detail: string) => failure(400, CODES.invalidRequest, 'Invalid request', detail);
export const userNotFound = (detail?: string) => failure(400, CODES.managementUserNotFound, 'User not found', detail);
export const unauthorized = (detail: string) => failure(401, CODES.invalidRequest, 'Unauthorized', detail);
export const forbidden = (detail: string) => failure(403, CODES.invalidRequest, 'Forbidden', detail);

function defaultFaultBody(status: number): DescopeErrorBody {
  if (status === 429) return { errorCode: CODES.rateLimited, errorDescription: 'Rate limit exceeded' };
  if (status === 401) return { errorCode: CODES.invalidRequest, errorDescription: 'Unauthorized' };
  if (status === 403) return { errorCode: CODES.invalidRequest, errorDescription: 'Forbidden' };
  if (status < 500) return { errorCode: CODES.badRequest, errorDescription: 'Bad request' };
  return { errorCode: 'E010001', errorDescription: 'Internal server error' };
}

export async function faultResponse(fault: DescopeFault): Promise<Response> {
  if (fault.delayMs) await delay(fault.delayMs);
  if (fault.malformed) {
    return new HttpResponse('{"users": [{"userId": "U2', { status: fault.status ?? 200, headers: { 'content-type': 'application/json' } });
  }
  const status = fault.status ?? 500;
  const headers: Record<string, string> = {};
  if (status === 429 || fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds ?? 1);
  return HttpResponse.json((fault.body ?? defaultFaultBody(status)) as Record<string, unknown>, { status, headers });
}

export function readBody(request: Request): Promise<Body> {
  return readJsonBody(
    request,
    (problem) => {
      throw failure(400, CODES.badRequest, 'Bad request', problem === 'not-json' ? 'The body is not valid JSON' : 'The body must be a JSON object');
    },
    { emptyIsObject: true },
  );
}

export function optionalString(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidRequest(`${key} must be a string`);
  return value;
}

export function stringList(value: unknown, key: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalidRequest(`${key} must be an array of strings`);
  return [...new Set(value as string[])];
}

/**
 * Descope documents no codes for an unknown or a duplicate role, permission or tenant. The emulator
 * answers both as the validation failure they most likely are (400, E011003), as it does an unknown
 * tenant on load; the adapter checks first and never relies on them.
 */
export const notFound = (what: string, name: string) => invalidRequest(`${what} not found: ${name}`);
export const alreadyExists = (what: string, name: string) => invalidRequest(`${what} already exists: ${name}`);

/**
 * Strict to the fields the SDK and the widgets send on the definition routes: a field outside
 * `allowed` is refused, so an adapter cannot drift from the documented body unnoticed. (Whether
 * Descope itself ignores or refuses unknown fields is not documented.)
 */
export function onlyFields(body: Body, allowed: readonly string[]): void {
  const unknown = Object.keys(body).filter((key) => !allowed.includes(key));
  if (unknown.length) throw invalidRequest(`Unknown field: ${unknown.join(', ')}`);
}

export function requiredString(body: Body, key: string): string {
  const value = optionalString(body, key);
  if (!value) throw missingArgument(key);
  return value;
}

export function optionalBoolean(body: Body, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidRequest(`${key} must be a boolean`);
  return value;
}

/** A list of names in a body (absent: none); duplicates kept once, in order. */
export function optionalStringList(body: Body, key: string): string[] | undefined {
  const value = body[key];
  return value === undefined || value === null ? undefined : stringList(value, key);
}
