/**
 * How the Clerk emulator fails, as Clerk does: `{ errors: [{ code, message, long_message, meta }],
 * clerk_trace_id }` with the status and code of Clerk's error index, plus the injected faults
 * (an error status, a 429 with Retry-After, a proxy's HTML page, a body cut short).
 */
import { HttpResponse } from 'msw';
import { CLERK_ERROR_CODES as CODES, type ClerkErrorEntry } from '../../../adapters/clerk/wire.js';
import { answerCommonFault } from '../shared/faultResponse.js';
import { readJsonBody, type JsonBody } from '../shared/jsonBody.js';
import type { ClerkFault } from './faults.js';

export type Body = JsonBody;

export class ClerkFailure {
  constructor(
    readonly status: number,
    readonly error: ClerkErrorEntry,
  ) {}
}

export const failure = (status: number, code: string, message: string, long_message: string, meta?: Record<string, unknown>) =>
  new ClerkFailure(status, { code, message, long_message, ...(meta ? { meta } : {}) });

export const notFound = () => failure(404, CODES.notFound, 'not found', 'Resource not found');
export const headerFormatInvalid = () =>
  failure(401, CODES.headerFormatInvalid, 'Invalid Authorization header format', "Invalid Authorization header format. Must be 'Bearer <YOUR_API_KEY>'");
export const keyInvalid = () =>
  failure(401, CODES.keyInvalid, 'The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.', 'The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.');
export const paramMissing = (param: string) => failure(422, CODES.paramMissing, 'missing required parameter', `${param} must be included.`, { param_name: param });
export const paramFormatInvalid = (param: string, detail: string) => failure(422, CODES.paramFormatInvalid, 'is invalid', detail, { param_name: param });
export const paramValueInvalid = (param: string, detail: string) => failure(422, CODES.paramValueInvalid, 'is invalid', detail, { param_name: param });
export const paramUnknown = (param: string) => failure(422, CODES.paramUnknown, 'is unknown', `${param} is not a valid parameter for this request.`, { param_name: param });
export const identifierExists = (param: string) => failure(422, CODES.identifierExists, 'That email address is taken. Please try another.', 'That email address is taken. Please try another.', { param_name: param });
export const alreadyMember = () => failure(400, CODES.alreadyMember, 'already a member', 'User is already a member of the organization.');

let traces = 0;
/** Clerk tags every error with a trace id; a counter keeps the emulator deterministic. */
export function errorBody(error: ClerkErrorEntry): Record<string, unknown> {
  traces += 1;
  return { errors: [error], clerk_trace_id: `emulator-${traces.toString(16).padStart(8, '0')}` };
}

export function failureResponse(failure: ClerkFailure): Response {
  return HttpResponse.json(errorBody(failure.error), { status: failure.status });
}

function defaultFaultError(status: number): ClerkErrorEntry {
  if (status === 429) return { code: CODES.tooManyRequests, message: 'Too many requests', long_message: 'Too many requests, retry later' };
  if (status === 401) return keyInvalid().error;
  if (status === 404) return notFound().error;
  if (status < 500) return { code: 'request_invalid', message: 'Request invalid', long_message: 'The request was not valid.' };
  return { code: CODES.unexpected, message: 'Oops, an unexpected error occurred', long_message: "There was an internal error on our servers. We've been notified and are working on fixing it." };
}

export async function faultResponse(fault: ClerkFault): Promise<Response> {
  const common = await answerCommonFault(fault, { truncatedJson: '[{"id":"user_2trunc","object":"user","email_addresses":[{"id":"idn_' });
  if (common) return common;
  const status = fault.status ?? 500;
  const headers: Record<string, string> = {};
  if (status === 429 || fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds ?? 10);
  const body = fault.body !== undefined ? fault.body : errorBody(defaultFaultError(status));
  return HttpResponse.json(body as Record<string, unknown>, { status, headers });
}

export function readBody(request: Request): Promise<Body> {
  return readJsonBody(
    request,
    (problem) => {
      throw failure(400, 'malformed_request', 'malformed request', problem === 'not-json' ? 'The request body is not valid JSON.' : 'The request body must be a JSON object.');
    },
    { emptyIsObject: true },
  );
}

/** A string field of a body, or undefined; anything else than a string or null is refused. */
export function optionalString(body: Body, key: string): string | null | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (value !== null && typeof value !== 'string') throw paramFormatInvalid(key, `${key} must be a string.`);
  return value;
}

export function stringList(value: unknown, param: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw paramFormatInvalid(param, `${param} must be an array of strings.`);
  return value as string[];
}

export function metadataObject(value: unknown, param: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw paramFormatInvalid(param, `${param} must be an object.`);
  return value as Record<string, unknown>;
}

/** Clerk refuses a parameter the endpoint does not take (`form_param_unknown`), naming it. */
export function onlyParams(names: Iterable<string>, allowed: readonly string[]): void {
  for (const name of names) if (!allowed.includes(name)) throw paramUnknown(name);
}

/** A boolean field of a body, or undefined; null is left out, as Clerk's nullable booleans are. */
export function optionalBoolean(body: Body, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw paramFormatInvalid(key, `${key} must be a boolean.`);
  return value;
}
