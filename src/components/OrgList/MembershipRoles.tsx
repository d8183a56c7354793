import type { Membership, Role } from '../../core/model.js';
import type { OrgListMessages } from './messages.js';
import { useRoles } from '../../react/useRoles.js';
import type { OrgListParts } from './OrgList.js';

interface MembershipRolesProps {
  membership: Membership;
  /**
   * Project-wide roles by id, or null while they load. Role ids are unique across scopes, so most
   * memberships are named from this one list; only a membership holding a role this list does not
   * know asks for its organization's roles — one request per such organization, not per row.
   */
  projectRoles: ReadonlyMap<string, Role> | null;
  messages: OrgListMessages;
  part: OrgListParts;
}

/** The roles held in one organization, as chips named by role. */
export function MembershipRoles({ membership, projectRoles, messages, part }: MembershipRolesProps) {
  if (!projectRoles) return <RoleChips membership={membership} names={null} messages={messages} part={part} />;
  if (membership.roleIds.every((id) => projectRoles.has(id))) {
    return <RoleChips membership={membership} names={projectRoles} messages={messages} part={part} />;
  }
  return <OrganizationRoleChips membership={membership} projectRoles={projectRoles} messages={messages} part={part} />;
}

function OrganizationRoleChips({ membership, projectRoles, messages, part }: MembershipRolesProps & { projectRoles: ReadonlyMap<string, Role> }) {
  const roles = useRoles({ organizationId: membership.organization.id });
  // Should the organization's roles fail to load, unknown ids show as themselves.
  const names = new Map(projectRoles);
  roles.data?.forEach((role) => names.set(role.id, role));
  return <RoleChips membership={membership} names={roles.isLoading ? null : names} messages={messages} part={part} />;
}

function RoleChips({ membership, names, messages: t, part }: Omit<MembershipRolesProps, 'projectRoles'> & { names: ReadonlyMap<string, Role> | null }) {
  if (!membership.roleIds.length) return <span {...part('no-roles')}>{t.noRoles}</span>;
  // While names load, a placeholder rather than raw ids that would flip to names a moment later.
  if (!names) return <span {...part('role-chips')} data-state="loading" aria-hidden="true" />;
  return (
    <ul {...part('role-chips')} aria-label={t.rolesIn(membership.organization.name)}>
      {membership.roleIds.map((id) => (
        <li key={id} {...part('role-chip')}>
          <bdi>{names.get(id)?.name ?? id}</bdi>
        </li>
      ))}
    </ul>
  );
}
