/**
 * What a browser may learn from a failure it did not cause the handler to word. An identity
 * provider's error text can quote keys, project ids or other tenants' ids (Descope's descriptions
 * do), so an adapter's RosterError crosses only as its code, status and delay, with one fixed
 * message per code; its own words go to the server log instead. Field errors keep only the names
 * of fields the protocol has, each with the handler's own sentence.
 */
import { RosterError, type RosterErrorCode } from '../core/errors.js';
import { MANAGE_WRITE_METHODS } from '../core/manage.js';
import { toFieldErrorRecord } from './fieldErrors.js';
import { isHandlerError } from './handlerError.js';
import { statusForError } from './respond.js';

export const SAFE_MESSAGES: Readonly<Record<RosterErrorCode, string>> = {
  network: 'The identity provider could not be reached.',
  timeout: 'The identity provider took too long to answer.',
  // The adapter's own 401s are turned into `server` errors first (./upstreamErrors.ts); a host hook's remain.
  unauthorized: 'Your session is not valid for this action. Sign in again.',
  forbidden: 'The identity provider refused this action.',
  not_found: 'The item was not found.',
  conflict: 'This conflicts with the current state of the directory.',
  rate_limited: 'Too many requests. Try again shortly.',
  invalid_input: 'The identity provider did not accept the request.',
  server: 'The identity provider failed to handle the request.',
  bad_response: 'The identity provider answered with something unexpected.',
  unsupported: 'The identity provider does not support this action.',
};

const REFUSED_FIELD = 'The identity provider did not accept this value.';

/** The handler's own sentence for the refusals a form can help with; the fallback for the rest. */
function refusedField(code: RosterErrorCode, field: string): string {
  if (field === 'email' && code === 'conflict') return 'A user with this email already exists.';
  if (field === 'email' && code === 'invalid_input') return 'Enter a valid email address.';
  // Roles, permissions and organizations are each unique by name (the contract's duplicate rule).
  if (field === 'name' && code === 'conflict') return 'This name is already in use.';
  if (field === 'permissions' && code === 'invalid_input') return 'One of these permissions does not exist.';
  if (field === 'domains' && code === 'invalid_input') return 'Enter domains such as example.com.';
  return REFUSED_FIELD;
}

/** Every field name a request body or query of the protocol can hold. */
const PROTOCOL_FIELDS = new Set([
  'email', 'name', 'givenName', 'familyName', 'phone', 'picture', 'customAttributes', 'invite', 'roleIds', 'organization',
  'organizationId', 'status', 'search', 'sort', 'roleId', 'pageSize', 'cursor', 'pageIndex',
]);

/**
 * The fields of a role, permission or organization body: an IdP's field error on anything else
 * (its own `key` or `tenantId`, say) names nothing the admin's form has.
 */
const DEFINITION_FIELDS = new Set(['name', 'description', 'permissions', 'domains']);
const DEFINITION_OPERATIONS = new Set([...MANAGE_WRITE_METHODS, 'listPermissions', 'getOrganization']);

/** The field names an error of this operation may keep. */
function fieldsOf(operation: string | undefined): ReadonlySet<string> {
  return operation !== undefined && DEFINITION_OPERATIONS.has(operation) ? DEFINITION_FIELDS : PROTOCOL_FIELDS;
}

/**
 * The error as the browser may see it. The handler's own errors pass unchanged; any other keeps
 * its code and delay, gets the fixed message, and field errors reduced to the field names the
 * operation's request can hold.
 */
export function browserError(error: RosterError, operation?: string): RosterError {
  if (isHandlerError(error)) return error;
  const known = fieldsOf(operation);
  const fields = Object.keys(error.fieldErrors ?? {}).filter((field) => known.has(field));
  return new RosterError(error.code, {
    status: statusForError(error),
    message: SAFE_MESSAGES[error.code],
    retryAfterMs: error.retryAfterMs,
    ...(fields.length && { fieldErrors: toFieldErrorRecord(fields.map((field) => [field, refusedField(error.code, field)])) }),
    cause: error,
  });
}

/** Whether the browser got something other than the error's own words (so the log should have them). */
export function wasReworded(error: RosterError): boolean {
  return !isHandlerError(error) && (error.message !== SAFE_MESSAGES[error.code] || error.fieldErrors !== undefined);
}
