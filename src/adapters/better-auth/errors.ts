/**
 * better-auth's errors as RosterErrors. better-auth throws an `APIError` whose body carries a
 * stable `code` (USER_NOT_FOUND, USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL …); the code decides, and the
 * message is ours: better-auth's wording stays in `cause`, for the server's logs.
 */
import { isAbortError, isRosterError, RosterError, type RosterErrorOptions, type RosterErrorCode } from '../../core/errors.js';

const BY_CODE: Record<string, [RosterErrorCode, RosterErrorOptions]> = {
  USER_NOT_FOUND: ['not_found', { status: 404, message: 'The user was not found.' }],
  USER_ALREADY_EXISTS: ['conflict', { status: 409, message: 'A user with this email already exists.', fieldErrors: { email: 'Already in use.' } }],
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: ['conflict', { status: 409, message: 'A user with this email already exists.', fieldErrors: { email: 'Already in use.' } }],
  INVALID_EMAIL: ['invalid_input', { status: 400, message: 'The email address is not valid.', fieldErrors: { email: 'Not a valid email address.' } }],
  YOU_ARE_NOT_ALLOWED_TO_SET_NON_EXISTENT_VALUE: ['invalid_input', { status: 400, message: 'That role is not defined.', fieldErrors: { roleIds: 'Not a defined role.' } }],
  ORGANIZATION_NOT_FOUND: ['not_found', { status: 404, message: 'The organization was not found.' }],
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: ['conflict', { status: 409, message: 'The user is already a member of this organization.' }],
  ORGANIZATION_MEMBERSHIP_LIMIT_REACHED: ['conflict', { status: 409, message: 'The organization has reached its member limit.' }],
  MEMBER_NOT_FOUND: ['not_found', { status: 404, message: 'The user is not a member of this organization.' }],
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER: ['conflict', { status: 409, message: 'The organization’s only owner cannot leave it or lose the owner role.' }],
  BANNED_USER: ['forbidden', { status: 403, message: 'This user is disabled.' }],
};

const BY_STATUS: Record<number, RosterErrorCode> = { 400: 'invalid_input', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 429: 'rate_limited' };

/** Whatever better-auth (or its database) threw, as a RosterError; aborts pass through. */
export function toRosterError(error: unknown): unknown {
  if (isRosterError(error) || isAbortError(error)) return error;
  const apiError = error as { body?: { code?: unknown }; statusCode?: unknown; name?: unknown };
  const code = typeof apiError?.body?.code === 'string' ? apiError.body.code : undefined;
  const known = code ? BY_CODE[code] : undefined;
  if (known) return new RosterError(known[0], { ...known[1], cause: error });
  if (apiError?.name === 'APIError' && typeof apiError.statusCode === 'number') {
    return new RosterError(BY_STATUS[apiError.statusCode] ?? 'server', { status: apiError.statusCode, cause: error });
  }
  // A database failure (constraint, connection): nothing of its text is safe to show.
  return new RosterError('server', { cause: error });
}

/** Runs a better-auth call and rethrows its failure as a RosterError. */
export async function mapErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toRosterError(error);
  }
}

export const userNotFound = () => new RosterError('not_found', { status: 404, message: 'The user was not found.' });
export const organizationNotFound = () => new RosterError('not_found', { status: 404, message: 'The organization was not found.' });

export function undefinedRoles(roles: readonly string[], where: string): RosterError {
  return new RosterError('invalid_input', {
    status: 400,
    message: `${roles.length === 1 ? 'This role is' : 'These roles are'} not defined ${where}: ${roles.join(', ')}.`,
    fieldErrors: { roleIds: 'Not a defined role.' },
  });
}
