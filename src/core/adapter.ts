import { MANAGE_WRITE_METHODS, type ManageCapabilities } from './manage.js';
import { USER_SORT_FIELDS } from './model.js';
import { USER_DETAILS_READ_METHODS, USER_DETAILS_WRITE_METHODS, type UserDetailsCapabilities } from './userDetails.js';
import type {
  ActivityEvent,
  ActivityQuery,
  AttributeDefinition,
  CreateUserInput,
  Membership,
  Organization,
  OrganizationInput,
  OrganizationPatch,
  OrganizationsQuery,
  Page,
  Permission,
  PermissionInput,
  PermissionPatch,
  Role,
  RoleInput,
  RolePatch,
  UpdateUserInput,
  User,
  UserSortField,
  UsersQuery,
  UserStatus,
  VerificationChange,
} from './model.js';

/** Passed as the last argument of every adapter method. */
export interface RequestContext {
  /** Aborted when the caller no longer wants the answer; the method then rejects with an AbortError. */
  signal?: AbortSignal;
}

/** Options of `addUserMembership`: what the new member holds in the organization. */
export interface MembershipOptions {
  /** Roles granted inside the organization as the user joins it. */
  roleIds?: string[];
}

export interface RoleScope {
  /** Edit roles held inside this organization instead of project-wide roles. */
  organizationId?: string;
}

/**
 * What the backend can do itself. The hooks and components read this to show only the controls
 * that work, and to fall back to client-side processing where the backend cannot help.
 */
export interface AdapterCapabilities {
  /** Free-text search over name and email, done by the backend. */
  search: boolean;
  /** Fields the backend can sort users by. Empty when it cannot sort. */
  sortFields: readonly UserSortField[];
  /** Filters the backend applies. */
  filters: { status: boolean; roleIds: boolean; organizationId: boolean };
  /** `offset` pages can be jumped to by index; `cursor` pages only follow `nextCursor`. */
  pagination: 'offset' | 'cursor';
  /** Whether `Page.total` is filled in for users. */
  totals: boolean;
  /** Largest page size the backend accepts. */
  maxPageSize: number;
  /**
   * Whether project-wide roles can be assigned through this adapter. False where roles exist only
   * per organization, or where the caller may act inside one organization only (a tenant admin's
   * own session).
   */
  projectRoles: boolean;
  /** Whether roles can be defined in and held per organization. */
  organizationRoles: boolean;
  /**
   * `delta`: the backend adds and removes individual roles. `set`: it only replaces the whole
   * set, so the adapter reads, modifies and writes (serialized per user).
   */
  roleUpdates: 'delta' | 'set';
  /**
   * How many roles a member holds inside one organization. `many`: any number. `one`: exactly
   * one (Clerk's memberships); a write that would leave zero or two is refused with
   * `invalid_input`, and the components offer a single choice that replaces the held role.
   */
  rolesPerMembership: 'many' | 'one';
  /**
   * Which inputs `createUser` honours; every flag false when it cannot create users. A form shows
   * a field only when its flag is true, so nothing typed is refused or silently dropped.
   */
  createUser: CreateUserCapabilities;
  /** The user fields `updateUser` can change; empty when it cannot edit users. */
  editableFields: readonly EditableUserField[];
  /** Whether `setUserStatus` can enable and disable users. */
  userStatus: boolean;
  /**
   * Which definitions the adapter can create, change and delete: roles, permissions,
   * organizations (RoleManager, OrganizationManager). NO_MANAGEMENT when it can change none.
   */
  manage: ManageCapabilities;
  /**
   * What the adapter offers about one user beyond the record (UserDetails): lookup by email,
   * activity, verification, invitations, attribute definitions. NO_DETAILS where it offers none.
   */
  details: UserDetailsCapabilities;
}

export interface CreateUserCapabilities {
  /** Creates a ready, `active` user when `invite` is left out. False where the backend only invites. */
  active: boolean;
  /** `invite: true` sends an invitation (the user starts `invited`) instead of creating an active user. */
  invite: boolean;
  /** `phone` is stored. */
  phone: boolean;
  /** `givenName` and `familyName` are stored as their own fields (else only `name`). */
  nameParts: boolean;
  /** `customAttributes` are stored. */
  customAttributes: boolean;
  /** Project-wide `roleIds` are granted as the user is created. */
  roleIds: boolean;
  /** `organization` places the new user in an organization (with roles there) as part of the create. */
  organization: boolean;
}

export type EditableUserField = keyof UpdateUserInput;
export const EDITABLE_USER_FIELDS: readonly EditableUserField[] = ['name', 'givenName', 'familyName', 'phone', 'picture', 'customAttributes'];

