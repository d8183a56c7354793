import { memo, useId } from 'react';
import type { Role } from '../../core/model.js';
import type { RoleEditorMessages } from './messages.js';
import { Checkbox } from '../primitives/Checkbox.js';
import type { RoleEditorParts } from './roleEditorParts.js';

export interface RoleOptionProps {
  role: Role;
  checked: boolean;
  /** The staged change to this role, if any. */
  change: 'added' | 'removed' | null;
  isPending: boolean;
  disabled: boolean;
  /** Stable across renders, or every option renders again on each toggle. */
  onToggle: (role: Role, checked: boolean) => void;
  /** One role per membership: the option is a radio of this group. */
  group?: string;
  part: RoleEditorParts;
  messages: RoleEditorMessages;
}

/**
 * One assignable role: a checkbox (a radio where one role is held) named by the role, its
 * description and its permissions. Memoized: a toggle renders the option it changed, not the list.
 */
export const RoleOption = memo(function RoleOption({ role, checked, change, isPending, disabled, onToggle, group, part, messages: t }: RoleOptionProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <li {...part('role')} data-selected={checked ? '' : undefined} data-state={change ?? 'unchanged'} data-pending={isPending ? '' : undefined} aria-busy={isPending || undefined}>
      <Checkbox
        id={id}
        rosterPart={part('checkbox')}
        type={group ? 'radio' : undefined}
        name={group}
        checked={checked}
        disabled={disabled}
        aria-describedby={role.description ? descriptionId : undefined}
        onChange={(event) => onToggle(role, event.target.checked)}
      />
      <div {...part('role-body')}>
        <label htmlFor={id} {...part('role-label')}>
          <bdi {...part('role-name')}>{role.name}</bdi>
          {change && (
            <>
              {' '}
              <span {...part('role-change')}>({change === 'added' ? t.willBeAdded : t.willBeRemoved})</span>
            </>
          )}
        </label>
        {role.description && (
          <p id={descriptionId} {...part('role-description')}>
            <bdi>{role.description}</bdi>
          </p>
        )}
        {role.permissions.length ? (
          <ul {...part('permissions')} aria-label={t.permissionsOf(role.name)}>
            {role.permissions.map((permission) => (
              <li key={permission} {...part('permission')}>
                <bdi>{permission}</bdi>
              </li>
            ))}
          </ul>
        ) : (
          <p {...part('permissions')} data-state="empty">
            {t.noPermissions}
          </p>
        )}
      </div>
    </li>
  );
});
