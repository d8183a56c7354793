/**
 * The Clerk emulator's organization endpoints: organizations, memberships (one role each, a role
 * key of the instance's role set), a user's memberships, the instance's organization roles and
 * instance invitations. Every list answers `{ data, total_count }`.
 */
import type { ClerkInvitation, ClerkOrganizationMembership, ClerkRole } from '../../../adapters/clerk/wire.js';
import { alreadyMember, metadataObject, notFound, optionalString, paramFormatInvalid, paramMissing, paramValueInvalid, type Body } from './failures.js';
import type { ClerkEmulatorState, ClerkMembershipRecord } from './state.js';
import type { ClerkUserOperations } from './users.js';
import { pageParams } from './users.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function page<T>(items: T[], url: URL) {
  const { limit, offset } = pageParams(url);
  return { data: structuredClone(items.slice(offset, offset + limit)), total_count: items.length };
}

function ordered<T extends { created_at: number; id: string }>(items: T[], url: URL, fields: Record<string, (item: T) => string | number>): T[] {
  const orderBy = url.searchParams.get('order_by') || '-created_at';
  const key = orderBy.replace(/^[+-]/, '');
  const read = fields[key];
  if (!read) throw paramValueInvalid('order_by', `order_by must be one of ${Object.keys(fields).join(', ')}, with an optional + or - prefix.`);
  const sign = orderBy.startsWith('-') ? -1 : 1;
  return [...items].sort((a, b) => {
    const av = read(a);
    const bv = read(b);
    const c = typeof av === 'number' && typeof bv === 'number' ? av - bv : collator.compare(String(av), String(bv));
    return c !== 0 ? sign * c : a.id < b.id ? -1 : 1;
  });
}

