import { USER_SORT_FIELDS } from './model.js';
import type {
  CreateUserInput,
  Membership,
  Organization,
  OrganizationsQuery,
  Page,
  Role,
  UpdateUserInput,
  User,
  UserSortField,
  UsersQuery,
  UserStatus,
} from './model.js';

/** Passed as the last argument of every adapter method. */
export interface RequestContext {
  /** Aborted when the caller no longer wants the answer; the method then rejects with an AbortError. */
  signal?: AbortSignal;
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
  /** Whether roles can be defined in and held per organization. */
  organizationRoles: boolean;
  /**
   * `delta`: the backend adds and removes individual roles. `set`: it only replaces the whole
   * set, so the adapter reads, modifies and writes (serialized per user).
   */
  roleUpdates: 'delta' | 'set';
}

/** A backend that does everything itself: the memory directory, and Roster's own server by default. */
export const FULL_CAPABILITIES: AdapterCapabilities = Object.freeze({
  search: true,
  sortFields: USER_SORT_FIELDS,
  filters: Object.freeze({ status: true, roleIds: true, organizationId: true }),
  pagination: 'offset',
  totals: true,
  maxPageSize: 1000,
  organizationRoles: true,
  roleUpdates: 'delta',
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

  /** Without an organization: project-wide roles. With one: the roles assignable inside it. */
  listRoles(scope?: RoleScope, ctx?: RequestContext): Promise<Role[]>;
  addUserRoles?(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext): Promise<void>;
  removeUserRoles?(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext): Promise<void>;
  setUserRoles?(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext): Promise<void>;

  listOrganizations(query?: OrganizationsQuery, ctx?: RequestContext): Promise<Page<Organization>>;
  listUserMemberships(userId: string, ctx?: RequestContext): Promise<Membership[]>;
  addUserToOrganization?(
    userId: string,
    organizationId: string,
    roleIds?: string[],
    ctx?: RequestContext,
  ): Promise<void>;
  removeUserFromOrganization?(userId: string, organizationId: string, ctx?: RequestContext): Promise<void>;
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
  'addUserToOrganization',
  'removeUserFromOrganization',
] as const satisfies readonly AdapterMethodName[];

export type AdapterWriteMethod = (typeof ADAPTER_WRITE_METHODS)[number];

/** Whether the adapter can change the user's roles in the given scope at all. */
export function canEditRoles(adapter: RosterAdapter, scope: RoleScope = {}): boolean {
  if (scope.organizationId && !adapter.capabilities.organizationRoles) return false;
  return Boolean(adapter.setUserRoles || (adapter.addUserRoles && adapter.removeUserRoles));
}
