/**
 * One SSOJet user, whole: the three user routes of the seeds' navigation beyond the record itself
 * (shared/reference/ssojet-api.md §3.1.3, §3.1.6, §3.1.10), on the legacy API generation the rest
 * of the adapter uses.
 *
 *   GET User by User Email Address  GET  /api/v1/users/{email}/email  → a slimmer `id` record; then the user by id
 *   Verify User Status By User Id   POST /api/v1/users/{id}/verify    { verification_status: "true" | "false" } → the user
 *   GET User Login Logs             GET  /api/v1/users/{id}/loginlogs → { login_logs: [...] } (loginLogs.ts)
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { RosterError } from '../../core/errors.js';
import type { KeyedQueue } from '../../core/keyedQueue.js';
import type { ActivityEvent, ActivityQuery, Page, User, VerificationChange } from '../../core/model.js';
import type { UserDetailsCapabilities } from '../../core/userDetails.js';
import { checkActivityPage, pageOfActivity, readLoginLogs } from './loginLogs.js';
import { toUser } from './mapping.js';
import type { SsojetVerifyUserBody } from './wireTypes.js';

export const SSOJET_DETAILS: UserDetailsCapabilities = Object.freeze({
  lookupByEmail: true,
  // Sign-ins only: SSOJet documents no record of the changes made to a user.
  activity: true,
  activityIncludesChanges: false,
  // Verify User Status sets the user's `email_verified`; SSOJet keeps no verified flag for a phone.
  verifyEmail: true,
  verifyPhone: false,
  // A user record has no invitation state (users are created active), and the invitation routes
  // of the current API belong to a tenant and are documented only by SSOJet's agent notes
  // (unverified), so neither invitation action is offered.
  resendInvitation: false,
  revokeInvitation: false,
  // `raw_attributes` is free-form: no documented route says which keys exist or their types.
  attributeDefinitions: false,
});

export interface UserDetailsDeps {
  /** A request whose answer must be JSON. */
  send(method: 'GET' | 'POST', path: string, ctx: RequestContext | undefined, body?: unknown): Promise<unknown>;
  getUser(userId: string, ctx?: RequestContext): Promise<User>;
  /** The id of the user with this email, from the email route. */
  findUserId(email: string, ctx: RequestContext | undefined): Promise<string>;
  userPath(userId: string): string;
  /** Writes to one user take turns with the adapter's other writes to it. */
  queue: KeyedQueue;
}

export type SsojetUserDetailsMethods = Required<Pick<RosterAdapter, 'getUserByEmail' | 'setUserVerified' | 'listUserActivity'>>;

function invalid(field: string, message: string, fieldMessage: string): RosterError {
  return new RosterError('invalid_input', { status: 400, message, fieldErrors: { [field]: fieldMessage } });
}

export function createSsojetUserDetails(deps: UserDetailsDeps): SsojetUserDetailsMethods {
  const { send, getUser, findUserId, userPath, queue } = deps;

  return {
    async getUserByEmail(email: string, ctx?: RequestContext): Promise<User> {
      const wanted = typeof email === 'string' ? email.trim() : '';
      if (!wanted) throw invalid('email', 'Give an email address to look up.', 'Required.');
      // The email route's record has no roles or verified flag, so the full user is read by id.
      const user = await getUser(await findUserId(wanted, ctx), ctx);
      // Someone whose address is no longer this one (changed in between) is not the user asked for.
      if (user.email?.toLowerCase() !== wanted.toLowerCase()) throw new RosterError('not_found', { status: 404, message: 'User not found.' });
      return user;
    },

    async setUserVerified(userId: string, change: VerificationChange, ctx?: RequestContext): Promise<User> {
      if (change?.phone !== undefined) throw new RosterError('unsupported', { message: 'SSOJet keeps no verified flag for a phone number.' });
      const verified = change?.email;
      // Nothing asked: the user as they are, which is what leaving every flag untouched means.
      if (verified === undefined) return getUser(userId, ctx);
      if (typeof verified !== 'boolean') throw invalid('email', 'Say whether the email address is verified.', 'Must be true or false.');
      // A string, as the docs' schema has it; SSOJet is not documented to take a JSON boolean.
      const body: SsojetVerifyUserBody = { verification_status: verified ? 'true' : 'false' };
      return queue(userId, async () => toUser(await send('POST', `${userPath(userId)}/verify`, ctx, body), 'verifiedUser'), ctx?.signal);
    },

    async listUserActivity(userId: string, query: ActivityQuery, ctx?: RequestContext): Promise<Page<ActivityEvent>> {
      const request = checkActivityPage(query?.page);
      // SSOJet documents no paging here: every page reads the whole log, which keeps pages consistent.
      return pageOfActivity(readLoginLogs(await send('GET', `${userPath(userId)}/loginlogs`, ctx)), request);
    },
  };
}
