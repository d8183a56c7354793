/**
 * The one dialog UserTable shows at a time: create, delete, disable, a user's roles,
 * organizations or details. Each names the user it acts on; the table already has the user, so the role and
 * organization dialogs get the name from here rather than asking the directory again.
 */
import { memo, type RefObject } from 'react';
import type { RosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { useUserActions } from '../../react/useUserActions.js';
import { OrgListDialog } from '../OrgList/OrgListDialog.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { RoleEditorDialog } from '../RoleEditor/RoleEditorDialog.js';
import { UserDetailsDialog } from '../UserDetails/UserDetailsDialog.js';
import { displayName } from './columns.js';
import { CreateUserDialog } from './CreateUserDialog.js';
import { DeleteUserConfirm } from './DeleteUserConfirm.js';
import type { UserTableDialog, UserTableProps } from './userTableProps.js';
import { useUserTableScope } from './userTableScope.js';

export interface UserTableDialogsProps extends Pick<UserTableProps, 'roleEditorClassNames' | 'orgListClassNames' | 'userDetailsClassNames'> {
  dialog: UserTableDialog | null;
  onDialogChange: (dialog: UserTableDialog | null) => void;
  /** Takes focus after a delete when no other row's menu button is left. */
  fallbackFocus: RefObject<HTMLElement | null>;
  onCreated: (user: User) => void;
  onDeleted: (user: User) => void;
  /** A write that landed, in words for the feedback area. */
  onFeedback: (text: string) => void;
  onError: (error: RosterError) => void;
}

/** Memoized: closed, the dialogs render nothing new when a row changes, so they are not rendered again. */
export const UserTableDialogs = memo(function UserTableDialogs(props: UserTableDialogsProps) {
  const { dialog, onDialogChange, fallbackFocus, onCreated, onDeleted, onFeedback, onError } = props;
  const { organizationId, strings } = useUserTableScope();
  const { t, shared } = strings;
  const { setUserStatus } = useUserActions();
  const close = () => onDialogChange(null);
  const user = dialog && dialog.kind !== 'create' ? dialog.user : null;
  const name = user ? displayName(user, shared) : '';
  return (
    <>
      <CreateUserDialog open={dialog?.kind === 'create'} onOpenChange={(open) => onDialogChange(open ? { kind: 'create' } : null)} onCreated={onCreated} />
      <DeleteUserConfirm
        user={dialog?.kind === 'delete' ? dialog.user : null}
        returnFocus={dialog?.kind === 'delete' ? dialog.returnFocus : null}
        onClose={close}
        fallbackFocus={fallbackFocus}
        onDeleted={onDeleted}
        onError={onError}
      />
      {/* Confirmation rather than Undo: some directories sign the user out at once, which enabling them again does not restore. */}
      <ConfirmDialog
        open={dialog?.kind === 'disable'}
        onOpenChange={(open) => !open && close()}
        title={dialog?.kind === 'disable' ? t.disableTitle(name) : ''}
        description={t.disableDescription}
        confirmLabel={t.disableConfirm}
        cancelLabel={shared.cancel}
        onConfirm={() =>
          user &&
          setUserStatus(user.id, 'disabled').then(
            (u) => onFeedback(t.statusChanged(name, shared.status[u.status])),
            (e: unknown) => onError(e as RosterError),
          )
        }
      />
      {dialog?.kind === 'roles' && (
        <RoleEditorDialog
          userId={dialog.user.id}
          userName={name}
          organizationId={organizationId}
          open
          onOpenChange={(open) => !open && close()}
          onSaved={() => onFeedback(t.rolesSaved(name))}
          classNames={props.roleEditorClassNames}
        />
      )}
      {dialog?.kind === 'details' && (
        <UserDetailsDialog
          userId={dialog.user.id}
          userName={name}
          organizationId={organizationId}
          open
          onOpenChange={(open) => !open && close()}
          onDeleted={() => onFeedback(t.invitationRevoked(name))}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            focusAfterDetails(dialog, fallbackFocus.current);
          }}
          classNames={props.userDetailsClassNames}
          roleEditorClassNames={props.roleEditorClassNames}
          orgListClassNames={props.orgListClassNames}
        />
      )}
      {dialog?.kind === 'organizations' && (
        <OrgListDialog
          userId={dialog.user.id}
          userName={name}
          open
          onOpenChange={(open) => !open && close()}
          classNames={props.orgListClassNames}
          roleEditorClassNames={props.roleEditorClassNames}
        />
      )}
    </>
  );
});

/**
 * Back from the details: to what opened them; when the user went meanwhile (a revoked
 * invitation), to the row now in their place or the one before it, else to the table.
 */
function focusAfterDetails(dialog: Extract<UserTableDialog, { kind: 'details' }>, table: HTMLElement | null) {
  if (dialog.opener?.isConnected) return dialog.opener.focus();
  const rowAt = (index: number) => table?.querySelector(`tbody tr[data-index="${index}"]`);
  const row = rowAt(dialog.rowIndex) ?? rowAt(dialog.rowIndex - 1);
  const target = row?.querySelector<HTMLElement>('[data-roster-part="user-table-name-button"], [aria-haspopup="menu"]') ?? table;
  target?.focus();
}
