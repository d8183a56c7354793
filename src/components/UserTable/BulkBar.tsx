import { useId, useRef, useState } from 'react';
import { canChangeStatus, canEditRoles, holdsOneRole } from '../../core/adapter.js';
import { isRosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useUserActions } from '../../react/useUserActions.js';
import { useRoles } from '../../react/useRoles.js';
import { Button } from '../primitives/Button.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import { displayName } from './columns.js';
import type { UserTableMessages } from './messages.js';
import type { UserTableParts } from './userTableProps.js';
import { runBulk } from './runBulk.js';

type BulkAction = { kind: 'assignRole'; roleId: string } | { kind: 'status'; status: 'active' | 'disabled' } | { kind: 'delete' };

interface BulkResult {
  action: BulkAction;
  succeeded: number;
  failed: { user: User; message: string }[];
}

export interface BulkBarProps {
  strings: ComponentStrings<UserTableMessages>;
  /** Assign roles held in this organization instead of project-wide ones. */
  organizationId?: string;
  selected: User[];
  /** Called with the ids that succeeded, so they leave the selection; failures stay selected. */
  onDone: (succeededIds: string[]) => void;
  onClear: () => void;
  portal: HTMLElement | null;
  unstyled: boolean;
  part: UserTableParts;
}

/** Actions over the selected users, with one result per user and a retry of just the failures. */
export function BulkBar({ strings, organizationId, selected, onDone, onClear, portal, unstyled, part }: BulkBarProps) {
  const { adapter } = useRosterContext('UserTable');
  const actions = useUserActions();
  const { t, shared, format } = strings;
  const roles = useRoles({ organizationId });
  const [roleId, setRoleId] = useState('');
  const [isRunning, setRunning] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const roleSelectId = useId();
  const region = useRef<HTMLDivElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmedDelete = useRef(false);
  const canAssign = canEditRoles(adapter, { organizationId });
  // One role per membership: the picked role replaces the member's role there.
  const one = holdsOneRole(adapter, organizationId);

  const run = async (action: BulkAction, users: User[]) => {
    if (isRunning || !users.length) return;
    setRunning(true);
    setResult(null);
    const byId = new Map(users.map((u) => [u.id, u]));
    const outcome = await runBulk([...byId.keys()], (userId) => {
      if (action.kind === 'assignRole') return actions[one ? 'setUserRoles' : 'addUserRoles'](userId, [action.roleId], { organizationId });
      if (action.kind === 'status') return actions.setUserStatus(userId, action.status);
      return actions.deleteUser(userId);
    });
    setRunning(false);
    setResult({
      action,
      succeeded: outcome.succeeded.length,
      failed: outcome.failed.map(({ userId, error }) => ({ user: byId.get(userId)!, message: isRosterError(error) ? shared.errors[error.code] : shared.errors.server })),
    });
    onDone(outcome.succeeded);
  };

  if (!selected.length && !result) return null;
  return (
    <div ref={region} tabIndex={-1} role="region" aria-label={t.bulkActions} {...part('bulk-bar')} data-pending={isRunning || undefined}>
      {selected.length > 0 && (
        <div {...part('bulk-actions')}>
          <strong>{t.selected(selected.length, format)}</strong>
          {canAssign && roles.data && (
            <span {...part('bulk-assign')}>
              <label htmlFor={roleSelectId}>{one ? t.setRoleLabel : t.assignRoleLabel}</label>
              <select id={roleSelectId} value={roleId} onChange={(e) => setRoleId(e.target.value)} {...part('select', 'roster-select')}>
                <option value="">—</option>
                {roles.data.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
              <Button size="sm" rosterPart={part('button')} unstyled={unstyled} disabled={!roleId} isPending={isRunning} onClick={() => void run({ kind: 'assignRole', roleId }, selected)}>
                {t.apply}
              </Button>
            </span>
          )}
          {canChangeStatus(adapter) && (
            <>
              <Button size="sm" rosterPart={part('button')} unstyled={unstyled} isPending={isRunning} onClick={() => void run({ kind: 'status', status: 'active' }, selected)}>
                {t.enable}
              </Button>
              <Button size="sm" rosterPart={part('button')} unstyled={unstyled} isPending={isRunning} onClick={() => void run({ kind: 'status', status: 'disabled' }, selected)}>
                {t.disable}
              </Button>
            </>
          )}
          {adapter.deleteUser && (
            <Button ref={deleteButton} size="sm" variant="danger" rosterPart={part('button')} unstyled={unstyled} isPending={isRunning} onClick={() => setConfirmDelete(true)}>
              {t.delete}
            </Button>
          )}
          <Button size="sm" variant="ghost" rosterPart={part('button')} unstyled={unstyled} onClick={onClear} disabled={isRunning}>
            {t.clearSelection}
          </Button>
        </div>
      )}
      <div role="status" {...part('bulk-result')}>
        {result && (
          <>
            <p>{t.bulkResult(result.succeeded, result.failed.length, format)}</p>
            {result.failed.length > 0 && (
              <>
                <ul>
                  {result.failed.map(({ user, message }) => (
                    <li key={user.id}>
                      <bdi>{displayName(user, shared)}</bdi>: {message}
                    </li>
                  ))}
                </ul>
                <Button size="sm" rosterPart={part('button')} unstyled={unstyled} isPending={isRunning} onClick={() => void run(result.action, result.failed.map((f) => f.user))}>
                  {t.retryFailed}
                </Button>
              </>
            )}
            <Button size="sm" variant="ghost" rosterPart={part('button')} unstyled={unstyled} onClick={() => setResult(null)}>
              {t.dismiss}
            </Button>
          </>
        )}
      </div>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t.bulkDeleteTitle(selected.length, format)}
        description={t.bulkDeleteDescription}
        confirmLabel={t.deleteConfirm}
        cancelLabel={shared.cancel}
        container={portal}
        parts={part}
        unstyled={unstyled}
        onConfirm={() => {
          confirmedDelete.current = true;
          return run({ kind: 'delete' }, selected);
        }}
        onCloseAutoFocus={(event) => {
          // After a delete the button may be gone with the selection; the results take focus.
          event.preventDefault();
          (confirmedDelete.current ? region.current : deleteButton.current)?.focus();
          confirmedDelete.current = false;
        }}
      />
    </div>
  );
}