export function createOrganizationOperations(state: ClerkEmulatorState, users: ClerkUserOperations, newId: (prefix: string) => string) {
  function findOrganization(idOrSlug: string) {
    const organization = state.organizations.find((o) => o.id === idOrSlug || o.slug === idOrSlug);
    if (!organization) throw notFound();
    return organization;
  }

  const membersCount = (organizationId: string) => state.memberships.filter((m) => m.organization_id === organizationId).length;

  function role(key: string): ClerkRole {
    const found = state.roles.find((r) => r.key === key);
    if (!found) throw paramValueInvalid('role', `${key} is not a role of this instance.`);
    return found;
  }

  function wire(m: ClerkMembershipRecord): ClerkOrganizationMembership {
    const user = users.find(m.user_id);
    const held = state.roles.find((r) => r.key === m.role);
    const organization = findOrganization(m.organization_id);
    return structuredClone({
      id: m.id,
      object: 'organization_membership',
      role: m.role,
      role_name: held?.name ?? m.role,
      permissions: held?.permissions.map((p) => p.key) ?? [],
      public_metadata: m.public_metadata,
      private_metadata: m.private_metadata,
      organization: { ...organization, members_count: membersCount(organization.id) },
      public_user_data: {
        user_id: user.id,
        identifier: user.email_addresses.find((e) => e.id === user.primary_email_address_id)?.email_address ?? '',
        first_name: user.first_name,
        last_name: user.last_name,
        image_url: user.image_url,
        has_image: user.has_image,
      },
      created_at: m.created_at,
      updated_at: m.updated_at,
    });
  }

  function listOrganizations(url: URL) {
    const needle = url.searchParams.get('query')?.trim().toLowerCase() ?? '';
    const matching = state.organizations.filter((o) => !needle || [o.id, o.name, o.slug].some((v) => v.toLowerCase().includes(needle)));
    const withCount = url.searchParams.get('include_members_count') === 'true';
    const sorted = ordered(matching, url, { created_at: (o) => o.created_at, name: (o) => o.name, members_count: (o) => membersCount(o.id) });
    return page(withCount ? sorted.map((o) => ({ ...o, members_count: membersCount(o.id) })) : sorted, url);
  }

  function getOrganization(idOrSlug: string, url: URL) {
    const organization = findOrganization(idOrSlug);
    return structuredClone(url.searchParams.get('include_members_count') === 'true' ? { ...organization, members_count: membersCount(organization.id) } : organization);
  }

  function listMembers(organizationId: string, url: URL) {
    findOrganization(organizationId);
    const roles = url.searchParams.getAll('role');
    const userIds = url.searchParams.getAll('user_id');
    const members = state.memberships.filter((m) => m.organization_id === organizationId && (!roles.length || roles.includes(m.role)) && (!userIds.length || userIds.includes(m.user_id)));
    return page(ordered(members, url, { created_at: (m) => m.created_at }).map(wire), url);
  }

  function membershipOf(organizationId: string, userId: string) {
    findOrganization(organizationId);
    const membership = state.memberships.find((m) => m.organization_id === organizationId && m.user_id === userId);
    if (!membership) throw notFound();
    return membership;
  }

  function addMember(organizationId: string, body: Body) {
    const organization = findOrganization(organizationId);
    const userId = optionalString(body, 'user_id');
    if (!userId) throw paramMissing('user_id');
    const key = optionalString(body, 'role');
    if (!key) throw paramMissing('role');
    users.find(userId);
    role(key);
    if (state.memberships.some((m) => m.organization_id === organization.id && m.user_id === userId)) throw alreadyMember();
    const now = Date.now();
    const membership: ClerkMembershipRecord = { id: newId('orgmem'), organization_id: organization.id, user_id: userId, role: key, public_metadata: {}, private_metadata: {}, created_at: now, updated_at: now };
    state.memberships.push(membership);
    return wire(membership);
  }

  function updateMember(organizationId: string, userId: string, body: Body) {
    const membership = membershipOf(organizationId, userId);
    // One role per membership: `role` is a single key, never a list.
    const key = optionalString(body, 'role');
    if (!key) throw paramMissing('role');
    role(key);
    membership.role = key;
    membership.updated_at = Date.now();
    return wire(membership);
  }

  function removeMember(organizationId: string, userId: string) {
    const membership = membershipOf(organizationId, userId);
    const answer = wire(membership);
    state.memberships = state.memberships.filter((m) => m !== membership);
    return answer;
  }

  function userMemberships(userId: string, url: URL) {
    users.find(userId);
    return page(ordered(state.memberships.filter((m) => m.user_id === userId), url, { created_at: (m) => m.created_at }).map(wire), url);
  }

  function listRoles(url: URL) {
    const needle = url.searchParams.get('query')?.trim().toLowerCase() ?? '';
    const matching = state.roles.filter((r) => !needle || [r.name, r.key].some((v) => v.toLowerCase().includes(needle)));
    return page(ordered(matching, url, { created_at: (r) => r.created_at, name: (r) => r.name, key: (r) => r.key }), url);
  }

  function listInvitations(url: URL) {
    const status = url.searchParams.get('status');
    if (status && !['pending', 'accepted', 'revoked', 'expired'].includes(status)) throw paramValueInvalid('status', 'status must be pending, accepted, revoked or expired.');
    const needle = url.searchParams.get('query')?.trim().toLowerCase() ?? '';
    const matching = ordered(state.invitations.filter((i) => (!status || i.status === status) && (!needle || i.email_address.toLowerCase().includes(needle))), url, { created_at: (i) => i.created_at });
    // Without `paginated=true` Clerk answers a bare array, as older SDKs read it.
    return url.searchParams.get('paginated') === 'true' ? page(matching, url) : structuredClone(matching.slice(pageParams(url).offset, pageParams(url).offset + pageParams(url).limit));
  }

  function createInvitation(body: Body) {
    const email = optionalString(body, 'email_address');
    if (!email) throw paramMissing('email_address');
    if (!EMAIL.test(email)) throw paramFormatInvalid('email_address', 'email_address must be a valid email address.');
    if (body.ignore_existing !== true && state.invitations.some((i) => i.status === 'pending' && i.email_address.toLowerCase() === email.toLowerCase())) {
      throw paramValueInvalid('email_address', 'There is already a pending invitation for this email address.');
    }
    const now = Date.now();
    const invitation: ClerkInvitation = {
      id: newId('inv'),
      object: 'invitation',
      email_address: email,
      public_metadata: body.public_metadata === undefined ? {} : structuredClone(metadataObject(body.public_metadata, 'public_metadata')),
      revoked: false,
      status: 'pending',
      url: null,
      expires_at: now + 30 * 86_400_000,
      created_at: now,
      updated_at: now,
    };
    state.invitations.push(invitation);
    return structuredClone(invitation);
  }

  function revokeInvitation(invitationId: string) {
    const invitation = state.invitations.find((i) => i.id === invitationId);
    if (!invitation) throw notFound();
    if (invitation.status !== 'pending') throw paramValueInvalid('invitation_id', `Only pending invitations can be revoked; this one is ${invitation.status}.`);
    Object.assign(invitation, { revoked: true, status: 'revoked', updated_at: Date.now() });
    return structuredClone(invitation);
  }

  return { listOrganizations, getOrganization, listMembers, addMember, updateMember, removeMember, userMemberships, listRoles, listInvitations, createInvitation, revokeInvitation };
}
