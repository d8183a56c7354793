/**
 * The WorkOS adapter's user operations. WorkOS lists users newest first by cursor, filtered by
 * organization only; each listed user is completed with their memberships (and, for someone who
 * never signed in, pending invitations) to derive the status the table shows.
 *
 * - Invite: WorkOS invites an email, not a user, and refuses an invitation without an organization
 *   to an email that already has a user. So the invitation is sent first, then the user record is
 *   created to hold the name; the person stays `invited` until they sign in.
 * - Disable / enable: WorkOS has no per-user switch; every membership is deactivated / reactivated.
 */
import type { RequestContext } from '../../core/adapter.js';
import { isEmail } from '../../core/email.js';
import { RosterError, throwIfAborted } from '../../core/errors.js';
import type { CreateUserInput, UpdateUserInput, UserStatus, UsersQuery } from '../../core/model.js';
import { checkPageSize } from '../../core/paging.js';
import type { WorkOSContext } from './context.js';
import { deriveStatus, readInvitation, readList, readMembership, readUser, toUser } from './mapping.js';
import { WORKOS_MAX_PAGE_SIZE, WORKOS_PATHS as PATHS, workosPath, type WorkOSUser } from './wire.js';

const unsupported = (message: string) => new RosterError('unsupported', { message });
const invalid = (field: string, message: string) => new RosterError('invalid_input', { status: 400, message, fieldErrors: { [field]: message } });

/** Cursors are WorkOS's `after` object id, marked so a foreign cursor is refused rather than sent. */
const encodeCursor = (after: string) => `w.${after}`;
function decodeCursor(cursor: string): string {
  const match = /^w\.([A-Za-z0-9_]+)$/.exec(cursor);
  if (!match) throw invalid('cursor', 'The page cursor is not valid.');
  return match[1]!;
}

/** WorkOS stores first and last names; a single name is split at its first space. */
export function nameFields(input: Pick<UpdateUserInput, 'name' | 'givenName' | 'familyName'>): { first_name?: string | null; last_name?: string | null } {
  const out: { first_name?: string | null; last_name?: string | null } = {};
  if (input.name !== undefined) {
    const name = input.name?.trim() ?? '';
    const space = name.indexOf(' ');
    out.first_name = (space < 0 ? name : name.slice(0, space)) || null;
    out.last_name = space < 0 ? null : name.slice(space + 1).trim() || null;
  }
  if (input.givenName !== undefined) out.first_name = input.givenName?.trim() || null;
  if (input.familyName !== undefined) out.last_name = input.familyName?.trim() || null;
  return out;
}

/** Custom attributes become WorkOS metadata, which holds text values only; null removes a key. */
function mergeMetadata(current: Record<string, string>, patch: Record<string, unknown>): Record<string, string> {
  const next = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) delete next[key];
    else if (typeof value === 'string') next[key] = value;
    else throw invalid('customAttributes', `WorkOS keeps custom attributes as text; “${key}” is not text.`);
  }
  return next;
}

