import { memo } from 'react';
import { canEditRoles } from '../../core/adapter.js';
import type { Membership, Role } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { Button } from '../primitives/Button.js';
import { RoleEditorDialog } from '../RoleEditor/RoleEditorDialog.js';
import type { RoleEditorPart } from '../RoleEditor/roleEditorParts.js';
import type { StylingProps } from '../styling.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import { MembershipRoles } from './MembershipRoles.js';
import type { OrgListMessages } from './messages.js';
import type { OrgListParts } from './OrgList.js';

export interface MembershipItemProps {
  userId: string;
  userName: string | undefined;
  membership: Membership;
  /** Project-wide roles by id, or null while they load (MembershipRoles). */
  projectRoles: ReadonlyMap<string, Role> | null;
  strings: ComponentStrings<OrgListMessages>;
  part: OrgListParts;
  roleEditorClassNames?: StylingProps<RoleEditorPart>['classNames'];
  /** Asks to remove the user from this organization; absent when the adapter cannot. Stable. */
  onRemove?: (membership: Membership, button: HTMLElement) => void;
}

/**
 * One organization the user belongs to: its name, the roles held there, "Edit roles" (RoleEditor
 * scoped to it, in a dialog) and "Remove". Memoized on the membership: a change to the user's
 * project-wide roles, or to another membership, does not render it or its closed dialog again.
 */
export const MembershipItem = memo(function MembershipItem({ userId, userName, membership, projectRoles, strings, part, roleEditorClassNames, onRemove }: MembershipItemProps) {
  const { adapter } = useRosterContext('OrgList');
  const { t } = strings;
  const { id, name } = membership.organization;
  return (
    <li {...part('item')}>
      <bdi {...part('name')}>{name}</bdi>
      <MembershipRoles membership={membership} projectRoles={projectRoles} strings={strings} part={part} />
      <div {...part('actions')}>
        {canEditRoles(adapter, { organizationId: id }) && (
          <RoleEditorDialog
            userId={userId}
            userName={userName}
            organizationId={id}
            classNames={roleEditorClassNames}
            trigger={
              <Button size="sm" rosterPart={part('edit-button')} aria-label={t.editRolesIn(name)}>
                {t.editRoles}
              </Button>
            }
          />
        )}
        {onRemove && (
          <Button size="sm" variant="ghost" rosterPart={part('remove-button')} aria-label={t.removeFrom(name)} onClick={(event) => onRemove(membership, event.currentTarget)}>
            {t.remove}
          </Button>
        )}
      </div>
    </li>
  );
});
