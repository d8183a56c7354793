/**
 * Reads Clerk's error body `{ errors: [{ code, message, long_message, meta }], clerk_trace_id }`.
 * The first error's code refines the status (a duplicate identifier is a conflict, not just a
 * 422), `meta.param_name` names the field, and the text is cleaned before anyone shows it. The
 * server handler still replaces it with its own words before a browser sees it.
 */
import type { RosterErrorCode } from '../../core/errors.js';
import type { HttpErrorDetails } from '../http/httpClient.js';
import { CLERK_ERROR_CODES } from './wire.js';

const MAX_MESSAGE_LENGTH = 200;

const CODES: Record<string, RosterErrorCode> = {
  [CLERK_ERROR_CODES.notFound]: 'not_found',
  [CLERK_ERROR_CODES.identifierExists]: 'conflict',
  [CLERK_ERROR_CODES.alreadyMember]: 'conflict',
  [CLERK_ERROR_CODES.tooManyRequests]: 'rate_limited',
  [CLERK_ERROR_CODES.paramMissing]: 'invalid_input',
  [CLERK_ERROR_CODES.paramFormatInvalid]: 'invalid_input',
  [CLERK_ERROR_CODES.paramValueInvalid]: 'invalid_input',
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

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  // Markup is a proxy's page, not a message.
  if (text === '' || text.startsWith('<')) return undefined;
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
}

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
