import { memo, useId, useRef, useState } from 'react';
import { canChangeStatus, canEditRoles, holdsOneRole } from '../../core/adapter.js';
import { isRosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useUserActions } from '../../react/useUserActions.js';
import { useRoles } from '../../react/useRoles.js';
import { Button } from '../primitives/Button.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { displayName } from './columns.js';
import { runBulk } from './runBulk.js';
import { useUserTableScope } from './userTableScope.js';

type BulkAction = { kind: 'assignRole'; roleId: string } | { kind: 'status'; status: 'active' | 'disabled' } | { kind: 'delete' };

interface BulkResult {
  action: BulkAction;
  succeeded: number;
  failed: { user: User; message: string }[];
}

export interface BulkBarProps {
  selected: User[];
  /** Called with the ids that succeeded, so they leave the selection; failures stay selected. */
  onDone: (succeededIds: string[]) => void;
  onClear: () => void;
}

/** Actions over the selected users, with one result per user and a retry of just the failures. */
export const BulkBar = memo(function BulkBar({ selected, onDone, onClear }: BulkBarProps) {
  const { strings, part, organizationId } = useUserTableScope();
  const { adapter } = useRosterContext('UserTable');
  const actions = useUserActions();
  const { t, shared, format } = strings;
  const roles = useRoles({ organizationId });
  const [roleId, setRoleId] = useState('');
  const [isRunning, setRunning] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  // Delete and disable ask first; the confirmation names the count on its button as in its title.
  const [confirming, setConfirming] = useState<'delete' | 'disable' | null>(null);
  const roleSelectId = useId();
  const region = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const confirmed = useRef(false);
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
              <Button size="sm" rosterPart={part('button')} disabled={!roleId} isPending={isRunning} onClick={() => void run({ kind: 'assignRole', roleId }, selected)}>
                {t.apply}
              </Button>
            </span>
          )}
          {canChangeStatus(adapter) && (
            <>
              <Button size="sm" rosterPart={part('button')} isPending={isRunning} onClick={() => void run({ kind: 'status', status: 'active' }, selected)}>
                {t.enable}
              </Button>
              <Button size="sm" rosterPart={part('button')} isPending={isRunning} onClick={(e) => ((opener.current = e.currentTarget), setConfirming('disable'))}>
                {t.disable}
              </Button>
            </>
          )}
          {adapter.deleteUser && (
            <Button size="sm" variant="danger" rosterPart={part('button')} isPending={isRunning} onClick={(e) => ((opener.current = e.currentTarget), setConfirming('delete'))}>
              {t.delete}
            </Button>
          )}
          <Button size="sm" variant="ghost" rosterPart={part('button')} onClick={onClear} disabled={isRunning}>
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
                <Button size="sm" rosterPart={part('button')} isPending={isRunning} onClick={() => void run(result.action, result.failed.map((f) => f.user))}>
                  {t.retryFailed}
                </Button>
              </>
            )}
            <Button size="sm" variant="ghost" rosterPart={part('button')} onClick={() => setResult(null)}>
              {t.dismiss}
            </Button>
          </>
        )}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={(confirming === 'disable' ? t.bulkDisableTitle : t.bulkDeleteTitle)(selected.length, format)}
        description={confirming === 'disable' ? t.disableDescription : t.bulkDeleteDescription}
        confirmLabel={(confirming === 'disable' ? t.bulkDisableConfirm : t.bulkDeleteConfirm)(selected.length, format)}
        cancelLabel={shared.cancel}
        onConfirm={() => {
          confirmed.current = true;
          return run(confirming === 'disable' ? { kind: 'status', status: 'disabled' } : { kind: 'delete' }, selected);
        }}
        onCloseAutoFocus={(event) => {
          // After the action the button may be gone with the selection; the results take focus.
          event.preventDefault();
          (confirmed.current || !opener.current?.isConnected ? region.current : opener.current)?.focus();
          confirmed.current = false;
        }}
      />
    </div>
  );
});