export function createUserOperations(ctx: WorkOSContext) {
  const { call } = ctx;

  async function neutral(user: WorkOSUser, signal?: AbortSignal) {
    return toUser(await ctx.facts(user, signal));
  }

  async function listUsers(query: UsersQuery, rc?: RequestContext) {
    throwIfAborted(rc?.signal);
    checkPageSize(query.page.size, WORKOS_MAX_PAGE_SIZE);
    if (query.search?.trim()) throw unsupported('WorkOS cannot search users; filter the loaded users instead.');
    if (query.sort) throw unsupported('WorkOS lists users newest first and cannot sort them otherwise.');
    if (query.filter?.status?.length || query.filter?.roleIds?.length) throw unsupported('WorkOS filters users by organization only.');
    if (query.page.index && !query.page.cursor) throw unsupported('WorkOS pages by cursor only; follow nextCursor.');
    const page = readList(
      await call({
        method: 'GET',
        path: PATHS.users,
        query: { limit: query.page.size, order: 'desc', organization_id: query.filter?.organizationId, after: query.page.cursor ? decodeCursor(query.page.cursor) : undefined },
        signal: rc?.signal,
      }),
      readUser,
    );
    const facts = await ctx.factsOfPage(page.data, rc?.signal);
    return { items: facts.map(toUser), total: null, nextCursor: page.after ? encodeCursor(page.after) : null };
  }

  async function getUser(userId: string, rc?: RequestContext) {
    throwIfAborted(rc?.signal);
    return neutral(await ctx.loadUser(userId, rc?.signal), rc?.signal);
  }

  async function createUser(input: CreateUserInput, rc?: RequestContext) {
    throwIfAborted(rc?.signal);
    const email = input.email?.trim() ?? '';
    if (!isEmail(email)) throw invalid('email', 'Enter a valid email address.');
    if (input.phone) throw unsupported('WorkOS keeps no phone number on a user.');
    if (input.roleIds?.length) throw unsupported('WorkOS assigns roles per organization only; pick an organization.');
    const org = input.organization;
    const userBody = {
      email,
      ...nameFields(input),
      ...(input.customAttributes ? { metadata: mergeMetadata({}, input.customAttributes) } : {}),
    };
    const signal = rc?.signal;

    if (input.invite) {
      if ((org?.roleIds?.length ?? 0) > 1) throw invalid('roleIds', 'A WorkOS invitation grants one role.');
      const invitation = readInvitation(
        await call({ method: 'POST', path: PATHS.invitations, body: { email, ...(org ? { organization_id: org.id } : {}), ...(org?.roleIds?.[0] ? { role_slug: org.roleIds[0] } : {}) }, signal }),
      );
      // From here on the caller's signal is not passed: an abort between the two calls would leave
      // an invitation without its user record.
      try {
        const user = readUser(await call({ method: 'POST', path: PATHS.users, body: userBody }));
        return toUser({ user, memberships: [], invitations: [invitation] });
      } catch (error) {
        // No half-done invite: without the user record, the invitation is taken back.
        await call({ method: 'POST', path: workosPath(PATHS.invitationRevoke, invitation.id) }).catch(() => undefined);
        throw error;
      }
    }

    const user = readUser(await call({ method: 'POST', path: PATHS.users, body: userBody, signal }));
    if (!org) return toUser({ user, memberships: [], invitations: [] });
    // Not abortable from here: the user exists, and only joining or rolling back settles the create.
    try {
      const membership = readMembership(await call({ method: 'POST', path: PATHS.memberships, body: { user_id: user.id, organization_id: org.id, ...roleBody(org.roleIds ?? []) } }));
      return toUser({ user, memberships: [membership], invitations: [] });
    } catch (error) {
      // The organization is part of the create: a user who could not join is not left behind.
      await call({ method: 'DELETE', path: workosPath(PATHS.user, user.id) }).catch(() => undefined);
      throw error;
    }
  }

  async function updateUser(userId: string, patch: UpdateUserInput, rc?: RequestContext) {
    throwIfAborted(rc?.signal);
    if (patch.phone !== undefined) throw unsupported('WorkOS keeps no phone number on a user.');
    if (patch.picture !== undefined) throw unsupported('WorkOS takes the profile picture from the sign-in provider; it cannot be set.');
    return ctx.queue(userId, async () => {
      const body: Record<string, unknown> = nameFields(patch);
      // WorkOS replaces metadata whole; merging into what is stored keeps the attributes not sent.
      if (patch.customAttributes) body.metadata = mergeMetadata((await ctx.loadUser(userId, rc?.signal)).metadata, patch.customAttributes);
      const user = readUser(await call({ method: 'PUT', path: workosPath(PATHS.user, userId), body, signal: rc?.signal }));
      return neutral(user, rc?.signal);
    }, rc?.signal);
  }

  async function deleteUser(userId: string, rc?: RequestContext) {
    throwIfAborted(rc?.signal);
    const user = await ctx.loadUser(userId, rc?.signal);
    // An invitation outlives the user it was for: revoked, so the person cannot come back through it.
    if (user.last_sign_in_at === null) {
      for (const invitation of await ctx.pendingInvitations(user.email, rc?.signal)) {
        await call({ method: 'POST', path: workosPath(PATHS.invitationRevoke, invitation.id), signal: rc?.signal });
      }
    }
    await call({ method: 'DELETE', path: workosPath(PATHS.user, userId), signal: rc?.signal });
  }

  async function setUserStatus(userId: string, status: Exclude<UserStatus, 'invited'>, rc?: RequestContext) {
    throwIfAborted(rc?.signal);
    return ctx.queue(userId, async () => {
      const facts = await ctx.facts(await ctx.loadUser(userId, rc?.signal), rc?.signal);
      if (deriveStatus(facts.user, facts.memberships, facts.invitations.length > 0) === 'invited') {
        throw invalid('status', 'An invited user becomes active by accepting the invitation; delete them to revoke it.');
      }
      const from = status === 'disabled' ? 'active' : 'inactive';
      if (status === 'disabled' && !facts.memberships.some((m) => m.status !== 'pending')) {
        throw invalid('status', 'WorkOS disables a user by deactivating their organization memberships, and this user belongs to no organization.');
      }
      const path = status === 'disabled' ? PATHS.membershipDeactivate : PATHS.membershipReactivate;
      for (const membership of facts.memberships.filter((m) => m.status === from)) {
        await call({ method: 'PUT', path: workosPath(path, membership.id), body: {}, signal: rc?.signal });
      }
      return neutral(facts.user, rc?.signal);
    }, rc?.signal);
  }

  return { listUsers, getUser, createUser, updateUser, deleteUser, setUserStatus };
}

/** One role as `role_slug` (works in every environment), several as `role_slugs`; none: WorkOS's default role. */
export function roleBody(slugs: readonly string[]): { role_slug?: string; role_slugs?: string[] } {
  if (slugs.length === 0) return {};
  return slugs.length === 1 ? { role_slug: slugs[0]! } : { role_slugs: [...slugs] };
}
