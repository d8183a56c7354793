/**
 * Reads Clerk's error body `{ errors: [{ code, message, long_message, meta }], clerk_trace_id }`.
 * The first error's code refines the status (a duplicate identifier is a conflict, not just a
 * 422), `meta.param_name` names the field, and the text is cleaned before anyone shows it. The
 * server handler still replaces it with its own words before a browser sees it.
 */
import type { RosterErrorCode } from '../../core/errors.js';
import type { HttpErrorDetails } from '../http/httpClient.js';
import { cleanVendorMessage as clean } from '../http/vendorMessage.js';
import { CLERK_ERROR_CODES } from './wire.js';

const CODES: Record<string, RosterErrorCode> = {
  [CLERK_ERROR_CODES.notFound]: 'not_found',
  [CLERK_ERROR_CODES.identifierExists]: 'conflict',
  [CLERK_ERROR_CODES.alreadyMember]: 'conflict',
  [CLERK_ERROR_CODES.tooManyRequests]: 'rate_limited',
  [CLERK_ERROR_CODES.paramMissing]: 'invalid_input',
  [CLERK_ERROR_CODES.paramFormatInvalid]: 'invalid_input',
  [CLERK_ERROR_CODES.paramValueInvalid]: 'invalid_input',
  [CLERK_ERROR_CODES.paramUnknown]: 'invalid_input',
};

/** Clerk's parameter names → the neutral input's, for per-field messages. */
const FIELDS: Record<string, string> = {
  email_address: 'email',
  phone_number: 'phone',
  first_name: 'givenName',
  last_name: 'familyName',
  public_metadata: 'customAttributes',
  role: 'roleIds',
  query: 'search',
  order_by: 'sort',
  limit: 'page.size',
  offset: 'cursor',
};

export function describeClerkError(_status: number, body: unknown): HttpErrorDetails | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const first = errors[0] as Record<string, unknown> | null;
  if (typeof first !== 'object' || first === null) return undefined;
  const message = clean(first.long_message) ?? clean(first.message);
  const code = typeof first.code === 'string' && Object.hasOwn(CODES, first.code) ? CODES[first.code] : undefined;
  const meta = typeof first.meta === 'object' && first.meta !== null ? (first.meta as Record<string, unknown>) : {};
  const param = typeof meta.param_name === 'string' && Object.hasOwn(FIELDS, meta.param_name) ? FIELDS[meta.param_name] : undefined;
  return {
    message,
    code,
    ...(param && message ? { fieldErrors: { [param]: message } } : {}),
  };
}
