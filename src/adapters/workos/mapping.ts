/**
 * WorkOS wire records → the neutral model. Every read is shape-checked on the way: a field of the
 * wrong type (or a status WorkOS never documented) becomes a `bad_response` RosterError here
 * instead of a TypeError somewhere above.
 *
 * WorkOS keeps no status on a user, so it is derived (see `deriveStatus`), and no roles on a user:
 * roles live on organization memberships only.
 */
import type { Invitation, Membership, Organization, Role, User, UserStatus } from '../../core/model.js';
import { badShape as bad, readNonEmptyString, readObject, readOptional, readString, readStringArray } from '../../core/shape.js';
import type { WorkOSInvitation, WorkOSMembership, WorkOSMembershipStatus, WorkOSOrganization, WorkOSRole, WorkOSUser } from './wire.js';

// The shape checks every mapping shares (src/core/shape.ts); only WorkOS's own readings are below.
const id = readNonEmptyString;
const text = (value: unknown, path: string): string | null => readOptional(value, path, readString, null);
const strings = (value: unknown, path: string): string[] => readOptional(value, path, readStringArray, []);

function date(value: unknown, path: string): string | null {
  const t = text(value, path);
  if (t !== null && Number.isNaN(Date.parse(t))) bad(path, 'an ISO 8601 date', value);
  return t;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) bad(path, allowed.join('|'), value);
  return value as T;
}

/** Reads `{ object: 'list', data, list_metadata? }`. */
export function readList<T>(body: unknown, item: (value: unknown, path: string) => T): { data: T[]; after: string | null } {
  const list = readObject(body, 'list');
  if (!Array.isArray(list.data)) bad('list.data', 'an array', list.data);
  const meta = list.list_metadata === undefined ? {} : readObject(list.list_metadata, 'list.list_metadata');
  return { data: list.data.map((v, i) => item(v, `data[${i}]`)), after: text(meta.after, 'list_metadata.after') };
}

export function readUser(value: unknown, path = 'user'): WorkOSUser {
  const u = readObject(value, path);
  const metadata = u.metadata === undefined || u.metadata === null ? {} : readObject(u.metadata, `${path}.metadata`);
  if (typeof u.email_verified !== 'boolean') bad(`${path}.email_verified`, 'a boolean', u.email_verified);
  return {
    ...(u as unknown as WorkOSUser),
    id: id(u.id, `${path}.id`),
    email: text(u.email, `${path}.email`) ?? '',
    first_name: text(u.first_name, `${path}.first_name`),
    last_name: text(u.last_name, `${path}.last_name`),
    profile_picture_url: text(u.profile_picture_url, `${path}.profile_picture_url`),
    last_sign_in_at: date(u.last_sign_in_at, `${path}.last_sign_in_at`),
    created_at: date(u.created_at, `${path}.created_at`) ?? '',
    metadata: metadata as Record<string, string>,
  };
}

const MEMBERSHIP_STATUSES: readonly WorkOSMembershipStatus[] = ['active', 'inactive', 'pending'];

function roleSlug(value: unknown, path: string): string {
  return id(readObject(value, path).slug, `${path}.slug`);
}

export function readMembership(value: unknown, path = 'membership'): WorkOSMembership {
  const m = readObject(value, path);
  const roles = m.roles === undefined || m.roles === null ? undefined : (Array.isArray(m.roles) ? m.roles : bad(`${path}.roles`, 'an array', m.roles)).map((r, i) => ({ slug: roleSlug(r, `${path}.roles[${i}]`) }));
  return {
    ...(m as unknown as WorkOSMembership),
    id: id(m.id, `${path}.id`),
    user_id: id(m.user_id, `${path}.user_id`),
    organization_id: id(m.organization_id, `${path}.organization_id`),
    organization_name: text(m.organization_name, `${path}.organization_name`) ?? '',
    status: oneOf(m.status, MEMBERSHIP_STATUSES, `${path}.status`),
    role: { slug: roleSlug(m.role, `${path}.role`) },
    ...(roles ? { roles } : {}),
  };
}

export function readOrganization(value: unknown, path = 'organization'): WorkOSOrganization {
  const o = readObject(value, path);
  const domains = Array.isArray(o.domains) ? o.domains : o.domains === undefined ? [] : bad(`${path}.domains`, 'an array', o.domains);
  return {
    ...(o as unknown as WorkOSOrganization),
    id: id(o.id, `${path}.id`),
    name: text(o.name, `${path}.name`) ?? '',
    domains: domains.map((d, i) => {
      const domain = readObject(d, `${path}.domains[${i}]`);
      return { ...(domain as unknown as WorkOSOrganization['domains'][number]), domain: id(domain.domain, `${path}.domains[${i}].domain`) };
    }),
  };
}

