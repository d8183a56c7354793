/** The one dialog UserTable shows at a time: create, delete, a user's roles or organizations. */
import type { RefObject } from 'react';
import type { RosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { OrgListDialog } from '../OrgList/OrgListDialog.js';
import { RoleEditorDialog } from '../RoleEditor/RoleEditorDialog.js';
import type { RosterTheme } from '../styling.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import { CreateUserDialog } from './CreateUserDialog.js';
import { DeleteUserConfirm } from './DeleteUserConfirm.js';
import type { UserTableMessages } from './messages.js';
import type { UserTableDialog, UserTableParts, UserTableProps } from './userTableProps.js';

export interface UserTableDialogsProps extends Pick<UserTableProps, 'roleEditorClassNames' | 'orgListClassNames' | 'organizationId'> {
  dialog: UserTableDialog | null;
  onDialogChange: (dialog: UserTableDialog | null) => void;
  strings: ComponentStrings<UserTableMessages>;
  /** Inside the table's root, so its theme and tokens reach the dialogs. */
  portal: HTMLElement | null;
  /** Takes focus after a delete, when the row's menu button is gone. */
  fallbackFocus: RefObject<HTMLElement | null>;
  part: UserTableParts;
  theme: RosterTheme | undefined;
  unstyled: boolean;
  onCreated: (user: User) => void;
  onDeleted: (user: User) => void;
  onError: (error: RosterError) => void;
}

export function UserTableDialogs(props: UserTableDialogsProps) {
  const { dialog, onDialogChange, strings, organizationId, portal, fallbackFocus, part, theme, unstyled, onCreated, onDeleted, onError } = props;
  const close = () => onDialogChange(null);
  return (
    <>
      <CreateUserDialog
        strings={strings}
        organizationId={organizationId}
        open={dialog?.kind === 'create'}
        onOpenChange={(open) => onDialogChange(open ? { kind: 'create' } : null)}
        container={portal}
        unstyled={unstyled}
        part={part}
        onCreated={onCreated}
      />
      <DeleteUserConfirm
        strings={strings}
        user={dialog?.kind === 'delete' ? dialog.user : null}
        returnFocus={dialog?.kind === 'delete' ? dialog.returnFocus : null}
        onClose={close}
        fallbackFocus={fallbackFocus}
        onDeleted={onDeleted}
        onError={onError}
        container={portal}
        unstyled={unstyled}
        part={part}
      />
      {dialog?.kind === 'roles' && (
        <RoleEditorDialog
          userId={dialog.user.id}
          organizationId={organizationId}
          open
          onOpenChange={(open) => !open && close()}
          theme={theme}
          unstyled={unstyled}
          classNames={props.roleEditorClassNames}
        />
      )}
      {dialog?.kind === 'organizations' && (
        <OrgListDialog
          userId={dialog.user.id}
          open
          onOpenChange={(open) => !open && close()}
          theme={theme}
          unstyled={unstyled}
          classNames={props.orgListClassNames}
          roleEditorClassNames={props.roleEditorClassNames}
        />
      )}
    </>
  );
}
