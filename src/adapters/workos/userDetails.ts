/**
 * One WorkOS user, whole: lookup by email, the email's verified flag, and the invitation of an
 * invited user (a pending invitation to their email, and the user record that holds their name;
 * see users.ts), each over its User Management route.
 *
 *   List users           GET  /user_management/users?email=          → the user with that address
 *   Update a user        PUT  /user_management/users/{id}            { email_verified }
 *   Resend an invitation POST /user_management/invitations/{id}/resend
 *   Revoke an invitation POST /user_management/invitations/{id}/revoke, then the user record deleted
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { RosterError, throwIfAborted } from '../../core/errors.js';
import type { User, VerificationChange } from '../../core/model.js';
import type { UserDetailsCapabilities } from '../../core/userDetails.js';
import type { WorkOSContext } from './context.js';
import { readList, readUser, toUser } from './mapping.js';
import { WORKOS_PATHS as PATHS, workosPath, type WorkOSInvitation } from './wire.js';

export const WORKOS_DETAILS: UserDetailsCapabilities = Object.freeze({
  lookupByEmail: true,
  // WorkOS's Events API (`GET /events`) lists the environment's events by type, organization and
  // time range, up to 30 days back: nothing reads one user's sign-ins, so there is no activity.
  activity: false,
  activityIncludesChanges: false,
  verifyEmail: true,
  // A WorkOS user has no phone number.
  verifyPhone: false,
  resendInvitation: true,
  revokeInvitation: true,
  // Metadata is free-form text: nothing defines its keys.
  attributeDefinitions: false,
});

export type WorkOSDetailsMethods = Required<Pick<RosterAdapter, 'getUserByEmail' | 'setUserVerified' | 'resendInvitation' | 'revokeInvitation'>>;

const invalid = (field: string, message: string, fieldMessage: string) => new RosterError('invalid_input', { status: 400, message, fieldErrors: { [field]: fieldMessage } });

export function createWorkOSDetails(ctx: WorkOSContext): WorkOSDetailsMethods {
  const { call } = ctx;

  /** The user's pending invitations; refused with invalid_input when they are not invited. */
  async function invitationsOf(userId: string, signal: AbortSignal | undefined): Promise<WorkOSInvitation[]> {
    const facts = await ctx.facts(await ctx.loadUser(userId, signal), signal);
    // Someone who signed in is not invited, whatever invitations are still out for the address.
    if (toUser(facts).status !== 'invited') throw invalid('status', 'This user is not invited: there is no invitation to send or withdraw.', 'Not invited.');
    return facts.invitations;
  }

  return {
    async getUserByEmail(email: string, rc?: RequestContext): Promise<User> {
      throwIfAborted(rc?.signal);
      const wanted = typeof email === 'string' ? email.trim() : '';
      if (!wanted) throw invalid('email', 'Give an email address to look up.', 'Required.');
      const page = readList(await call({ method: 'GET', path: PATHS.users, query: { email: wanted, limit: 10 }, signal: rc?.signal }), readUser);
      // WorkOS filters by the address; only the user whose address is this one, letter case aside, is the one asked for.
      const user = page.data.find((u) => u.email.toLowerCase() === wanted.toLowerCase());
      if (!user) throw new RosterError('not_found', { status: 404, message: 'User not found.' });
      return toUser(await ctx.facts(user, rc?.signal));
    },

    async setUserVerified(userId: string, change: VerificationChange, rc?: RequestContext): Promise<User> {
      throwIfAborted(rc?.signal);
      if (change?.phone !== undefined) throw new RosterError('unsupported', { message: 'WorkOS keeps no phone number on a user.' });
      const verified = change?.email;
      if (verified === undefined) return toUser(await ctx.facts(await ctx.loadUser(userId, rc?.signal), rc?.signal));
      if (typeof verified !== 'boolean') throw invalid('email', 'Say whether the email address is verified.', 'Must be true or false.');
      return ctx.queue(userId, async () => {
        const user = readUser(await call({ method: 'PUT', path: workosPath(PATHS.user, userId), body: { email_verified: verified }, signal: rc?.signal }));
        return toUser(await ctx.facts(user, rc?.signal));
      }, rc?.signal);
    },

    async resendInvitation(userId: string, rc?: RequestContext): Promise<void> {
      throwIfAborted(rc?.signal);
      await ctx.queue(userId, async () => {
        // Each pending invitation to the address: an invitation per organization is one person's.
        for (const invitation of await invitationsOf(userId, rc?.signal)) {
          await call({ method: 'POST', path: workosPath(PATHS.invitationResend, invitation.id), body: {}, signal: rc?.signal });
        }
      }, rc?.signal);
    },

    async revokeInvitation(userId: string, rc?: RequestContext): Promise<void> {
      throwIfAborted(rc?.signal);
      await ctx.queue(userId, async () => {
        const invitations = await invitationsOf(userId, rc?.signal);
        // Not abortable from here: invitations revoked and the user record left would be half a revoke.
        for (const invitation of invitations) await call({ method: 'POST', path: workosPath(PATHS.invitationRevoke, invitation.id) });
        // The record only held the invitee's name: without an invitation, the invitee is gone.
        await call({ method: 'DELETE', path: workosPath(PATHS.user, userId) });
      }, rc?.signal);
    },
  };
}
