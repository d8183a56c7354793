import type { Membership, Role } from '../../core/model.js';
import type { OrgListMessages } from './messages.js';
import { useRoles } from '../../react/useRoles.js';
import type { OrgListParts } from './OrgList.js';
import { RoleChips } from '../roleChips.js';
import type { ComponentStrings } from '../useComponentMessages.js';

interface MembershipRolesProps {
  membership: Membership;
  /**
   * Project-wide roles by id, or null while they load. Role ids are unique across scopes, so most
   * memberships are named from this one list; only a membership holding a role this list does not
   * know asks for its organization's roles — one request per such organization, not per row.
   */
  projectRoles: ReadonlyMap<string, Role> | null;
  strings: ComponentStrings<OrgListMessages>;
  part: OrgListParts;
}

/** The roles held in one organization, as chips named by role. */
export function MembershipRoles({ membership, projectRoles, strings, part }: MembershipRolesProps) {
  if (!projectRoles) return <MembershipChips membership={membership} names={null} strings={strings} part={part} />;
  if (membership.roleIds.every((id) => projectRoles.has(id))) {
    return <MembershipChips membership={membership} names={projectRoles} strings={strings} part={part} />;
  }
  return <OrganizationMembershipChips membership={membership} projectRoles={projectRoles} strings={strings} part={part} />;
}

function OrganizationMembershipChips({ membership, projectRoles, strings, part }: MembershipRolesProps & { projectRoles: ReadonlyMap<string, Role> }) {
  const roles = useRoles({ organizationId: membership.organization.id });
  // Should the organization's roles fail to load, their ids show as "Unknown role".
  // In the organization's catalogue order (the chips' order), then any project role it leaves out.
  const names = new Map((roles.data ?? []).map((role) => [role.id, role]));
  projectRoles.forEach((role, id) => names.has(id) || names.set(id, role));
  return <MembershipChips membership={membership} names={roles.isLoading ? null : names} strings={strings} part={part} />;
}

function MembershipChips({ membership, names, strings, part }: Omit<MembershipRolesProps, 'projectRoles'> & { names: ReadonlyMap<string, Role> | null }) {
  const { t, format } = strings;
  if (!membership.roleIds.length) return <span {...part('no-roles')}>{t.noRoles}</span>;
  // While names load, a placeholder rather than raw ids that would flip to names a moment later.
  if (!names) return <span {...part('role-chips')} data-state="loading" aria-hidden="true" />;
  return (
    <RoleChips
      roleIds={membership.roleIds}
      rolesById={names}
      strings={t}
      format={format}
      parts={{ chips: part('role-chips'), chip: part('role-chip') }}
      list={{ label: t.rolesIn(membership.organization.name) }}
    />
  );
}
