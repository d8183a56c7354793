/**
 * UserDetails in a tenant admin's session: what Descope's user-management widget calls
 * (descope-js packages/widgets/user-management-widget/src/lib/widget/api/sdk/createUserSdk.ts),
 * each with `?tenant=`, and nothing else.
 *
 * - by email: the widget's search takes `emails`; a session cannot load a user by login id.
 * - verified flags: the widget's patch body carries `verifiedEmail` / `verifiedPhone`, and its
 *   create form sets both; Descope's answer is checked, so a flag it did not take is an error.
 * - attribute definitions: the widget reads them from the same route; it shows an attribute
 *   without `editable: true` read-only, and so does this.
 * - withdrawing an invitation: the session's delete (./sessionMode.ts), so it removes no more than
 *   a delete there would (by default the tenant's membership, which is this tenant's invitation).
 * - Not here: activity (the audit search takes a management key, per its docs) and resending (the
 *   widget has no resend, and user/create with a user id re-invites only as the management SDK
 *   documents it).
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { throwIfAborted } from '../../core/errors.js';
import type { User, VerificationChange } from '../../core/model.js';
import type { DescopeContext } from './context.js';
import { checkVerified, emailSpellings, lookupEmail, noUserWithEmail, pickByEmail, readAttributeDefinitions, requireInvited, verificationFields } from './userDetails.js';
import { DESCOPE_PATHS, type DescopeUser } from './wire.js';

const LOOKUP_LIMIT = 100;

export interface SessionDetailsParts {
  /** The user's record through the widget's search, remembered for its login id. */
  loadRecord(userId: string, signal: AbortSignal | undefined): Promise<DescopeUser>;
  loginIdOf(userId: string, signal: AbortSignal | undefined): Promise<string>;
  /** Records of a write's answer, remembered and mapped. */
  userFrom(body: unknown, signal: AbortSignal | undefined): Promise<User>;
  remember(record: DescopeUser): DescopeUser;
  getUser(userId: string, rc?: RequestContext): Promise<User>;
  deleteUser(userId: string, rc?: RequestContext): Promise<void>;
}

type SessionDetailsMethods = Required<Pick<RosterAdapter, 'getUserByEmail' | 'setUserVerified' | 'revokeInvitation' | 'listAttributeDefinitions'>>;

export function createSessionDetails(ctx: DescopeContext, parts: SessionDetailsParts): SessionDetailsMethods {
  async function bySearch(body: { emails: string[] } | { text: string }, email: string, signal: AbortSignal | undefined) {
    const { records } = await ctx.search(DESCOPE_PATHS.widgetUserSearch, { ...body, page: 0, limit: LOOKUP_LIMIT }, signal);
    return pickByEmail(records.map(parts.remember), email);
  }

  return {
    async getUserByEmail(email: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const wanted = lookupEmail(email);
      const record = (await bySearch({ emails: emailSpellings(wanted) }, wanted, rc?.signal)) ?? (await bySearch({ text: wanted }, wanted, rc?.signal));
      if (!record) throw noUserWithEmail();
      return ctx.toUser(record, rc?.signal);
    },

    async setUserVerified(userId: string, change: VerificationChange, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const fields = verificationFields(change);
      if (Object.keys(fields).length === 0) return parts.getUser(userId, rc);
      const body = { loginId: await parts.loginIdOf(userId, rc?.signal), ...fields };
      const user = await parts.userFrom(await ctx.call({ method: 'PATCH', path: DESCOPE_PATHS.userPatch, body, signal: rc?.signal }), rc?.signal);
      return checkVerified(user, fields);
    },

    async revokeInvitation(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      requireInvited(await parts.loadRecord(userId, rc?.signal), 'revoke');
      await parts.deleteUser(userId, rc);
    },

    async listAttributeDefinitions(rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return readAttributeDefinitions(await ctx.call({ method: 'GET', path: DESCOPE_PATHS.userCustomAttributes, signal: rc?.signal }), false);
    },
  };
}
