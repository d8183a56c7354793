import { memo } from 'react';
import type { Role } from '../../core/model.js';
import { useUserCount } from '../../react/useUserCount.js';
import { Button } from '../primitives/Button.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import { useRoleManagerScope } from './roleManagerScope.js';

/** Permissions shown as chips before the rest fold into "+N". */
const CHIPS_SHOWN = 3;

export type RoleAction = 'edit' | 'permissions' | 'delete';

export interface RoleRowProps {
  role: Role;
  organizationId: string | undefined;
  isPending: boolean;
  /** The actions the backend supports; none drawn when empty. */
  actions: readonly RoleAction[];
  onAction: (action: RoleAction, role: Role, button: HTMLElement) => void;
}

/** One role: name, how many hold it, description, permissions as chips, and its actions. */
export const RoleRow = memo(function RoleRow({ role, organizationId, isPending, actions, onAction }: RoleRowProps) {
  const { strings, part } = useRoleManagerScope();
  const { t, format } = strings;
  const { count } = useUserCount({ roleId: role.id, ...(organizationId && { organizationId }) });
  const chips = role.permissions.slice(0, CHIPS_SHOWN);
  const more = role.permissions.length - chips.length;
  const labels: Record<RoleAction, [string, string]> = {
    edit: [t.edit, t.editLabel(role.name)],
    permissions: [t.changePermissions, t.changePermissionsLabel(role.name)],
    delete: [t.delete, t.deleteLabel(role.name)],
  };
  return (
    <li {...part('role')} data-pending={isPending ? '' : undefined} aria-busy={isPending || undefined}>
      <div {...part('role-header')}>
        <bdi {...part('role-name')}>{role.name}</bdi>
        {/* Said only where the backend counts: no number rather than a guess. */}
        {count !== null && <span {...part('user-count')}>{t.userCount(count, format)}</span>}
        {isPending && <span {...part('pending')}>{t.saving}</span>}
      </div>
      {role.description && (
        <p {...part('role-description')}>
          <bdi>{role.description}</bdi>
        </p>
      )}
      {chips.length ? (
        <ul {...part('permissions')} aria-label={t.permissionsOf(role.name)}>
          {chips.map((permission) => (
            <li key={permission} {...part('permission-chip')} title={permission}>
              <bdi>{permission}</bdi>
            </li>
          ))}
          {more > 0 && (
            <li {...part('permission-chip')} data-state="overflow" title={role.permissions.slice(CHIPS_SHOWN).join(', ')}>
              <span aria-hidden="true">{t.moreShort(more, format)}</span>
              <VisuallyHidden>{t.morePermissions(more, format)}</VisuallyHidden>
            </li>
          )}
        </ul>
      ) : (
        <p {...part('no-permissions')}>{t.noPermissions}</p>
      )}
      {actions.length > 0 && (
        <div {...part('actions')}>
          {actions.map((action) => (
            <Button
              key={action}
              size="sm"
              variant="ghost"
              rosterPart={part(action === 'edit' ? 'edit-button' : action === 'permissions' ? 'permissions-button' : 'delete-button')}
              aria-label={labels[action][1]}
              // Disabled while a change waits: a second write to the same role would race the first.
              aria-disabled={(isPending && action !== 'delete') || undefined}
              onClick={(event) => !(isPending && action !== 'delete') && onAction(action, role, event.currentTarget)}
            >
              {labels[action][0]}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
});
