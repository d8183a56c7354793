/**
 * One user, whole: the lookup by email, the activity, the verified flags, invitations and the
 * custom attributes' definitions, in the order of the other user operations (./operations.ts) and
 * under the same tenant scope: a user outside the session's organization is not found, whether
 * asked for by id or by address; changing the verified flags of a user another organization shares
 * is refused like any edit of the account; revoking an invitation removes the invited user, so it
 * is checked like deleting them. Each runs only where the backend declares it (capabilities.details)
 * and has the method; the activity also where the host keeps an audit trail (./auditTrail.ts).
 */
import { isRosterError } from '../core/errors.js';
import type { ActivityEvent, User } from '../core/model.js';
import { userDetailsAvailable, type UserDetailsFlag } from '../core/userDetails.js';
import type { AdapterMethodName, RosterAdapter } from '../core/adapter.js';
import { mergeActivity, type ActivitySource } from './activityMerge.js';
import { verifiedChange } from './audit.js';
import { trailEvent, type RosterAuditTrail, type RosterAuditTrailEntry } from './auditTrail.js';
import { invalidInput } from './fieldErrors.js';
import { HandlerError } from './handlerError.js';
import { method, userIdOf, visibleUser, type Operation, type OperationEnv } from './operationEnv.js';
import { parseNoBody, parseVerifiedBody } from './parseBody.js';
import { parseActivityQuery, parseUserByEmailQuery } from './parseQuery.js';
import { publicActivityEvent, publicAttributeDefinition, publicPage } from './publicFields.js';
import { jsonResponse, noContentResponse } from './respond.js';
import { userNotFound } from './tenantScope.js';

export type DetailsOperation = 'getUserByEmail' | 'listUserActivity' | 'setUserVerified' | 'resendInvitation' | 'revokeInvitation' | 'listAttributeDefinitions';

/** Operations that read a query string. */
export const DETAILS_QUERY_OPERATIONS = ['getUserByEmail', 'listUserActivity'] as const;

const unsupported = (fieldErrors?: Record<string, string>) =>
  new HandlerError('unsupported', { status: 501, message: 'The identity provider behind this server does not support this action.', fieldErrors });

/** The method behind a details flag: declared by the backend, and there. */
function detailsMethod<K extends AdapterMethodName>(env: OperationEnv, name: K, flag: UserDetailsFlag): NonNullable<RosterAdapter[K]> {
  if (!userDetailsAvailable(env.adapter)[flag]) throw unsupported();
  return method(env.adapter, name);
}

/** An invitation can be sent again or revoked only while the user is invited (the contract's rule). */
async function requireInvited(env: OperationEnv, userId: string): Promise<void> {
  const user = await env.adapter.getUser(userId, env.ctx);
  if (user.status !== 'invited') throw invalidInput('This user has no pending invitation: they accepted it, or were added without one.');
}

/**
 * Whether a tenant admin may see a trail record about a user they share with other organizations:
 * not one made in, or aimed at, another organization (its memberships are hidden from them too).
 */
function trailShows(env: OperationEnv, entry: RosterAuditTrailEntry): boolean {
  const scope = env.scope.organizationId;
  if (scope === null) return true;
  return (entry.organizationId === null || entry.organizationId === scope) && (entry.target.organizationId === undefined || entry.target.organizationId === scope);
}

function trailSource(env: OperationEnv, trail: RosterAuditTrail, userId: string): ActivitySource<RosterAuditTrailEntry> {
  return {
    read: (cursor, size) => trail.listForUser(userId, { size, cursor }),
    key: (entry) => String(entry.id),
    view: (entry) => (trailShows(env, entry) ? trailEvent(entry) : null),
  };
}

/**
 * The backend's own activity beside the trail. Where the backend records each change itself
 * (`activityIncludesChanges`), every change made through the handler is in both, and the trail's
 * copy is the one kept: it names the admin who made it, where the backend's names the handler's
 * management key or no one. Leaving the trail out instead would keep those nameless copies, so the
 * backend's change events are passed over, as hidden entries are, which keeps the cursor exact.
 * The price: a change made outside the handler (in the backend's own console, say) is not shown.
 */
function backendSource(env: OperationEnv, list: NonNullable<RosterAdapter['listUserActivity']>, userId: string): ActivitySource<ActivityEvent> {
  const hasOwnChanges = userDetailsAvailable(env.adapter).activityIncludesChanges;
  return {
    read: (cursor, size) => list(userId, { page: { size, cursor } }, env.ctx),
    key: (event) => event.id,
    view: (event) => (hasOwnChanges && event.kind === 'change' ? null : event),
  };
}

