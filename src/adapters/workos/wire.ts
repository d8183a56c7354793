/**
 * WorkOS's User Management wire format, field names exactly as WorkOS sends them (API reference
 * and `@workos-inc/node` v8's deserializers). Shared by the adapter and the emulator, so the two
 * cannot drift apart silently.
 */

export const WORKOS_DEFAULT_BASE_URL = 'https://api.workos.com';

/** WorkOS documents `limit` as 1…100 on every list; 10 when left out. */
export const WORKOS_MAX_PAGE_SIZE = 100;

export interface WorkOSUser {
  object: 'user';
  id: string;
  email: string;
  email_verified: boolean;
  first_name: string | null;
  last_name: string | null;
  profile_picture_url: string | null;
  /** ISO 8601; null until the user first signs in. */
  last_sign_in_at: string | null;
  locale?: string | null;
  external_id: string | null;
  /** Up to 10 string values. */
  metadata: Record<string, string>;
  created_at: string;
  updated_at: string;
}

export type WorkOSMembershipStatus = 'active' | 'inactive' | 'pending';

export interface WorkOSRoleRef {
  slug: string;
}

export interface WorkOSMembership {
  object: 'organization_membership';
  id: string;
  user_id: string;
  organization_id: string;
  organization_name: string;
  status: WorkOSMembershipStatus;
  directory_managed: boolean;
  /** The primary role. */
  role: WorkOSRoleRef;
  /** Every role held, where the environment has multiple roles enabled. */
  roles?: WorkOSRoleRef[];
  custom_attributes: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface WorkOSOrganizationDomain {
  object: 'organization_domain';
  id: string;
  domain: string;
  organization_id: string;
  state: 'verified' | 'pending' | 'failed' | 'legacy_verified' | 'unverified';
  verification_strategy: 'dns' | 'manual';
  created_at: string;
  updated_at: string;
}

export interface WorkOSOrganization {
  object: 'organization';
  id: string;
  name: string;
  allow_profiles_outside_organization: boolean;
  domains: WorkOSOrganizationDomain[];
  external_id: string | null;
  metadata: Record<string, string>;
  created_at: string;
  updated_at: string;
}

export type WorkOSRoleType = 'EnvironmentRole' | 'OrganizationRole';

export interface WorkOSRole {
  object: 'role';
  id: string;
  name: string;
  slug: string;
  description: string | null;
  permissions: string[];
  resource_type_slug: string;
  type: WorkOSRoleType;
  created_at: string;
  updated_at: string;
}

export type WorkOSInvitationState = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface WorkOSInvitation {
  object: 'invitation';
  id: string;
  email: string;
  state: WorkOSInvitationState;
  accepted_at: string | null;
  revoked_at: string | null;
  expires_at: string;
  organization_id: string | null;
  inviter_user_id: string | null;
  accepted_user_id: string | null;
  role_slug: string | null;
  token: string;
  accept_invitation_url: string;
  created_at: string;
  updated_at: string;
}

export interface WorkOSListMetadata {
  before: string | null;
  after: string | null;
}

export interface WorkOSList<T> {
  object: 'list';
  data: T[];
  list_metadata: WorkOSListMetadata;
}

/** `{ code, message }` (most errors, `errors` on validation) or `{ error, error_description }` (OAuth-style). */
export interface WorkOSErrorBody {
  code?: string;
  message?: string;
  errors?: { code: string; message?: string; field?: string }[];
  error?: string;
  error_description?: string;
}

/** Error codes the reference lists for the calls Roster makes, which the adapter and emulator agree on. */
export const WORKOS_ERROR_CODES = {
  invalidRequest: 'invalid_request_parameters',
  userCreation: 'user_creation_error',
  emailNotAvailable: 'email_not_available',
  invalidEmail: 'invalid_email',
  invalidMetadata: 'invalid_metadata',
  invalidRole: 'invalid_role',
  multipleRolesNotEnabled: 'multiple_roles_not_enabled',
  missingUserOrOrganization: 'missing_user_id_or_organization_id',
  cannotReactivatePending: 'cannot_reactivate_pending_organization_membership',
  cannotDeactivatePending: 'cannot_deactivate_pending_organization_membership',
  emailAlreadyInvited: 'email_already_invited',
  emailAlreadyInvitedToOrganization: 'email_already_invited_to_organization',
  userAlreadyMember: 'user_already_organization_member',
  userAlreadyExists: 'user_already_exists',
  inviteNotPending: 'invite_not_pending',
  rateLimited: 'rate_limit_exceeded',
} as const;

/** API paths, as `@workos-inc/node` v8 calls them. `{…}` parts are path parameters. */
export const WORKOS_PATHS = {
  users: '/user_management/users',
  user: '/user_management/users/{id}',
  memberships: '/user_management/organization_memberships',
  membership: '/user_management/organization_memberships/{id}',
  membershipDeactivate: '/user_management/organization_memberships/{id}/deactivate',
  membershipReactivate: '/user_management/organization_memberships/{id}/reactivate',
  invitations: '/user_management/invitations',
  invitation: '/user_management/invitations/{id}',
  invitationRevoke: '/user_management/invitations/{id}/revoke',
  invitationResend: '/user_management/invitations/{id}/resend',
  organizations: '/organizations',
  organization: '/organizations/{id}',
  organizationRoles: '/organizations/{id}/roles',
  authorizationOrganizationRoles: '/authorization/organizations/{id}/roles',
  environmentRoles: '/authorization/roles',
} as const;

export type WorkOSPath = (typeof WORKOS_PATHS)[keyof typeof WORKOS_PATHS];

/** A path with its `{id}` filled in, encoded. */
export function workosPath(path: WorkOSPath, id?: string): string {
  return id === undefined ? path : path.replace('{id}', encodeURIComponent(id));
}
