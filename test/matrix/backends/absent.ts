/**
 * Reasons shared by several rows of the matrix for the cells a backend cannot back, each naming
 * the declaration it rests on (the row's cell checks the adapter declares the same).
 */
import type { ScenarioId } from '../types.js';

type Reasons = Partial<Record<ScenarioId, string>>;

/**
 * The definition columns for an adapter that manages none (capabilities.manage all false): its
 * roles and organizations are defined in the IdP's own dashboard or API, outside Roster.
 */
export function managesNothing(idp: string): Reasons {
  const roles = `Roster's ${idp} adapter defines no roles (capabilities.manage.projectRoles is false); they are defined in ${idp} itself.`;
  const organizationRoles = `Roster's ${idp} adapter defines no roles inside an organization (capabilities.manage.organizationRoles is false).`;
  const permissions = `Roster's ${idp} adapter creates, renames and deletes no permissions (capabilities.manage.permissions is false).`;
  const organizations = `Roster's ${idp} adapter creates, renames and deletes no organizations (capabilities.manage.organizations is false).`;
  return {
    roleCreate: roles,
    roleRename: roles,
    rolePermissions: roles,
    roleDelete: roles,
    organizationRoleCreate: organizationRoles,
    permissionCreate: permissions,
    permissionRename: permissions,
    permissionDelete: permissions,
    organizationCreate: organizations,
    organizationRename: organizations,
    organizationDelete: organizations,
  };
}

/**
 * The one-user columns beyond the profile for an adapter that declares no details yet
 * (capabilities.details is NO_DETAILS): its verification, activity and invitation APIs are not
 * wired into Roster in this wave.
 */
export function noDetails(idp: string): Reasons {
  const none = (what: string, flag: string) => `Roster's ${idp} adapter does not offer ${what} yet (capabilities.details.${flag} is false).`;
  return {
    detailsVerify: none('marking an email address verified', 'verifyEmail'),
    detailsActivity: none('an activity log', 'activity'),
    invitationResend: none('resending invitations', 'resendInvitation'),
    invitationRevoke: none('revoking invitations', 'revokeInvitation'),
  };
}
