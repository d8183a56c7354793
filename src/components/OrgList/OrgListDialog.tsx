import type { ReactElement } from 'react';
import { useUser } from '../../react/useUser.js';
import type { StylingProps } from '../styling.js';
import { useStylingScope } from '../StylingScope.js';
import { ComponentDialog } from '../ComponentDialog.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { useControllableOpen } from '../useControllableOpen.js';
import { englishOrgListMessages } from './messages.js';
import { OrgList, type OrgListPart, type OrgListProps } from './OrgList.js';

export interface OrgListDialogProps extends StylingProps<OrgListPart>, Pick<OrgListProps, 'roleEditorClassNames'> {
  userId: string;
  /**
   * The user's name for the title ("Organizations — Aiden Chen"), when the host already has it;
   * otherwise the dialog reads the user (from the cache when another view loaded it).
   */
  userName?: string;
  /** On the list inside the dialog; `classNames.dialog` styles the dialog itself. */
  className?: string;
  /** Controlled: pair with `onOpenChange`. Leave out to let `trigger` open and close it. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** A button (any element taking onClick) that opens the dialog; focus returns to it on close. */
  trigger?: ReactElement;
}

/** OrgList in a modal dialog; its own dialogs (edit roles, remove, add) open on top of it. */
export function OrgListDialog(props: OrgListDialogProps) {
  const { userId, trigger, className, classNames, roleEditorClassNames } = props;
  const { t, shared } = useComponentMessages('OrgListDialog', 'orgList', englishOrgListMessages);
  // The dialog's own parts; the list inside gets `className` for its root.
  const styling = useStylingScope<OrgListPart>('org-list', { classNames, unstyled: props.unstyled, theme: props.theme });
  const [open, setOpen] = useControllableOpen(props.open, props.defaultOpen ?? false, props.onOpenChange);
  // Whose organizations, in the title and so in the dialog's accessible name.
  const user = useUser(open && !props.userName ? userId : null).data;
  const userName = props.userName ?? (user ? user.name?.trim() || user.email || shared.unknownValue : undefined);
  return (
    <ComponentDialog
      styling={styling}
      open={open}
      onOpen={() => setOpen(true)}
      onRequestClose={() => setOpen(false)}
      trigger={trigger}
      title={userName ? t.dialogTitleFor(userName) : t.label}
      description={t.dialogDescription}
    >
      {/* Inherits `unstyled` and `theme` from this dialog. */}
      <OrgList userId={userId} userName={userName} className={className} classNames={classNames} roleEditorClassNames={roleEditorClassNames} />
    </ComponentDialog>
  );
}
