/**
 * UserDetails with a management key, request for request as `@descope/node-sdk` sends them:
 *
 * - by email: `user.load(loginId)` first (an email is usually the login id), then the search's
 *   exact `emails` filter, then its free text, each answer compared case-insensitively;
 * - verified flags: the patch with `verifiedEmail` / `verifiedPhone`;
 * - activity: the audit search (./activity.ts);
 * - resending an invitation: `user.invite(userId)`, i.e. user/create with the user's id as
 *   `loginId` and `invite: true` — "when a userId is provided, the user must already exist — no
 *   new user is created, and the invite is sent to the existing user (useful for re-inviting)"
 *   (node-sdk 717dde6, lib/management/types.ts);
 * - withdrawing one: deleting the invited user, as `deleteByUserId` does;
 * - attribute definitions: `user.getCustomAttributes()`.
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { isRosterError, throwIfAborted } from '../../core/errors.js';
import type { ActivityQuery, User, VerificationChange } from '../../core/model.js';
import { activitySearchBody, readActivityPage } from './activity.js';
import type { DescopeContext } from './context.js';
import { checkVerified, emailSpellings, lookupEmail, noUserWithEmail, pickByEmail, readAttributeDefinitions, requireInvited, verificationFields } from './userDetails.js';
import { DESCOPE_PATHS, type DescopeUser } from './wire.js';

/** How many records a lookup reads of a search answer; one address is held by a few at most. */
const LOOKUP_LIMIT = 100;

type DetailsMethods = Required<Pick<RosterAdapter, 'getUserByEmail' | 'listUserActivity' | 'setUserVerified' | 'resendInvitation' | 'revokeInvitation' | 'listAttributeDefinitions'>>;

export function createManagementDetails(ctx: DescopeContext, getUser: (userId: string, rc?: RequestContext) => Promise<User>): DetailsMethods {
  const { call } = ctx;

  async function loadRecord(query: { userId: string } | { loginId: string }, signal: AbortSignal | undefined): Promise<DescopeUser> {
    return ctx.readUserResponse(await call({ method: 'GET', path: DESCOPE_PATHS.userLoad, query, signal }));
  }

  async function byLoginId(email: string, signal: AbortSignal | undefined): Promise<DescopeUser | undefined> {
    try {
      return pickByEmail([await loadRecord({ loginId: email }, signal)], email);
    } catch (error) {
      if (isRosterError(error) && error.code === 'not_found') return undefined;
      throw error;
    }
  }

  async function bySearch(body: { emails: string[] } | { text: string }, email: string, signal: AbortSignal | undefined) {
    const { records } = await ctx.search(DESCOPE_PATHS.userSearch, { ...body, page: 0, limit: LOOKUP_LIMIT }, signal);
    return pickByEmail(records, email);
  }

  return {
    async getUserByEmail(email: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const wanted = lookupEmail(email);
      const signal = rc?.signal;
      const record =
        (await byLoginId(wanted, signal)) ??
        (await bySearch({ emails: emailSpellings(wanted) }, wanted, signal)) ??
        (await bySearch({ text: wanted }, wanted, signal));
      if (!record) throw noUserWithEmail();
      return ctx.toUser(record, signal);
    },

    async listUserActivity(userId: string, query: ActivityQuery, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const request = activitySearchBody(userId, query);
      // The trail outlives a deleted user and answers an unknown id with nothing: the first page
      // asks whether the user exists (a cheap call; audit search allows 10 a minute).
      if (!query.page.cursor) await loadRecord({ userId }, rc?.signal);
      const response = await call({ method: 'POST', path: DESCOPE_PATHS.auditSearch, body: request.body, signal: rc?.signal });
      return readActivityPage(response, userId, request);
    },

    async setUserVerified(userId: string, change: VerificationChange, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const fields = verificationFields(change);
      if (Object.keys(fields).length === 0) return getUser(userId, rc);
      const body = { loginId: userId, ...fields };
      const record = ctx.readUserResponse(await call({ method: 'PATCH', path: DESCOPE_PATHS.userPatch, body, signal: rc?.signal }));
      return checkVerified(await ctx.toUser(record, rc?.signal), fields);
    },

    async resendInvitation(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      requireInvited(await loadRecord({ userId }, rc?.signal), 'resend');
      await call({ method: 'POST', path: DESCOPE_PATHS.userCreate, body: { loginId: userId, invite: true }, signal: rc?.signal });
    },

    async revokeInvitation(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      requireInvited(await loadRecord({ userId }, rc?.signal), 'revoke');
      await call({ method: 'POST', path: DESCOPE_PATHS.userDelete, body: { userId }, signal: rc?.signal });
    },

    async listAttributeDefinitions(rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return readAttributeDefinitions(await call({ method: 'GET', path: DESCOPE_PATHS.userCustomAttributes, signal: rc?.signal }), true);
    },
  };
}
