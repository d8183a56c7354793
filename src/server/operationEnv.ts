/**
 * What every operation works with: the adapter, the session's tenant scope, the request's parts,
 * and the checks the handler provides (authorize, lockout protection, the audit note).
 */
import type { AdapterMethodName, RequestContext, RoleScope, RosterAdapter } from '../core/adapter.js';
import type {
  CreateUserInput,
  Membership,
  OrganizationInput,
  OrganizationPatch,
  OrganizationsQuery,
  PermissionInput,
  PermissionPatch,
  RoleInput,
  RolePatch,
  UpdateUserInput,
  User,
  UsersQuery,
  VerificationChange,
} from '../core/model.js';
import type { AuditNote } from './audit.js';
import type { RosterAuditTrail } from './auditTrail.js';
import { HandlerError } from './handlerError.js';
import type { Lockout, LockoutChange } from './lockout.js';
import { publicUser } from './publicFields.js';
import type { RouteParams } from './routes.js';
import type { RosterSession } from './session.js';
import type { TenantScope } from './tenantScope.js';

/** What `authorize` is told about the operation, after validation. */
export interface OperationDetails {
  userId?: string;
  /**
   * The organization a role change or membership change targets, the one a role definition is
   * written in (absent: a project-wide role), or the organization read, changed or deleted.
   */
  organizationId?: string;
  /** The role definition changed or deleted (`updateRole`, `deleteRole`). */
  roleId?: string;
  /** The permission changed or deleted. */
  permissionId?: string;
  /** `createRole`'s input or `updateRole`'s patch. */
  role?: RoleInput | RolePatch;
  /** `createPermission`'s input or `updatePermission`'s patch. */
  permission?: PermissionInput | PermissionPatch;
  /** `createOrganization`'s input or `updateOrganization`'s patch. */
  organization?: OrganizationInput | OrganizationPatch;
  roleIds?: string[];
  status?: 'active' | 'disabled';
  input?: CreateUserInput;
  patch?: UpdateUserInput;
  /** The address looked up (`getUserByEmail`), trimmed. */
  email?: string;
  /** The verified flags to set (`setUserVerified`). */
  verification?: VerificationChange;
  /** For lists: the query as it will run, already pinned to the session's organization. */
  query?: UsersQuery | OrganizationsQuery;
  /**
   * Set when `authorize` is asked a second time because the write would lock someone out: only
   * the answer `'allow-lockout'` lets it through.
   */
  lockout?: Lockout;
}

export interface OperationEnv {
  adapter: RosterAdapter;
  scope: TenantScope;
  session: RosterSession;
  params: RouteParams;
  query: URLSearchParams;
  body: unknown;
  ctx: RequestContext;
  /** Rejects with `forbidden` when the host's `authorize` says no. */
  authorize(operation: AdapterMethodName, details: OperationDetails): Promise<void>;
  /** Rejects when the change would lock out and `authorize` does not answer 'allow-lockout'. */
  protect(operation: AdapterMethodName, details: OperationDetails, change: LockoutChange, memberships?: Membership[] | null): Promise<void>;
  /** The audit record's target and change, filled in as the operation learns them. */
  audit: AuditNote;
  /** The host's trail of the handler's own records, read back as activity; null without one. */
  auditTrail: RosterAuditTrail | null;
  warn(message: string): void;
}

export type Operation = (env: OperationEnv) => Promise<Response>;

export function userIdOf(env: OperationEnv): string {
  return env.params.userId!;
}

export function scopeArg(scope: RoleScope): RoleScope {
  return scope.organizationId ? { organizationId: scope.organizationId } : {};
}

/** The write methods exist only on some adapters; checked before anything else runs. */
export function method<K extends AdapterMethodName>(adapter: RosterAdapter, name: K): NonNullable<RosterAdapter[K]> {
  const fn = adapter[name];
  if (typeof fn !== 'function') throw new HandlerError('unsupported', { status: 501, message: 'The identity provider behind this server does not support this action.' });
  return (fn as (...args: unknown[]) => unknown).bind(adapter) as NonNullable<RosterAdapter[K]>;
}

/**
 * A user as the session may see it, its too-deep custom attributes left out and logged. A tenant
 * admin learns who invited the user only when the user belongs to their organization alone
 * (`memberships`: as the tenant scope read them, else the user's own): the inviter of a user shared
 * with another organization may be that organization's admin, as hidden as its memberships are.
 */
export function visibleUser(env: OperationEnv, user: User, memberships?: Membership[] | null): User {
  const known = memberships ?? user.memberships;
  const showsInviter = env.scope.organizationId === null || (known !== undefined && known.every(env.scope.showsMembership));
  return publicUser(user, env.scope.showsMembership, (key) => env.warn(`Custom attribute "${key}" of user ${user.id} nests too deeply to send; it was left out.`), showsInviter);
}