export function readRole(value: unknown, path = 'role'): WorkOSRole {
  const r = readObject(value, path);
  return {
    ...(r as unknown as WorkOSRole),
    slug: id(r.slug, `${path}.slug`),
    name: text(r.name, `${path}.name`) ?? '',
    description: text(r.description, `${path}.description`),
    permissions: strings(r.permissions, `${path}.permissions`),
    type: oneOf(r.type, ['EnvironmentRole', 'OrganizationRole'] as const, `${path}.type`),
  };
}

const INVITATION_STATES = ['pending', 'accepted', 'expired', 'revoked'] as const;

export function readInvitation(value: unknown, path = 'invitation'): WorkOSInvitation {
  const i = readObject(value, path);
  return {
    ...(i as unknown as WorkOSInvitation),
    id: id(i.id, `${path}.id`),
    email: id(i.email, `${path}.email`),
    state: oneOf(i.state, INVITATION_STATES, `${path}.state`),
    organization_id: text(i.organization_id, `${path}.organization_id`),
  };
}

/** A membership's roles: every role where multiple roles are on, else the one `role`. */
export const membershipRoles = (m: WorkOSMembership): string[] => (m.roles?.length ? m.roles.map((r) => r.slug) : [m.role.slug]);

export function toMembership(m: WorkOSMembership): Membership {
  return { organization: { id: m.organization_id, name: m.organization_name }, roleIds: membershipRoles(m) };
}

/**
 * WorkOS has no user status. Derived:
 * - `invited`: never signed in, and a pending invitation is out for their email;
 * - `disabled`: a member of organizations, every one of them deactivated (pending ones aside);
 * - `active`: everything else, including users in no organization at all.
 */
export function deriveStatus(user: WorkOSUser, memberships: readonly WorkOSMembership[], hasPendingInvitation: boolean): UserStatus {
  if (user.last_sign_in_at === null && hasPendingInvitation) return 'invited';
  const settled = memberships.filter((m) => m.status !== 'pending');
  if (settled.length > 0 && settled.every((m) => m.status === 'inactive')) return 'disabled';
  return 'active';
}

export interface UserFacts {
  user: WorkOSUser;
  memberships: WorkOSMembership[];
  invitations: WorkOSInvitation[];
}

/** The newest pending invitation as the invited user's: when it was sent and by whom (an id), where WorkOS says. */
function invitationOf(invitations: readonly WorkOSInvitation[]): Invitation | null {
  const newest = invitations.filter((i) => i.state === 'pending').sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))[0];
  if (!newest) return null;
  const sent = typeof newest.created_at === 'string' && !Number.isNaN(Date.parse(newest.created_at)) ? newest.created_at : null;
  return { sentAt: sent, invitedBy: typeof newest.inviter_user_id === 'string' && newest.inviter_user_id ? newest.inviter_user_id : null };
}

export function toUser({ user, memberships, invitations }: UserFacts): User {
  const pending = invitations.some((i) => i.state === 'pending');
  const status = deriveStatus(user, memberships, pending);
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return {
    id: user.id,
    email: user.email || null,
    name: name || null,
    givenName: user.first_name,
    familyName: user.last_name,
    phone: null,
    picture: user.profile_picture_url,
    status,
    ...(status === 'invited' ? { invitation: invitationOf(invitations) } : {}),
    emailVerified: user.email_verified,
    // WorkOS assigns roles per organization membership only.
    roleIds: [],
    memberships: memberships.map(toMembership),
    createdAt: user.created_at || null,
    lastLoginAt: user.last_sign_in_at,
    customAttributes: { ...user.metadata },
    raw: { user, memberships, invitations },
  };
}

/** Role ids are WorkOS's slugs: memberships name roles by slug, unique within an organization. */
export function toRole(role: WorkOSRole, organizationId: string | null): Role {
  return {
    id: role.slug,
    name: role.name || role.slug,
    ...(role.description ? { description: role.description } : {}),
    permissions: [...role.permissions],
    organizationId: role.type === 'OrganizationRole' ? organizationId : null,
  };
}

export function toOrganization(o: WorkOSOrganization): Organization {
  return { id: o.id, name: o.name, domains: [...new Set(o.domains.map((d) => d.domain))], raw: o };
}
