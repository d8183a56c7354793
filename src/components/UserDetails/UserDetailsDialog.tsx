import { useEffect, useState, type ReactElement } from 'react';
import type { User } from '../../core/model.js';
import { useUser } from '../../react/useUser.js';
import { DialogTrigger } from '../DialogTrigger.js';
import { DiscardConfirm } from '../DiscardConfirm.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { PortalTarget, StylingProvider, useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { useControllableOpen } from '../useControllableOpen.js';
import { useTriggerFocusReturn } from '../useTriggerFocusReturn.js';
import { englishUserDetailsMessages } from './messages.js';
import { UserDetails } from './UserDetails.js';
import type { UserDetailsPart, UserDetailsProps } from './userDetailsScope.js';

export interface UserDetailsDialogProps extends Omit<UserDetailsProps, 'onDirtyChange' | 'headingLevel'> {
  /**
   * The user's name for the title ("Details — Aiden Chen"), when the host already has it;
   * otherwise the dialog reads the user (from the cache when another view loaded it).
   */
  userName?: string;
  /** On the details inside the dialog; `classNames.dialog` styles the dialog itself. */
  className?: string;
  /** Controlled: pair with `onOpenChange`. Leave out to let `trigger` open and close it. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** A button (any element taking onClick) that opens the dialog; focus returns to it on close. */
  trigger?: ReactElement;
  /**
   * As the dialog closes, before focus goes back to what opened it; call `preventDefault()` to
   * place focus yourself (the table does, when the user's row went with a revoked invitation).
   */
  onCloseAutoFocus?: (event: Event) => void;
}

/**
 * UserDetails in a drawer-like modal dialog, at the inline end of the screen. Leaving with
 * unsaved profile or role changes — Escape, a click outside or the close button — asks first.
 * A revoked invitation removes the user, so the dialog then closes by itself.
 */
export function UserDetailsDialog(props: UserDetailsDialogProps) {
  const { userId, email, organizationId, renderFeedback, onSaved, roleEditorClassNames, orgListClassNames, trigger, className, classNames, onDeleted, onCloseAutoFocus } = props;
  const { t, shared } = useComponentMessages('UserDetailsDialog', 'userDetails', englishUserDetailsMessages);
  // The dialog's own parts; the details inside get `className` for their root.
  const styling = useStylingScope<UserDetailsPart>('user-details', { classNames, unstyled: props.unstyled, theme: props.theme });
  const [open, setOpen] = useControllableOpen(props.open, props.defaultOpen ?? false, props.onOpenChange);
  const [isDirty, setDirty] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const focus = useTriggerFocusReturn();
  // Whose details, in the title and so in the dialog's accessible name.
  const user = useUser(open && !props.userName ? userId : null).data;
  const userName = props.userName ?? (user ? user.name?.trim() || user.email || shared.unknownValue : undefined);

  // A host closing a controlled dialog decides for itself; the next opening starts clean.
  useEffect(() => {
    if (!open) setDirty(false);
  }, [open]);

  const close = () => {
    setDirty(false);
    setOpen(false);
  };
  const requestClose = () => (isDirty ? setConfirming(true) : close());

  return (
    <StylingProvider value={styling}>
      <DialogTrigger isOpen={open} focus={focus} onOpen={() => setOpen(true)}>
        {trigger}
      </DialogTrigger>
      <DialogFrame
        open={open}
        onOpenChange={(next) => (next ? setOpen(true) : requestClose())}
        title={userName ? t.dialogTitleFor(userName) : t.dialogTitle}
        description={t.dialogDescription}
        onClose={requestClose}
        onCloseAutoFocus={(event) => {
          onCloseAutoFocus?.(event);
          if (!event.defaultPrevented) focus.onCloseAutoFocus(event);
        }}
      >
        {/* Inherits `unstyled` and `theme` from this dialog; its headings sit under the dialog's title. */}
        <UserDetails
          userId={userId}
          email={email}
          organizationId={organizationId}
          renderFeedback={renderFeedback}
          onSaved={onSaved}
          roleEditorClassNames={roleEditorClassNames}
          orgListClassNames={orgListClassNames}
          className={className}
          classNames={classNames}
          headingLevel={3}
          onDirtyChange={setDirty}
          onDeleted={(gone: User) => {
            close();
            onDeleted?.(gone);
          }}
        />
      </DialogFrame>
      <DiscardConfirm open={isConfirming} onOpenChange={setConfirming} messages={t} onDiscard={close} />
      <PortalTarget />
    </StylingProvider>
  );
}
