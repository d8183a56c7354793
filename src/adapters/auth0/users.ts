/**
 * The Auth0 adapter's user methods. A user's tenant roles are not part of Auth0's user record, so
 * every user returned carries them from `GET /users/{id}/roles` (a list fetches them for its page,
 * a few users at a time). A list filtered to one organization carries each user's membership of
 * it too, with the roles held there (`GET /organizations/{id}/members/{user_id}/roles`): that is
 * what a table scoped to the organization shows, and Auth0's user record has none of it.
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { isEmail } from '../../core/email.js';
import { isRosterError, RosterError, throwIfAborted } from '../../core/errors.js';
import { encodeOffsetCursor } from '../../core/paging.js';
import type { CreateUserInput, UpdateUserInput, User, UsersQuery } from '../../core/model.js';
import { auth0Path, listOf, mapLimited, type Auth0Client } from './client.js';
import { readOrganization, readRole, readUser, toOrganization, toUser, type MetadataField } from './mapping.js';
import { hasNextWithinWindow, unsupported, usersRequest } from './usersQuery.js';
import { AUTH0_PATHS as P, type Auth0Role, type Auth0User } from './wire.js';

/** Role lookups run this many at a time, to stay well inside Auth0's per-second limits. */
export const CONCURRENCY = 4;

export interface UserMethodsConfig {
  client: Auth0Client;
  connection: string;
  metadata: MetadataField;
}

type UserMethods = Pick<RosterAdapter, 'listUsers' | 'getUser' | 'createUser' | 'updateUser' | 'deleteUser' | 'setUserStatus'>;

