/**
 * How the WorkOS emulator fails, as the API reference describes it: `{ code, message }` bodies
 * (with `errors` on validation failures), `{ message }` on 404, the statuses the reference gives
 * per call, `Retry-After` on 429, and the injected faults.
 */
import { HttpResponse } from 'msw';
import { WORKOS_ERROR_CODES as CODES, type WorkOSErrorBody } from '../../../adapters/workos/wire.js';
import { answerCommonFault } from '../shared/faultResponse.js';
import { readJsonBody, type JsonBody } from '../shared/jsonBody.js';
import type { WorkOSFault } from './faults.js';

export type Body = JsonBody;

export class WorkOSFailure {
  constructor(
    readonly status: number,
    readonly body: WorkOSErrorBody,
  ) {}
}

export const failure = (status: number, code: string | undefined, message: string, errors?: WorkOSErrorBody['errors']) =>
  new WorkOSFailure(status, { ...(code ? { code } : {}), message, ...(errors ? { errors } : {}) });

/** 422 with the field that failed, as WorkOS answers a request its validation rejects. */
export const invalidParameter = (field: string, message: string) =>
  failure(422, CODES.invalidRequest, 'Validation failed.', [{ field, code: `${field}_invalid`, message }]);

/** WorkOS's 404 body: a message naming what was not found. */
export const notFound = (kind: string, id: string) => failure(404, undefined, `${kind} not found: '${id}'.`);

export const unauthorized = () => failure(401, undefined, 'Unauthorized');

function defaultFaultBody(status: number): WorkOSErrorBody {
  if (status === 429) return { code: CODES.rateLimited, message: 'Rate limit exceeded.' };
  if (status === 401) return { message: 'Unauthorized' };
  if (status === 404) return { message: 'Not found.' };
  if (status < 500) return { code: CODES.invalidRequest, message: 'Validation failed.' };
  return { message: 'Internal server error.' };
}

export async function faultResponse(fault: WorkOSFault): Promise<Response> {
  const headers: Record<string, string> = {};
  if (fault.status === 429 || fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds ?? 1);
  const common = await answerCommonFault(fault, { truncatedJson: '{"object":"list","data":[{"object":"user","id":"user_01', headers });
  if (common) return common;
  const status = fault.status ?? 500;
  return HttpResponse.json((fault.body ?? defaultFaultBody(status)) as Record<string, unknown>, { status, headers });
}

export function readBody(request: Request): Promise<Body> {
  return readJsonBody(
    request,
    (problem) => {
      throw failure(400, CODES.invalidRequest, problem === 'not-json' ? 'The request body is not valid JSON.' : 'The request body must be a JSON object.');
    },
    { emptyIsObject: true },
  );
}

export function optionalString(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(key, `${key} must be a string`);
  return value;
}

export function requiredString(body: Body, key: string): string {
  const value = optionalString(body, key);
  if (!value) throw invalidParameter(key, `${key} is required`);
  return value;
}
