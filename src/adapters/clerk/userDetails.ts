/**
 * One Clerk user, whole, over the Backend API routes Clerk documents for it:
 *
 *   lookup by email   GET   /v1/users?email_address=…            (an exact filter, not a search)
 *   verify email      PATCH /v1/email_addresses/{id} { verified } (the user's primary address)
 *   verify phone      PATCH /v1/phone_numbers/{id}   { verified } (the user's primary number)
 *   activity          GET   /v1/sessions?user_id=…                (sessionActivity.ts)
 *
 * Sign-ins only: Clerk's Backend API has no record of the changes made to a user. Invitations
 * are not users in Clerk (this adapter never invites), and Clerk's public metadata is free-form,
 * with no route that defines its keys, so those flags stay false.
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { RosterError } from '../../core/errors.js';
import type { User, VerificationChange } from '../../core/model.js';
import type { UserDetailsCapabilities } from '../../core/userDetails.js';
import { toUser } from './mapping.js';
import { segment, type Call } from './requests.js';
import { createSessionActivity } from './sessionActivity.js';
import type { ClerkUser } from './wire.js';

export const CLERK_DETAILS: UserDetailsCapabilities = Object.freeze({
  lookupByEmail: true,
  activity: true,
  activityIncludesChanges: false,
  verifyEmail: true,
  verifyPhone: true,
  resendInvitation: false,
  revokeInvitation: false,
  attributeDefinitions: false,
});

export type ClerkUserDetailsMethods = Required<Pick<RosterAdapter, 'getUserByEmail' | 'setUserVerified' | 'listUserActivity'>>;

function invalid(field: string, message: string, fieldMessage: string): RosterError {
  return new RosterError('invalid_input', { status: 400, message, fieldErrors: { [field]: fieldMessage } });
}

const notFound = () => new RosterError('not_found', { status: 404, message: 'User not found.' });

export function createClerkUserDetails(call: Call, getUser: (userId: string, rc?: RequestContext) => Promise<User>): ClerkUserDetailsMethods {
  const activity = createSessionActivity(call, (userId, signal) => getUser(userId, { signal }));

  /** The id of the user's primary address or number, refused before anything is written where there is none. */
  function primaryId(user: ClerkUser, kind: 'email' | 'phone'): string {
    const id = kind === 'email' ? user.primary_email_address_id : user.primary_phone_number_id;
    if (typeof id === 'string' && id !== '') return id;
    throw kind === 'email' ? invalid('email', 'This user has no email address to verify.', 'No email address.') : invalid('phone', 'This user has no phone number to verify.', 'No phone number.');
  }

  return {
    async getUserByEmail(email: string, rc?: RequestContext): Promise<User> {
      const wanted = typeof email === 'string' ? email.trim() : '';
      if (!wanted) throw invalid('email', 'Give an email address to look up.', 'Required.');
      const body = await call({ method: 'GET', path: '/users', query: { email_address: [wanted], limit: 2 }, signal: rc?.signal });
      if (!Array.isArray(body)) throw new RosterError('bad_response', { cause: new Error('Clerk /users: expected an array of users') });
      // Clerk's filter takes any of a user's addresses, compared without letter case; a user who
      // does not hold the address (a filter Clerk ignored) is not the one asked for.
      const lower = wanted.toLowerCase();
      const found = body.map((u, i) => toUser(u, `users[${i}]`)).find((u) => (u.raw as ClerkUser).email_addresses.some((e) => e.email_address.toLowerCase() === lower));
      if (!found) throw notFound();
      return found;
    },

    async setUserVerified(userId: string, change: VerificationChange, rc?: RequestContext): Promise<User> {
      const { email, phone } = change ?? {};
      if (email !== undefined && typeof email !== 'boolean') throw invalid('email', 'Say whether the email address is verified.', 'Must be true or false.');
      if (phone !== undefined && typeof phone !== 'boolean') throw invalid('phone', 'Say whether the phone number is verified.', 'Must be true or false.');
      const current = await getUser(userId, rc);
      const user = current.raw as ClerkUser;
      // Both ids first, so a change that cannot be made changes nothing.
      const writes: Array<[string, boolean]> = [];
      if (email !== undefined) writes.push([`/email_addresses/${segment(primaryId(user, 'email'))}`, email]);
      if (phone !== undefined) writes.push([`/phone_numbers/${segment(primaryId(user, 'phone'))}`, phone]);
      for (const [path, verified] of writes) await call({ method: 'PATCH', path, body: { verified }, signal: rc?.signal });
      // The address's answer is not the user: read the user as it now is.
      return writes.length ? getUser(userId, rc) : current;
    },

    listUserActivity: (userId, query, rc) => activity(userId, query, rc?.signal),
  };
}