/** An adapter that cannot create users at all. */
export const NO_CREATE_INPUTS: CreateUserCapabilities = Object.freeze({
  active: false,
  invite: false,
  phone: false,
  nameParts: false,
  customAttributes: false,
  roleIds: false,
  organization: false,
});

/** A backend that does everything itself: the memory directory, and Roster's own server by default. */
export const FULL_CAPABILITIES: AdapterCapabilities = Object.freeze({
  search: true,
  sortFields: USER_SORT_FIELDS,
  filters: Object.freeze({ status: true, roleIds: true, organizationId: true }),
  pagination: 'offset',
  totals: true,
  maxPageSize: 1000,
  projectRoles: true,
  organizationRoles: true,
  roleUpdates: 'delta',
  rolesPerMembership: 'many',
  createUser: Object.freeze({ active: true, invite: true, phone: true, nameParts: true, customAttributes: true, roleIds: true, organization: true }),
  editableFields: EDITABLE_USER_FIELDS,
  userStatus: true,
  manage: Object.freeze({ projectRoles: true, organizationRoles: true, permissions: true, organizations: true }),
  details: Object.freeze({ lookupByEmail: true, activity: true, activityIncludesChanges: true, verifyEmail: true, verifyPhone: true, resendInvitation: true, revokeInvitation: true, attributeDefinitions: true }),
});

export interface RosterAdapter {
  /** Stable identifier of this backend and its configuration; part of every cache key. */
  readonly id: string;
  readonly capabilities: AdapterCapabilities;

  listUsers(query: UsersQuery, ctx?: RequestContext): Promise<Page<User>>;
  getUser(userId: string, ctx?: RequestContext): Promise<User>;
  createUser?(input: CreateUserInput, ctx?: RequestContext): Promise<User>;
  /** Partial: fields left out of `patch` are never overwritten. */
  updateUser?(userId: string, patch: UpdateUserInput, ctx?: RequestContext): Promise<User>;
  deleteUser?(userId: string, ctx?: RequestContext): Promise<void>;
  setUserStatus?(userId: string, status: Exclude<UserStatus, 'invited'>, ctx?: RequestContext): Promise<User>;

  // One user, whole (capabilities.details).
  /** The user with this email address (compared case-insensitively); rejects with `not_found` when none. */
  getUserByEmail?(email: string, ctx?: RequestContext): Promise<User>;
  /** The user's activity, newest first, one page at a time. */
  listUserActivity?(userId: string, query: ActivityQuery, ctx?: RequestContext): Promise<Page<ActivityEvent>>;
  /** Marks the email address and/or phone number verified or unverified; flags left out stay. */
  setUserVerified?(userId: string, change: VerificationChange, ctx?: RequestContext): Promise<User>;
  /** Sends an invited user's invitation again; `invalid_input` when the user is not `invited`. */
  resendInvitation?(userId: string, ctx?: RequestContext): Promise<void>;
  /** Withdraws an invited user's invitation and removes the user; `invalid_input` when not `invited`. */
  revokeInvitation?(userId: string, ctx?: RequestContext): Promise<void>;
  /** The custom attributes the backend defines, with their types. */
  listAttributeDefinitions?(ctx?: RequestContext): Promise<AttributeDefinition[]>;

  /** Without an organization: project-wide roles. With one: the roles assignable inside it. */
  listRoles(scope?: RoleScope, ctx?: RequestContext): Promise<Role[]>;
  addUserRoles?(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext): Promise<void>;
  removeUserRoles?(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext): Promise<void>;
  setUserRoles?(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext): Promise<void>;

  listOrganizations(query?: OrganizationsQuery, ctx?: RequestContext): Promise<Page<Organization>>;
  /**
   * One organization by id, rejecting with `not_found` when there is none. Optional: without it,
   * the server finds a tenant admin's organization by paging through `listOrganizations`.
   */
  getOrganization?(organizationId: string, ctx?: RequestContext): Promise<Organization>;
  listUserMemberships(userId: string, ctx?: RequestContext): Promise<Membership[]>;
  /** Makes the user a member of the organization, holding `options.roleIds` there. */
  addUserMembership?(userId: string, organizationId: string, options?: MembershipOptions, ctx?: RequestContext): Promise<void>;
  removeUserMembership?(userId: string, organizationId: string, ctx?: RequestContext): Promise<void>;

