/**
 * The provider-neutral data model. Every adapter maps its identity provider's wire format into
 * these shapes and back; components and hooks only ever see these.
 */

export type UserStatus = 'active' | 'invited' | 'disabled';
export const USER_STATUSES: readonly UserStatus[] = ['active', 'invited', 'disabled'];

export interface Membership {
  organization: Pick<Organization, 'id' | 'name'>;
  /** Roles the user holds inside this organization. */
  roleIds: string[];
}

export interface User {
  id: string;
  email: string | null;
  name: string | null;
  givenName?: string | null;
  familyName?: string | null;
  phone?: string | null;
  picture?: string | null;
  status: UserStatus;
  emailVerified: boolean;
  /** Whether the phone number is verified; absent where the backend does not say. */
  phoneVerified?: boolean;
  /** For an `invited` user, when and by whom the invitation was sent, where the backend says. */
  invitation?: Invitation | null;
  /** Project-wide roles. Organization-scoped roles live in `memberships`. */
  roleIds: string[];
  /** Present when the identity provider returns memberships together with the user. */
  memberships?: Membership[];
  /** ISO 8601. */
  createdAt: string | null;
  /** ISO 8601. */
  lastLoginAt: string | null;
  customAttributes: Record<string, unknown>;
  /** The identity provider's own record, for what the neutral model cannot express. */
  raw?: unknown;
}

/** An invitation that has been sent and not yet accepted. */
export interface Invitation {
  /** ISO 8601; null when the backend does not say. */
  sentAt: string | null;
  /** Who sent it (a name, an email address or an id, as the backend gives it); null when unknown. */
  invitedBy: string | null;
}

export interface Role {
  id: string;
  name: string;
  description?: string;
  /** The names of the permissions the role grants (`Permission.name`). */
  permissions: string[];
  /** The organization this role is defined in; null or absent for a project-wide role. */
  organizationId?: string | null;
}

export interface Organization {
  id: string;
  name: string;
  domains: string[];
  raw?: unknown;
}

/** A permission a role can grant. Roles name their permissions by `name`. */
export interface Permission {
  id: string;
  name: string;
  description?: string;
}

/** A new role. Its scope (project-wide or one organization) is the `RoleScope` of the call. */
export interface RoleInput {
  name: string;
  description?: string;
  /** Permission names. */
  permissions?: string[];
}

/** A partial change of a role: fields left out are never touched. `permissions` replaces the whole set. */
export type RolePatch = Partial<RoleInput>;

export interface PermissionInput {
  name: string;
  description?: string;
}

/** A partial change of a permission; renaming it renames it in every role that grants it. */
export type PermissionPatch = Partial<PermissionInput>;

export interface OrganizationInput {
  name: string;
  /** Email domains that belong to the organization, lower case, without `@`. */
  domains?: string[];
}

/** A partial change of an organization. `domains` replaces the whole list. */
export type OrganizationPatch = Partial<OrganizationInput>;

export type UserSortField = 'name' | 'email' | 'createdAt' | 'lastLoginAt' | 'status';
export const USER_SORT_FIELDS: readonly UserSortField[] = ['name', 'email', 'createdAt', 'lastLoginAt', 'status'];
export type SortDirection = 'asc' | 'desc';

/**
 * Which page to read. `cursor` continues from a previous page's `nextCursor`; `index` (0-based)
 * jumps to a page and only works on adapters whose `capabilities.pagination` is `'offset'`.
 */
export interface PageRequest {
  size: number;
  cursor?: string | null;
  index?: number;
}

export interface UsersQuery {
  search?: string;
  sort?: { field: UserSortField; direction: SortDirection };
  filter?: { status?: UserStatus[]; roleIds?: string[]; organizationId?: string };
  page: PageRequest;
}

export interface OrganizationsQuery {
  search?: string;
  page?: PageRequest;
}

export interface Page<T> {
  items: T[];
  /** Total matching items across all pages, or null when the backend cannot tell. */
  total: number | null;
  /** Pass as `page.cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface CreateUserInput {
  email: string;
  name?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  phone?: string | null;
  roleIds?: string[];
  /** Send an invitation instead of creating an active user, where the backend can. */
  invite?: boolean;
  customAttributes?: Record<string, unknown>;
  /**
   * Create the user as a member of this organization, holding `roleIds` there. Only for adapters
   * whose `capabilities.createUser.organization` is true; the hooks join in a second call otherwise.
   */
  organization?: { id: string; roleIds?: string[] };
}

/**
 * A partial update: fields left out are never touched on the server. `customAttributes` changes
 * only the keys it names; the user's other attributes stay.
 */
export type UpdateUserInput = Partial<
  Pick<User, 'name' | 'givenName' | 'familyName' | 'phone' | 'picture' | 'customAttributes'>
>;

/** Which verified flags to set; a flag left out is not touched. */
export interface VerificationChange {
  email?: boolean;
  phone?: boolean;
}

/**
 * What happened: a sign-in, a failed sign-in, a sign-out, or a change an administrator (or the
 * user) made to the account.
 */
export type ActivityKind = 'sign-in' | 'sign-in-failed' | 'sign-out' | 'change';
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['sign-in', 'sign-in-failed', 'sign-out', 'change'];

/** One entry of a user's activity, as the backend recorded it. Every text is shown as text. */
export interface ActivityEvent {
  /** Unique within the user's activity. */
  id: string;
  kind: ActivityKind;
  /** ISO 8601. */
  at: string;
  /** The backend's own name for the event (`LoginSucceed`, `user.update`), or null. */
  action: string | null;
  /** Who made a change: a name, an email address or an id, as the backend gives it. */
  actor?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Where, as the backend gives it ("Jaipur, India"). */
  location?: string | null;
  /** The user fields a change touched, where the backend says. */
  fields?: string[];
}

/** Which page of a user's activity to read, newest first. */
export interface ActivityQuery {
  page: PageRequest;
}

export type AttributeType = 'string' | 'number' | 'boolean' | 'date' | 'list';
export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['string', 'number', 'boolean', 'date', 'list'];

/**
 * A custom attribute as the backend defines it. Without definitions, the components show each
 * attribute a user has, typed by its value.
 */
export interface AttributeDefinition {
  /** The key in `User.customAttributes`. */
  key: string;
  /** The backend's display name, shown instead of the key when present. */
  label?: string | null;
  type: AttributeType;
  /** Whether an administrator may change it (and only where `editableFields` has `customAttributes`). */
  editable: boolean;
  /** The values a single-choice attribute allows. */
  options?: string[];
}
