/**
 * Reads WorkOS's error bodies (`{ code, message, errors }`, `{ message }`, or OAuth-style
 * `{ error, error_description }`) into a code and a message of Roster's own wording. WorkOS's text
 * is kept only as the error's `cause`: it can name ids and internals, and never reaches a browser.
 */
import type { RosterErrorCode } from '../../core/errors.js';
import type { HttpErrorDetails } from '../http/httpClient.js';
import { WORKOS_ERROR_CODES as CODES } from './wire.js';

const KNOWN: Record<string, { code: RosterErrorCode; message: string; field?: string }> = {
  [CODES.emailNotAvailable]: { code: 'conflict', message: 'A user with this email already exists.', field: 'email' },
  [CODES.userAlreadyExists]: { code: 'conflict', message: 'A user with this email already exists.', field: 'email' },
  [CODES.invalidEmail]: { code: 'invalid_input', message: 'The email address is not valid.', field: 'email' },
  [CODES.emailAlreadyInvited]: { code: 'conflict', message: 'This email has already been invited.', field: 'email' },
  [CODES.emailAlreadyInvitedToOrganization]: { code: 'conflict', message: 'This email has already been invited to the organization.', field: 'email' },
  [CODES.userAlreadyMember]: { code: 'conflict', message: 'The user is already a member of this organization.' },
  [CODES.invalidMetadata]: { code: 'invalid_input', message: 'WorkOS keeps up to 10 custom attributes, each a text of at most 600 characters.', field: 'customAttributes' },
  [CODES.invalidRole]: { code: 'invalid_input', message: 'That role does not exist in this organization.', field: 'roleIds' },
  [CODES.multipleRolesNotEnabled]: { code: 'invalid_input', message: 'This WorkOS environment allows one role per membership; turn on multiple roles in WorkOS to grant more.', field: 'roleIds' },
  [CODES.cannotReactivatePending]: { code: 'conflict', message: 'The user has not accepted the invitation to this organization yet.' },
  [CODES.cannotDeactivatePending]: { code: 'conflict', message: 'The user has not accepted the invitation to this organization yet.' },
  [CODES.inviteNotPending]: { code: 'not_found', message: 'The invitation is no longer pending.' },
  invite_expired: { code: 'not_found', message: 'The invitation has expired.' },
  [CODES.rateLimited]: { code: 'rate_limited', message: 'WorkOS is rate limiting requests. Try again shortly.' },
};

export function describeWorkOSError(status: number, body: unknown): HttpErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, errors } = body as { code?: unknown; errors?: unknown };
  // Validation failures name the reason in `errors[].code`; the top-level code is generic.
  const inner = Array.isArray(errors) ? errors.map((e: unknown) => (typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined)) : [];
  const known = [...inner, code].map((c) => (typeof c === 'string' ? KNOWN[c] : undefined)).find(Boolean);
  if (known) return { code: known.code, message: known.message, ...(known.field ? { fieldErrors: { [known.field]: known.message } } : {}) };
  if (status === 400 || status === 422) {
    const fields = Array.isArray(errors)
      ? errors.flatMap((e: unknown) => (typeof e === 'object' && e !== null && typeof (e as { field?: unknown }).field === 'string' ? [(e as { field: string }).field] : []))
      : [];
    return { code: 'invalid_input', ...(fields.length ? { fieldErrors: Object.fromEntries(fields.map((f) => [f, 'Not accepted by WorkOS.'])) } : {}) };
  }
  return undefined;
}