  // Definitions (capabilities.manage). A duplicate name rejects with `conflict` and a field error
  // on `name`; a write to an id that no longer exists rejects with `not_found` and creates nothing.
  /** Defines a role project-wide, or inside `scope.organizationId`. */
  createRole?(input: RoleInput, scope?: RoleScope, ctx?: RequestContext): Promise<Role>;
  updateRole?(roleId: string, patch: RolePatch, scope?: RoleScope, ctx?: RequestContext): Promise<Role>;
  /** Deletes the role; every user holding it loses it. */
  deleteRole?(roleId: string, scope?: RoleScope, ctx?: RequestContext): Promise<void>;
  /** Every permission a role can grant (project-wide). */
  listPermissions?(ctx?: RequestContext): Promise<Permission[]>;
  createPermission?(input: PermissionInput, ctx?: RequestContext): Promise<Permission>;
  updatePermission?(permissionId: string, patch: PermissionPatch, ctx?: RequestContext): Promise<Permission>;
  /** Deletes the permission; every role granting it stops granting it. */
  deletePermission?(permissionId: string, ctx?: RequestContext): Promise<void>;
  createOrganization?(input: OrganizationInput, ctx?: RequestContext): Promise<Organization>;
  updateOrganization?(organizationId: string, patch: OrganizationPatch, ctx?: RequestContext): Promise<Organization>;
  /** Deletes the organization; its members lose their membership (their accounts stay). */
  deleteOrganization?(organizationId: string, ctx?: RequestContext): Promise<void>;
}

export type AdapterMethodName = Exclude<keyof RosterAdapter, 'id' | 'capabilities'>;

export const ADAPTER_READ_METHODS = [
  'listUsers',
  'getUser',
  'listRoles',
  'listOrganizations',
  'listUserMemberships',
] as const satisfies readonly AdapterMethodName[];

export const ADAPTER_WRITE_METHODS = [
  'createUser',
  'updateUser',
  'deleteUser',
  'setUserStatus',
  'addUserRoles',
  'removeUserRoles',
  'setUserRoles',
  'addUserMembership',
  'removeUserMembership',
  ...MANAGE_WRITE_METHODS,
  ...USER_DETAILS_WRITE_METHODS,
] as const satisfies readonly AdapterMethodName[];

export type AdapterWriteMethod = (typeof ADAPTER_WRITE_METHODS)[number];

/**
 * Reads an adapter may leave out. `getOrganization` only makes another read cheaper;
 * `listPermissions` is needed only to manage permissions; the details reads only for UserDetails. Kept out of ADAPTER_READ_METHODS, which
 * every adapter must have.
 */
export const ADAPTER_OPTIONAL_READ_METHODS = ['getOrganization', 'listPermissions', ...USER_DETAILS_READ_METHODS] as const satisfies readonly AdapterMethodName[];

/** An adapter method bound to its adapter, so wrappers can call it without knowing its signature. */
export type BoundAdapterMethod = (...args: unknown[]) => Promise<unknown>;

/**
 * The adapter's methods by name, each called with the adapter as `this`. Looked up by name through
 * the prototype chain: a class instance keeps its methods on the prototype, where copying own keys
 * would lose them. Every wrapper (the guard, the server's upstream errors) starts from this.
 */
export function adapterMethods(adapter: RosterAdapter): Partial<Record<AdapterMethodName, BoundAdapterMethod>> {
  const methods: Partial<Record<AdapterMethodName, BoundAdapterMethod>> = {};
  for (const name of [...ADAPTER_READ_METHODS, ...ADAPTER_OPTIONAL_READ_METHODS, ...ADAPTER_WRITE_METHODS]) {
    const method: unknown = adapter[name];
    if (typeof method === 'function') methods[name] = (...args) => method.apply(adapter, args);
  }
  return methods;
}

/** Whether users can be enabled and disabled: declared, and the method is there. */
export function canChangeStatus(adapter: RosterAdapter): boolean {
  return adapter.capabilities.userStatus && typeof adapter.setUserStatus === 'function';
}

/**
 * Whether users can be created — inside `organizationId` when given: in the create call itself,
 * or by joining right after it.
 */
export function canCreateUsers(adapter: RosterAdapter, organizationId?: string): boolean {
  if (typeof adapter.createUser !== 'function') return false;
  return !organizationId || adapter.capabilities.createUser.organization || typeof adapter.addUserMembership === 'function';
}

/** Whether a member holds exactly one role in `organizationId`: the role is then picked, not added. */
export function holdsOneRole(adapter: RosterAdapter, organizationId: string | null | undefined): boolean {
  return Boolean(organizationId) && adapter.capabilities.rolesPerMembership === 'one';
}

/** Whether the adapter can change the user's roles in the given scope at all. */
export function canEditRoles(adapter: RosterAdapter, scope: RoleScope = {}): boolean {
  if (scope.organizationId ? !adapter.capabilities.organizationRoles : !adapter.capabilities.projectRoles) return false;
  return Boolean(adapter.setUserRoles || (adapter.addUserRoles && adapter.removeUserRoles));
}
