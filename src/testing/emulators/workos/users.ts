/**
 * The WorkOS emulator's users and invitations, as the User Management reference describes them:
 * list filters (`email`, `organization_id`), create / update (omitted fields stay; `metadata` is
 * replaced whole) / delete, and invitations (send, list, get, revoke, resend) with the error codes
 * the reference lists for each.
 */
import { WORKOS_ERROR_CODES as CODES, type WorkOSInvitation, type WorkOSUser } from '../../../adapters/workos/wire.js';
import { failure, invalidParameter, notFound, optionalString, requiredString, type Body } from './failures.js';
import { pageOf } from './paging.js';
import { newInvitation, type WorkOSEmulatorState } from './state.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export type NewId = (prefix: string, createdAt: string) => string;

/** WorkOS metadata: up to 10 keys of at most 40 characters, string values of at most 600. */
function readMetadata(value: unknown): Record<string, string> {
  const bad = (message: string) => failure(400, CODES.invalidMetadata, message);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('metadata must be an object.');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > 10) throw bad('metadata may hold at most 10 keys.');
  for (const [key, v] of entries) {
    if (key.length > 40) throw bad(`The metadata key '${key.slice(0, 40)}…' is longer than 40 characters.`);
    if (typeof v !== 'string' || v.length > 600) throw bad(`The metadata value of '${key}' must be a string of at most 600 characters.`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

export function createUserOperations(state: WorkOSEmulatorState, newId: NewId, now: () => string) {
  function findUser(id: string): WorkOSUser {
    const user = state.users.find((u) => u.id === id);
    if (!user) throw notFound('User', id);
    return user;
  }

  function findOrganization(id: string, status = 404) {
    const organization = state.organizations.find((o) => o.id === id);
    if (!organization) throw failure(status, undefined, `Organization not found: '${id}'.`);
    return organization;
  }

  function checkEmail(email: string, exceptUserId?: string): void {
    if (!EMAIL.test(email)) throw failure(400, CODES.userCreation, 'Validation failed.', [{ code: CODES.invalidEmail, message: 'The email address is not valid.' }]);
    if (state.users.some((u) => u.id !== exceptUserId && sameEmail(u.email, email))) {
      throw failure(400, CODES.userCreation, 'Validation failed.', [{ code: CODES.emailNotAvailable, message: 'This email is not available.' }]);
    }
  }

  /** Fields create and update share; only those present in the body change. */
  function applyProfile(user: WorkOSUser, body: Body): void {
    for (const key of ['first_name', 'last_name', 'external_id', 'locale'] as const) {
      if (key in body) user[key] = body[key] === null ? null : optionalString(body, key) ?? null;
    }
    if ('email_verified' in body) {
      if (typeof body.email_verified !== 'boolean') throw invalidParameter('email_verified', 'email_verified must be a boolean');
      user.email_verified = body.email_verified;
    }
    if ('metadata' in body && body.metadata !== null) user.metadata = readMetadata(body.metadata);
  }

  function listUsers(url: URL) {
    const email = url.searchParams.get('email');
    const organizationId = url.searchParams.get('organization_id') || url.searchParams.get('organization');
    // The reference answers an unknown organization filter with 422.
    if (organizationId) findOrganization(organizationId, 422);
    const members = organizationId ? new Set(state.memberships.filter((m) => m.organization_id === organizationId).map((m) => m.user_id)) : null;
    return pageOf(state.users.filter((u) => (!email || sameEmail(u.email, email)) && (!members || members.has(u.id))), url);
  }

  function createUser(body: Body): WorkOSUser {
    const email = requiredString(body, 'email');
    checkEmail(email);
    const at = now();
    const user: WorkOSUser = {
      object: 'user',
      id: newId('user', at),
      email,
      email_verified: false,
      first_name: null,
      last_name: null,
      profile_picture_url: null,
      last_sign_in_at: null,
      external_id: null,
      metadata: {},
      created_at: at,
      updated_at: at,
    };
    applyProfile(user, body);
    state.users.push(user);
    return structuredClone(user);
  }

  function updateUser(id: string, body: Body): WorkOSUser {
    const user = findUser(id);
    // Checked on a copy so a rejected update changes nothing.
    const draft = structuredClone(user);
    const email = optionalString(body, 'email');
    if (email !== undefined && !sameEmail(email, user.email)) {
      checkEmail(email, user.id);
      draft.email = email;
      draft.email_verified = false;
    }
    applyProfile(draft, body);
    draft.updated_at = now();
    Object.assign(user, draft);
    return structuredClone(user);
  }

  function deleteUser(id: string): void {
    findUser(id);
    state.users = state.users.filter((u) => u.id !== id);
    state.memberships = state.memberships.filter((m) => m.user_id !== id);
  }

  function findInvitation(id: string): WorkOSInvitation {
    const invitation = state.invitations.find((i) => i.id === id);
    if (!invitation) throw notFound('Invitation', id);
    return invitation;
  }

  function listInvitations(url: URL) {
    const email = url.searchParams.get('email');
    const organizationId = url.searchParams.get('organization_id');
    return pageOf(state.invitations.filter((i) => (!email || sameEmail(i.email, email)) && (!organizationId || i.organization_id === organizationId)), url);
  }

  function sendInvitation(body: Body, roleExists: (slug: string, organizationId: string) => boolean, addPendingMembership: (userId: string, organizationId: string, roleSlug: string | null) => void): WorkOSInvitation {
    const email = requiredString(body, 'email');
    if (!EMAIL.test(email)) throw invalidParameter('email', 'email must be a valid email address');
    const organizationId = optionalString(body, 'organization_id') ?? null;
    const roleSlug = optionalString(body, 'role_slug') ?? null;
    const days = body.expires_in_days ?? 7;
    if (typeof days !== 'number' || !Number.isInteger(days)) throw invalidParameter('expires_in_days', 'expires_in_days must be an integer');
    if (days < 1) throw failure(400, 'expires_in_days_too_short', 'expires_in_days must be at least 1.');
    if (days > 30) throw failure(400, 'expires_in_days_too_long', 'expires_in_days must be at most 30.');
    const inviter = optionalString(body, 'inviter_user_id');
    if (inviter) findUser(inviter);
    if (organizationId) findOrganization(organizationId);
    if (roleSlug && (!organizationId || !roleExists(roleSlug, organizationId))) throw failure(400, CODES.invalidRole, `Role '${roleSlug}' is not a valid role.`);

    const user = state.users.find((u) => sameEmail(u.email, email));
    const pending = state.invitations.filter((i) => i.state === 'pending' && sameEmail(i.email, email));
    if (organizationId) {
      if (user && state.memberships.some((m) => m.user_id === user.id && m.organization_id === organizationId && m.status !== 'pending')) {
        throw failure(400, CODES.userAlreadyMember, 'The user is already a member of this organization.');
      }
      if (pending.some((i) => i.organization_id === organizationId)) throw failure(400, CODES.emailAlreadyInvitedToOrganization, 'This email has already been invited to the organization.');
    } else {
      if (user) throw failure(400, CODES.userAlreadyExists, 'A user with this email already exists.');
      if (pending.some((i) => i.organization_id === null)) throw failure(400, CODES.emailAlreadyInvited, 'This email has already been invited.');
    }
    const at = now();
    const invitation = newInvitation(newId('invitation', at), email, at, {
      organization_id: organizationId,
      role_slug: roleSlug,
      inviter_user_id: inviter ?? null,
      expires_at: new Date(Date.parse(at) + days * 86_400_000).toISOString(),
    });
    state.invitations.push(invitation);
    // An existing user invited to an organization holds a pending membership until they accept.
    if (user && organizationId) addPendingMembership(user.id, organizationId, roleSlug);
    return structuredClone(invitation);
  }

  function pendingInvitation(id: string): WorkOSInvitation {
    const invitation = findInvitation(id);
    if (invitation.state === 'expired') throw failure(400, 'invite_expired', 'The invitation has expired.');
    if (invitation.state !== 'pending') throw failure(400, CODES.inviteNotPending, 'Invite is not pending.');
    return invitation;
  }

  function revokeInvitation(id: string): WorkOSInvitation {
    const invitation = findInvitation(id);
    if (invitation.state !== 'pending') throw failure(400, CODES.inviteNotPending, 'Invite is not pending.');
    const at = now();
    Object.assign(invitation, { state: 'revoked', revoked_at: at, updated_at: at });
    return structuredClone(invitation);
  }

  function resendInvitation(id: string, body: Body): WorkOSInvitation {
    const invitation = pendingInvitation(id);
    optionalString(body, 'locale');
    invitation.updated_at = now();
    return structuredClone(invitation);
  }

  return {
    findUser,
    findOrganization,
    listUsers,
    createUser,
    updateUser,
    deleteUser,
    findInvitation,
    listInvitations,
    sendInvitation,
    revokeInvitation,
    resendInvitation,
  };
}

export type UserOperations = ReturnType<typeof createUserOperations>;