/** An unguessable password for a new database user, who sets their own through password reset. */
function randomPassword(): string {
  // Hex, not base64: dropping base64's `+` and `/` left a varying, sometimes short, length.
  const base = Array.from(crypto.getRandomValues(new Uint8Array(24)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  // Meets every password policy Auth0 offers: lower, upper, digit and a special character.
  return `${base}-Rz7`;
}

function profileBody(input: Pick<UpdateUserInput, 'name' | 'givenName' | 'familyName' | 'picture' | 'customAttributes'>, metadata: MetadataField): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  // null unsets a field in Auth0; an empty string would be refused or stored as is.
  const text = (value: string | null | undefined) => (value === '' ? null : value);
  if (input.name !== undefined) body.name = text(input.name);
  if (input.givenName !== undefined) body.given_name = text(input.givenName);
  if (input.familyName !== undefined) body.family_name = text(input.familyName);
  if (input.picture !== undefined) body.picture = text(input.picture);
  if (input.customAttributes !== undefined) body[metadata] = input.customAttributes;
  return body;
}

export function createUserMethods({ client, connection, metadata }: UserMethodsConfig): UserMethods & {
  /** Rejects with not_found when the user is not there. */
  requireUser(userId: string, signal: AbortSignal | undefined): Promise<void>;
  /** An Auth0 record as a neutral user, with the tenant roles Auth0 keeps apart. */
  withRoles(record: Auth0User, signal: AbortSignal | undefined): Promise<User>;
  /** `PATCH /users/{id}`, answered as the neutral user. */
  patch(userId: string, body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<User>;
} {
  const { call } = client;

  async function rolesOf(userId: string, signal: AbortSignal | undefined): Promise<string[]> {
    const roles = (await client.collect(auth0Path(P.userRoles, { id: userId }), 'roles', readRole, signal)) as Auth0Role[];
    return roles.map((r) => r.id);
  }

  async function withRoles(record: Auth0User, signal: AbortSignal | undefined): Promise<User> {
    return toUser(record, await rolesOf(record.user_id, signal), metadata);
  }

  /** The users, each with its membership of `organizationId` and the roles held there. */
  async function inOrganization(users: User[], organizationId: string, signal: AbortSignal | undefined): Promise<User[]> {
    const org = toOrganization(readOrganization(await call({ method: 'GET', path: auth0Path(P.organization, { id: organizationId }), signal })));
    return mapLimited(users, CONCURRENCY, async (user) => {
      const roles = (await client.collect(auth0Path(P.organizationMemberRoles, { id: organizationId, user_id: user.id }), 'roles', readRole, signal)) as Auth0Role[];
      return { ...user, memberships: [{ organization: { id: org.id, name: org.name }, roleIds: roles.map((r) => r.id) }] };
    });
  }

  async function load(userId: string, signal: AbortSignal | undefined): Promise<Auth0User> {
    return readUser(await call({ method: 'GET', path: auth0Path(P.user, { id: userId }), signal }));
  }

  async function loadWithRoles(userId: string, signal: AbortSignal | undefined): Promise<User> {
    const [record, roleIds] = await Promise.all([load(userId, signal), rolesOf(userId, signal)]);
    return toUser(record, roleIds, metadata);
  }

  async function page(params: Record<string, string | number | boolean>, index: number, signal: AbortSignal | undefined) {
    const body = await call({ method: 'GET', path: auth0Path(P.users, {}), query: { ...params, page: index }, signal });
    return listOf(body, 'users', readUser) as { items: Auth0User[]; total: number | null };
  }

  async function requireUser(userId: string, signal: AbortSignal | undefined): Promise<void> {
    await call({ method: 'GET', path: auth0Path(P.user, { id: userId }), query: { fields: 'user_id', include_fields: true }, signal });
  }

  async function patch(userId: string, body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<User> {
    const record = readUser(await call({ method: 'PATCH', path: auth0Path(P.user, { id: userId }), body, signal }));
    return withRoles(record, signal);
  }

  return {
    requireUser,
    withRoles,
    patch,

    async listUsers(query: UsersQuery, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const { query: params, offset, size } = usersRequest(query);
      if (!params) return { items: [], total: 0, nextCursor: null };
      const index = Math.floor(offset / size);
      let { items, total } = await page(params, index, rc?.signal);
      // A cursor made at another page size lands between Auth0's pages: read both and cut.
      if (offset % size !== 0) {
        const next = hasNextWithinWindow(index * size, size, total, items.length) ? (await page(params, index + 1, rc?.signal)).items : [];
        items = [...items, ...next].slice(offset - index * size, offset - index * size + size);
      }
      let users = await mapLimited(items, CONCURRENCY, (record) => withRoles(record, rc?.signal));
      const organizationId = query.filter?.organizationId;
      if (organizationId && users.length > 0) users = await inOrganization(users, organizationId, rc?.signal);
      return { items: users, total, nextCursor: hasNextWithinWindow(offset, size, total, items.length) ? encodeOffsetCursor(offset + size) : null };
    },

    async getUser(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return loadWithRoles(userId, rc?.signal);
    },

    async createUser(input: CreateUserInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      const email = typeof input.email === 'string' ? input.email.trim() : '';
      if (!isEmail(email)) throw new RosterError('invalid_input', { status: 400, message: 'The email address is not valid.', fieldErrors: { email: 'Enter a valid email address.' } });
      if (input.invite) throw unsupported('invite a user who does not exist yet; its invitations are to an organization, and create no user until accepted');
      if (input.phone) throw unsupported('store a phone number for a database-connection user');
      const body = { connection, email, password: randomPassword(), ...profileBody(input, metadata) };
      const record = readUser(await call({ method: 'POST', path: auth0Path(P.users, {}), body, signal }));
      const userId = record.user_id;
      const roleIds = input.roleIds ?? [];
      try {
        // Auth0 grants roles and memberships in calls of their own, after the user exists.
        if (roleIds.length) await call({ method: 'POST', path: auth0Path(P.userRoles, { id: userId }), body: { roles: roleIds }, signal });
        const org = input.organization;
        if (org) {
          await call({ method: 'POST', path: auth0Path(P.organizationMembers, { id: org.id }), body: { members: [userId] }, signal });
          if (org.roleIds?.length) await call({ method: 'POST', path: auth0Path(P.organizationMemberRoles, { id: org.id, user_id: userId }), body: { roles: org.roleIds }, signal });
        }
      } catch (error) {
        // Create is all or nothing: a user left without the roles asked for would be a surprise.
        await call({ method: 'DELETE', path: auth0Path(P.user, { id: userId }) }).catch(() => undefined);
        throw error;
      }
      return toUser(record, roleIds, metadata);
    },

    async updateUser(userId: string, patchInput: UpdateUserInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      if (patchInput.phone !== undefined) throw unsupported('store a phone number for a database-connection user');
      const body = profileBody(patchInput, metadata);
      if (Object.keys(body).length === 0) return loadWithRoles(userId, rc?.signal);
      return patch(userId, body, rc?.signal);
    },

    async deleteUser(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      // Auth0 answers 204 for a user that is not there; ask first, so a stale row reports not_found.
      await requireUser(userId, rc?.signal);
      await call({ method: 'DELETE', path: auth0Path(P.user, { id: userId }), signal: rc?.signal });
    },

    async setUserStatus(userId, status, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      if (status !== 'active' && status !== 'disabled') {
        throw new RosterError('invalid_input', { status: 400, message: 'Status must be active or disabled.', fieldErrors: { status: 'Must be active or disabled.' } });
      }
      return patch(userId, { blocked: status === 'disabled' }, rc?.signal);
    },
  };

}

/** `invalid_input` from a membership write may mean the user is gone; Auth0 answers 400 for both. */
export async function notFoundIfUserMissing(error: unknown, requireUser: () => Promise<void>): Promise<never> {
  if (isRosterError(error) && error.code === 'invalid_input') await requireUser();
  throw error;
}
