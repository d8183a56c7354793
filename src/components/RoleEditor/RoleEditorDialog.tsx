import { useEffect, useState, type ReactElement } from 'react';
import { canEditRoles } from '../../core/adapter.js';
import type { RoleDiff } from '../../core/changes.js';
import { useRosterContext } from '../../react/context.js';
import { useUser } from '../../react/useUser.js';
import { useUserMemberships } from '../../react/useUserMemberships.js';
import { DiscardConfirm } from '../DiscardConfirm.js';
import type { StylingProps } from '../styling.js';
import { useStylingScope } from '../StylingScope.js';
import { ComponentDialog } from '../ComponentDialog.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { useControllableOpen } from '../useControllableOpen.js';
import { englishRoleEditorMessages } from './messages.js';
import { RoleEditor } from './RoleEditor.js';
import type { RoleEditorPart } from './roleEditorParts.js';

export interface RoleEditorDialogProps extends StylingProps<RoleEditorPart> {
  userId: string;
  /**
   * The user's name for the title ("Edit roles — Aiden Chen"), when the host already has it;
   * otherwise the dialog reads the user (from the cache when another view loaded it).
   */
  userName?: string;
  /** On the editor inside the dialog; `classNames.dialog` styles the dialog itself. */
  className?: string;
  organizationId?: string;
  mode?: 'staged' | 'immediate';
  /** Controlled: pair with `onOpenChange`. Leave out to let `trigger` open and close it. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** A button (any element taking onClick) that opens the dialog; focus returns to it on close. */
  trigger?: ReactElement;
  /** After a staged save landed; the dialog then closes. */
  onSaved?: (saved: RoleDiff) => void;
}

/**
 * RoleEditor in a modal dialog. Leaving with unsaved changes — Escape, a click outside, Cancel or
 * the close button — asks first; a successful Save closes it. Focus goes back to whatever opened
 * it: the trigger, or the element that had focus when a controlled dialog opened.
 */
export function RoleEditorDialog(props: RoleEditorDialogProps) {
  const { userId, organizationId, mode = 'staged', trigger, onSaved, className, classNames } = props;
  const { t, shared } = useComponentMessages('RoleEditorDialog', 'roleEditor', englishRoleEditorMessages);
  const { adapter } = useRosterContext('RoleEditorDialog');
  // The dialog's own parts; the editor inside gets `className` for its root.
  const styling = useStylingScope<RoleEditorPart>('role-editor', { classNames, unstyled: props.unstyled, theme: props.theme });
  const [open, setOpen] = useControllableOpen(props.open, props.defaultOpen ?? false, props.onOpenChange);
  const [isDirty, setDirty] = useState(false);
  const [isConfirming, setConfirming] = useState(false);

  // Only to name the organization in the title; the editor reads the same cached memberships.
  const memberships = useUserMemberships(open && organizationId ? userId : null);
  const organizationName = organizationId ? memberships.data?.find((m) => m.organization.id === organizationId)?.organization.name : undefined;
  // Whose roles: a misclick among 500 rows must not change the wrong person's permissions unseen.
  const user = useUser(open && !props.userName ? userId : null).data;
  const userName = props.userName ?? (user ? user.name?.trim() || user.email || shared.unknownValue : undefined);
  const title = userName
    ? (canEditRoles(adapter, { organizationId }) ? t.dialogTitleFor : t.viewTitleFor)(userName, organizationName)
    : organizationName
      ? t.dialogTitleInOrganization(organizationName)
      : t.dialogTitle;

  // A host closing a controlled dialog decides for itself; the next edit starts clean.
  useEffect(() => {
    if (!open) setDirty(false);
  }, [open]);

  const close = () => {
    setDirty(false);
    setOpen(false);
  };
  const requestClose = () => (isDirty ? setConfirming(true) : close());

  return (
    <ComponentDialog
      styling={styling}
      open={open}
      onOpen={() => setOpen(true)}
      onRequestClose={requestClose}
      trigger={trigger}
      title={title}
      description={mode === 'immediate' ? t.dialogDescriptionImmediate : t.dialogDescription}
      confirmation={
        <DiscardConfirm open={isConfirming} onOpenChange={setConfirming} messages={t} onDiscard={close} />
      }
    >
      <RoleEditor
        userId={userId}
        organizationId={organizationId}
        mode={mode}
        className={className}
        classNames={classNames}
        onDirtyChange={setDirty}
        onCancel={requestClose}
        onSaved={(saved) => {
          onSaved?.(saved);
          close();
        }}
      />
    </ComponentDialog>
  );
}
