/**
 * SSOJet's own record of roles, permissions and organizations, and of one user's verification and
 * sign-ins, read past any adapter: for tests and the matrix, which check what the backend holds
 * after a write, not what the adapter says. Roles SSOJet marks `is_deleted` are left out, as
 * SSOJet's own admin screens would.
 */
import type { SsojetLoginLog } from '../../../adapters/ssojet/wireTypes.js';
import type { SsojetEmulatorState } from './state.js';

export interface SsojetRoleRecord {
  id: string;
  name: string;
  slug: string;
  description: string;
  /** Permission names, resolved from the role's `permission_id`. */
  permissions: string[];
  /** Users holding the role project-wide. */
  userIds: string[];
}

export interface SsojetPermissionRecord {
  id: string;
  name: string;
  slug: string;
  description: string;
}

export interface SsojetOrganizationRecord {
  id: string;
  name: string;
  domains: string[];
  /** Users with a membership in the organization. */
  memberIds: string[];
}

export interface SsojetDefinitions {
  roles: SsojetRoleRecord[];
  permissions: SsojetPermissionRecord[];
  organizations: SsojetOrganizationRecord[];
}

function roleRefId(ref: string | { role_id?: string; id?: string; _id?: string }): string | undefined {
  return typeof ref === 'string' ? ref : (ref.role_id ?? ref.id ?? ref._id);
}

export function readSsojetDefinitions(state: SsojetEmulatorState): SsojetDefinitions {
  const permissionName = new Map(state.permissions.map((p) => [p.id, p.name]));
  const users = [...state.users.values()];
  const memberships = [...state.memberships.entries()];
  return {
    roles: state.roles
      .filter((r) => !r.is_deleted)
      .map((r) => ({
        id: r.id,
        name: r.name,
        slug: r.slug ?? '',
        description: r.description ?? '',
        permissions: (r.permission_id ?? []).map((id) => permissionName.get(id) ?? `?${id}`),
        userIds: users.filter((u) => (u.roles ?? []).some((ref) => roleRefId(ref) === r.id)).map((u) => u._id),
      })),
    permissions: state.permissions.map((p) => ({ id: p.id, name: p.name, slug: p.slug ?? '', description: p.description ?? '' })),
    organizations: state.organizations.map((o) => ({
      id: o.id,
      name: o.name,
      domains: [...(o.WhiteListDomains ?? o.WhiteListDomain ?? [])],
      memberIds: memberships.filter(([, held]) => held.some((m) => m.organizationId === o.id)).map(([userId]) => userId),
    })),
  };
}

export interface SsojetUserDetailsRecord {
  id: string;
  email: string;
  /** `email_verified`, as Verify User Status last left it. */
  emailVerified: boolean;
  /** The user's login log as SSOJet holds it, oldest first; copies. */
  loginLogs: SsojetLoginLog[];
}

/** One user's verified flag and sign-ins; null when SSOJet has no such user. */
export function readSsojetUserDetails(state: SsojetEmulatorState, userId: string): SsojetUserDetailsRecord | null {
  const user = state.users.get(userId);
  if (!user) return null;
  return {
    id: user._id,
    email: user.email,
    emailVerified: user.email_verified === true,
    loginLogs: (state.loginLogs.get(userId) ?? []).map((entry) => ({ ...entry })),
  };
}
