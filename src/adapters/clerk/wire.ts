/**
 * Clerk's Backend API wire format (https://api.clerk.com/v1), field names exactly as Clerk sends
 * them and as `@clerk/backend` reads them (its resources' `fromJSON`). Shared by the adapter and
 * the emulator, so the two cannot drift apart silently. Timestamps are epoch milliseconds.
 */

export const CLERK_DEFAULT_API_URL = 'https://api.clerk.com';
/** The path version `@clerk/backend` puts after the API URL. */
export const CLERK_API_VERSION = 'v1';
/** Clerk's documented bounds of `limit` on every list endpoint: 1…500, default 10. */
export const CLERK_MAX_LIMIT = 500;
export const CLERK_DEFAULT_LIMIT = 10;

export interface ClerkVerification {
  status: 'verified' | 'unverified' | 'transferable' | 'failed' | 'expired';
  strategy: string;
  attempts: number | null;
  expire_at: number | null;
}

export interface ClerkIdentificationLink {
  type: string;
  id: string;
}

export interface ClerkEmailAddress {
  id: string;
  object: 'email_address';
  email_address: string;
  reserved: boolean;
  verification: ClerkVerification | null;
  linked_to: ClerkIdentificationLink[];
  created_at: number;
  updated_at: number;
}

export interface ClerkPhoneNumber {
  id: string;
  object: 'phone_number';
  phone_number: string;
  reserved_for_second_factor: boolean;
  default_second_factor: boolean;
  reserved: boolean;
  verification: ClerkVerification | null;
  linked_to: ClerkIdentificationLink[];
  backup_codes: string[] | null;
  created_at: number;
  updated_at: number;
}

export interface ClerkUser {
  id: string;
  object: 'user';
  external_id: string | null;
  primary_email_address_id: string | null;
  primary_phone_number_id: string | null;
  primary_web3_wallet_id: string | null;
  username: string | null;
  first_name: string | null;
  last_name: string | null;
  image_url: string;
  has_image: boolean;
  public_metadata: Record<string, unknown>;
  private_metadata: Record<string, unknown>;
  unsafe_metadata: Record<string, unknown>;
  email_addresses: ClerkEmailAddress[];
  phone_numbers: ClerkPhoneNumber[];
  web3_wallets: unknown[];
  external_accounts: unknown[];
  enterprise_accounts: unknown[];
  password_enabled: boolean;
  two_factor_enabled: boolean;
  totp_enabled: boolean;
  backup_code_enabled: boolean;
  /** Banned by an admin: cannot sign in, sessions revoked. */
  banned: boolean;
  /** Locked after too many failed sign-ins, or by an admin (`/lock`). */
  locked: boolean;
  lockout_expires_in_seconds: number | null;
  verification_attempts_remaining: number | null;
  last_sign_in_at: number | null;
  last_active_at: number | null;
  legal_accepted_at: number | null;
  create_organization_enabled: boolean;
  create_organizations_limit: number | null;
  delete_self_enabled: boolean;
  created_at: number;
  updated_at: number;
}

export interface ClerkOrganization {
  id: string;
  object: 'organization';
  name: string;
  slug: string;
  image_url: string;
  has_image: boolean;
  max_allowed_memberships: number;
  admin_delete_enabled: boolean;
  members_count?: number;
  public_metadata: Record<string, unknown>;
  private_metadata: Record<string, unknown>;
  created_by: string;
  created_at: number;
  updated_at: number;
}

export interface ClerkPublicUserData {
  user_id: string;
  identifier: string;
  first_name: string | null;
  last_name: string | null;
  image_url: string;
  has_image: boolean;
}

export interface ClerkOrganizationMembership {
  id: string;
  object: 'organization_membership';
  /** The role's key, e.g. `org:admin`: one role per membership. */
  role: string;
  role_name: string;
  permissions: string[];
  public_metadata: Record<string, unknown>;
  private_metadata: Record<string, unknown>;
  organization: ClerkOrganization;
  public_user_data: ClerkPublicUserData;
  created_at: number;
  updated_at: number;
}

