/**
 * What may leave the server: the neutral model's own fields, copied one by one. Everything else an
 * adapter returns (`raw` with an IdP's connection tokens or passkey credentials, or any field an
 * adapter adds later) is dropped by construction, not by a deny-list that must know its name.
 */
import type { AdapterCapabilities } from '../core/adapter.js';
import type { ActivityEvent, AttributeDefinition, Invitation, Membership, Organization, Page, Permission, Role, User } from '../core/model.js';
import { publicAttributes } from './jsonLimits.js';

const OPTIONAL_USER_TEXT = ['givenName', 'familyName', 'phone', 'picture'] as const;

export function publicMembership(membership: Membership): Membership {
  return {
    organization: { id: membership.organization.id, name: membership.organization.name },
    roleIds: [...membership.roleIds],
  };
}

/**
 * `showsMembership` hides the memberships in organizations the session may not see;
 * `onDroppedAttribute` hears of a custom attribute too deeply nested to send. `showsInviter` false
 * sends an invitation without its `invitedBy`: that is another person's name or address, and for a
 * user shared with another organization it may be that organization's admin (./operationEnv.ts).
 */
export function publicUser(
  user: User,
  showsMembership: (m: Membership) => boolean = () => true,
  onDroppedAttribute: (key: string) => void = () => {},
  showsInviter = true,
): User {
  const out: User = {
    id: user.id,
    email: user.email,
    name: user.name,
    status: user.status,
    emailVerified: user.emailVerified,
    roleIds: [...user.roleIds],
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
    customAttributes: publicAttributes(user.customAttributes, onDroppedAttribute),
  };
  for (const field of OPTIONAL_USER_TEXT) if (user[field] !== undefined) out[field] = user[field];
  if (user.phoneVerified !== undefined) out.phoneVerified = user.phoneVerified;
  if (user.invitation !== undefined) out.invitation = user.invitation && publicInvitation(user.invitation, showsInviter);
  if (user.memberships !== undefined) out.memberships = user.memberships.filter(showsMembership).map(publicMembership);
  return out;
}

function publicInvitation(invitation: Invitation, showsInviter: boolean): Invitation {
  return { sentAt: invitation.sentAt, invitedBy: showsInviter ? invitation.invitedBy : null };
}

/** An activity event's contract fields, its texts as the backend gave them; anything else stays here. */
export function publicActivityEvent(event: ActivityEvent): ActivityEvent {
  const out: ActivityEvent = { id: event.id, kind: event.kind, at: event.at, action: event.action };
  for (const field of ['actor', 'ip', 'userAgent', 'location'] as const) if (event[field] !== undefined) out[field] = event[field];
  if (event.fields !== undefined) out.fields = [...event.fields];
  return out;
}

export function publicAttributeDefinition(definition: AttributeDefinition): AttributeDefinition {
  return {
    key: definition.key,
    ...(definition.label !== undefined && { label: definition.label }),
    type: definition.type,
    editable: definition.editable,
    ...(definition.options !== undefined && { options: [...definition.options] }),
  };
}

export function publicRole(role: Role): Role {
  return {
    id: role.id,
    name: role.name,
    ...(role.description !== undefined && role.description !== null && { description: role.description }),
    permissions: [...role.permissions],
    organizationId: role.organizationId ?? null,
  };
}

export function publicPermission(permission: Permission): Permission {
  return {
    id: permission.id,
    name: permission.name,
    ...(permission.description !== undefined && permission.description !== null && { description: permission.description }),
  };
}

export function publicOrganization(organization: Organization): Organization {
  return { id: organization.id, name: organization.name, domains: [...organization.domains] };
}

export function publicPage<T>(page: Page<T>, item: (value: T) => T): Page<T> {
  return { items: page.items.map(item), total: page.total, nextCursor: page.nextCursor };
}

/** The capability fields the protocol knows, one by one; anything else on the object stays here. */
export function publicCapabilities(c: AdapterCapabilities): AdapterCapabilities {
  const { active, invite, phone, nameParts, customAttributes, roleIds, organization } = c.createUser;
  const { projectRoles, organizationRoles, permissions, organizations } = c.manage;
  const { lookupByEmail, activity, activityIncludesChanges, verifyEmail, verifyPhone, resendInvitation, revokeInvitation, attributeDefinitions } = c.details;
  return {
    search: c.search,
    sortFields: [...c.sortFields],
    filters: { status: c.filters.status, roleIds: c.filters.roleIds, organizationId: c.filters.organizationId },
    pagination: c.pagination,
    totals: c.totals,
    maxPageSize: c.maxPageSize,
    projectRoles: c.projectRoles,
    organizationRoles: c.organizationRoles,
    roleUpdates: c.roleUpdates,
    rolesPerMembership: c.rolesPerMembership,
    createUser: { active, invite, phone, nameParts, customAttributes, roleIds, organization },
    editableFields: [...c.editableFields],
    userStatus: c.userStatus,
    manage: { projectRoles, organizationRoles, permissions, organizations },
    details: { lookupByEmail, activity, activityIncludesChanges, verifyEmail, verifyPhone, resendInvitation, revokeInvitation, attributeDefinitions },
  };
}
