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
 * The invitation columns for an adapter that invites nobody (capabilities.createUser.invite is
 * false): it makes users only, so no user of its has an invitation to send again or revoke.
 */
export function invitesNobody(idp: string): Reasons {
  const none = (what: string, flag: string) => `Roster's ${idp} adapter invites nobody (capabilities.createUser.invite is false), so there is no invitation to ${what} (capabilities.details.${flag} is false).`;
  return {
    invitationResend: none('send again', 'resendInvitation'),
    invitationRevoke: none('revoke', 'revokeInvitation'),
  };
}
