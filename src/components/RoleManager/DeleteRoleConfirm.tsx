/**
 * "Delete Admin?" with what it does to people: how many hold the role (where the backend counts)
 * and a few of them by name. Focus goes back to the row's Delete button on Cancel; after the
 * delete, to the next row's Delete button, else the previous one's, else the list.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { toRosterError, type RosterError } from '../../core/errors.js';
import type { Role } from '../../core/model.js';
import { useUserCount } from '../../react/useUserCount.js';
import { useUsers } from '../../react/useUsers.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { focusFirstConnected, neighbourControls } from './focusAfterDelete.js';
import { useRoleManagerScope } from './roleManagerScope.js';

export interface DeleteTarget {
  role: Role;
  /** The row's Delete button. */
  returnFocus: HTMLElement | null;
}

export interface DeleteRoleConfirmProps {
  target: DeleteTarget | null;
  organizationId: string | undefined;
  deleteRole: (roleId: string) => Promise<void>;
  onClose: () => void;
  /** Takes focus after a delete when no other row is left on the page. */
  fallbackFocus: RefObject<HTMLElement | null>;
  onDeleted: (role: Role, lost: number | null) => void;
  onError: (error: RosterError) => void;
}

const HOLDERS_SHOWN = 5;

export function DeleteRoleConfirm({ target, organizationId, deleteRole, onClose, fallbackFocus, onDeleted, onError }: DeleteRoleConfirmProps) {
  const { strings } = useRoleManagerScope();
  const { t, shared, format } = strings;
  const role = target?.role ?? null;
  const { count } = useUserCount(role ? { roleId: role.id, ...(organizationId && { organizationId }) } : null);
  // The dialog outlives the row it deletes: keep where focus may go.
  const returnTo = useRef<HTMLElement | null>(null);
  const landing = useRef<HTMLElement[] | null>(null);
  useEffect(() => {
    if (target) returnTo.current = target.returnFocus;
  }, [target]);

  return (
    <ConfirmDialog
      open={role !== null}
      onOpenChange={(open) => !open && onClose()}
      title={role ? t.deleteTitle(role.name) : ''}
      description={role ? (count === null ? t.deleteHoldersUnknown(role.name) : t.deleteHolders(count, role.name, format)) : ''}
      confirmLabel={t.deleteConfirm}
      cancelLabel={shared.cancel}
      onConfirm={async () => {
        if (!role) return;
        const lost = count;
        const neighbours = neighbourControls(returnTo.current);
        try {
          await deleteRole(role.id);
          landing.current = neighbours;
          onDeleted(role, lost);
        } catch (e) {
          onError(toRosterError(e));
        }
      }}
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        const candidates = landing.current ?? [returnTo.current];
        landing.current = null;
        focusFirstConnected(candidates, fallbackFocus.current);
      }}
    >
      {role && count !== 0 && <RoleHolders role={role} organizationId={organizationId} count={count} />}
    </ConfirmDialog>
  );
}

/** A few of the users who hold the role, read only while the confirmation is open. */
function RoleHolders({ role, organizationId, count }: { role: Role; organizationId: string | undefined; count: number | null }) {
  const { strings, part } = useRoleManagerScope();
  const { t, shared, format } = strings;
  const holders = useUsers(
    { filter: { roleIds: [role.id], ...(organizationId && { organizationId }) }, page: { size: HOLDERS_SHOWN } },
    // Where the backend cannot filter by role, a bounded read: the names are an example, the count says how many.
    { prefetchNext: false, clientSideLimit: 1000 },
  );
  const users = holders.data?.items.slice(0, HOLDERS_SHOWN) ?? [];
  if (!users.length) return null;
  const total = count ?? holders.data?.total ?? null;
  const more = total !== null ? total - users.length : 0;
  return (
    <ul {...part('holders')} aria-label={t.holdersLabel(role.name)}>
      {users.map((user) => (
        <li key={user.id} {...part('holder')}>
          <bdi>{user.name?.trim() || user.email || shared.unknownValue}</bdi>
        </li>
      ))}
      {more > 0 && <li {...part('holder')} data-state="more">{t.moreHolders(more, format)}</li>}
    </ul>
  );
}