export const DETAILS_OPERATIONS: Readonly<Record<DetailsOperation, Operation>> = {
  async getUserByEmail(env) {
    const find = detailsMethod(env, 'getUserByEmail', 'lookupByEmail');
    const { email } = parseUserByEmailQuery(env.query);
    await env.authorize('getUserByEmail', { email });
    let user: User;
    try {
      user = await find(email, env.ctx);
    } catch (error) {
      throw isRosterError(error) && error.code === 'not_found' ? userNotFound() : error;
    }
    // A user outside the session's organization gets the answer of an unknown address, word for
    // word, so a tenant admin cannot learn which addresses have accounts elsewhere.
    const memberships = await env.scope.requireUser(user.id, env.ctx);
    return jsonResponse(visibleUser(env, user, memberships));
  },

  async listUserActivity(env) {
    const userId = userIdOf(env);
    const fromBackend = userDetailsAvailable(env.adapter).activity;
    if (!fromBackend && !env.auditTrail) throw unsupported();
    const query = parseActivityQuery(env.query, env.adapter.capabilities.maxPageSize);
    await env.authorize('listUserActivity', { userId });
    await env.scope.requireUser(userId, env.ctx);
    const list = fromBackend ? method(env.adapter, 'listUserActivity') : null;
    if (!env.auditTrail) return jsonResponse(publicPage(await list!(userId, query, env.ctx), publicActivityEvent));
    // The backend would answer not_found for an unknown user; the trail alone cannot tell.
    if (!list && env.scope.organizationId === null) await env.adapter.getUser(userId, env.ctx);
    const sources: ActivitySource<unknown>[] = [trailSource(env, env.auditTrail, userId)];
    if (list) sources.unshift(backendSource(env, list, userId));
    return jsonResponse(publicPage(await mergeActivity(sources, query.page.size, query.page.cursor ?? undefined), publicActivityEvent));
  },

  async setUserVerified(env) {
    const setVerified = method(env.adapter, 'setUserVerified');
    const userId = userIdOf(env);
    env.audit.target = { userId };
    const change = parseVerifiedBody(env.body);
    env.audit.change = verifiedChange(change);
    const available = userDetailsAvailable(env.adapter);
    const refused = Object.entries({ email: change.email !== undefined && !available.verifyEmail, phone: change.phone !== undefined && !available.verifyPhone }).filter(([, no]) => no);
    if (refused.length) throw unsupported(Object.fromEntries(refused.map(([field]) => [field, 'The identity provider cannot change this verified flag.'])));
    await env.authorize('setUserVerified', { userId, verification: change });
    const memberships = await env.scope.requireUser(userId, env.ctx);
    env.scope.requireSoleTenant(memberships);
    return jsonResponse(visibleUser(env, await setVerified(userId, change, env.ctx), memberships));
  },

  async resendInvitation(env) {
    const resend = detailsMethod(env, 'resendInvitation', 'resendInvitation');
    const userId = userIdOf(env);
    env.audit.target = { userId };
    env.audit.change = { invitation: 'resent' };
    parseNoBody(env.body);
    await env.authorize('resendInvitation', { userId });
    // Sends mail and changes no record: a member of the organization may be sent it by its admin.
    await env.scope.requireUser(userId, env.ctx);
    await requireInvited(env, userId);
    await resend(userId, env.ctx);
    return noContentResponse();
  },

  async revokeInvitation(env) {
    const revoke = detailsMethod(env, 'revokeInvitation', 'revokeInvitation');
    const userId = userIdOf(env);
    env.audit.target = { userId };
    env.audit.change = { invitation: 'revoked' };
    parseNoBody(env.body);
    await env.authorize('revokeInvitation', { userId });
    const memberships = await env.scope.requireUser(userId, env.ctx);
    env.scope.requireSoleTenant(memberships);
    // Checked here too, so a backend that removed whoever it is given never loses an active account.
    await requireInvited(env, userId);
    await env.protect('revokeInvitation', { userId }, { kind: 'remove-user', userId }, memberships);
    await revoke(userId, env.ctx);
    return noContentResponse();
  },

  async listAttributeDefinitions(env) {
    const list = detailsMethod(env, 'listAttributeDefinitions', 'attributeDefinitions');
    // Read by tenant admins too: the definitions are the project's, and type their own users' attributes.
    await env.authorize('listAttributeDefinitions', {});
    return jsonResponse((await list(env.ctx)).map(publicAttributeDefinition));
  },
};