export interface ClerkPermission {
  id: string;
  object: 'permission';
  name: string;
  key: string;
  description: string;
  type: 'system' | 'user';
  created_at: number;
  updated_at: number;
}

export interface ClerkRole {
  id: string;
  object: 'role';
  name: string;
  /** `org:<name>`: what a membership's `role` holds. */
  key: string;
  description: string;
  is_creator_eligible: boolean;
  permissions: ClerkPermission[];
  created_at: number;
  updated_at: number;
}

/** What Clerk last saw of a session: the client's browser, device and place (`latest_activity`). */
export interface ClerkSessionActivity {
  id: string;
  object: 'session_activity';
  is_mobile: boolean;
  device_type?: string;
  browser_name?: string;
  browser_version?: string;
  ip_address?: string;
  city?: string;
  country?: string;
}

/** `GET /sessions` filters by these (`status`), as `SessionStatus` types them. */
export const CLERK_SESSION_STATUSES = ['abandoned', 'active', 'pending', 'ended', 'expired', 'removed', 'replaced', 'revoked'] as const;
export type ClerkSessionStatus = (typeof CLERK_SESSION_STATUSES)[number];

/** A session: one sign-in on one client, kept after it ends (`status` says how it ended). */
export interface ClerkSession {
  id: string;
  object: 'session';
  client_id: string;
  user_id: string;
  status: ClerkSessionStatus;
  last_active_organization_id: string | null;
  actor: Record<string, unknown> | null;
  latest_activity: ClerkSessionActivity | null;
  last_active_at: number;
  expire_at: number;
  abandon_at: number;
  created_at: number;
  updated_at: number;
}

export type ClerkInvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface ClerkInvitation {
  id: string;
  object: 'invitation';
  email_address: string;
  public_metadata: Record<string, unknown>;
  revoked: boolean;
  status: ClerkInvitationStatus;
  url: string | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
}

/** `{ data, total_count }`: the shape of every paginated list (the SDK's PaginatedResourceResponse). */
export interface ClerkPage<T> {
  data: T[];
  total_count: number;
}

export interface ClerkTotalCount {
  object: 'total_count';
  total_count: number;
}

export interface ClerkDeletedObject {
  object: string;
  id: string;
  deleted: true;
}

export interface ClerkErrorEntry {
  code: string;
  message: string;
  long_message: string;
  meta?: Record<string, unknown>;
}

export interface ClerkErrorBody {
  errors: ClerkErrorEntry[];
  clerk_trace_id?: string;
}

/** Error codes the adapter and the emulator agree on (Clerk's Backend API error index). */
export const CLERK_ERROR_CODES = {
  notFound: 'resource_not_found',
  keyInvalid: 'clerk_key_invalid',
  headerFormatInvalid: 'authorization_header_format_invalid',
  paramMissing: 'form_param_missing',
  paramFormatInvalid: 'form_param_format_invalid',
  paramValueInvalid: 'form_param_value_invalid',
  /** A body field (or query parameter) the endpoint does not take. */
  paramUnknown: 'form_param_unknown',
  identifierExists: 'form_identifier_exists',
  alreadyMember: 'already_a_member_in_organization',
  tooManyRequests: 'too_many_requests',
  unexpected: 'internal_clerk_error',
} as const;

/** `order_by` fields of `GET /users`, as `UserListParams` types them. */
export const CLERK_USER_ORDER_FIELDS = [
  'created_at',
  'updated_at',
  'email_address',
  'web3wallet',
  'first_name',
  'last_name',
  'phone_number',
  'username',
  'last_active_at',
  'last_sign_in_at',
] as const;

export type ClerkUserOrderField = (typeof CLERK_USER_ORDER_FIELDS)[number];
