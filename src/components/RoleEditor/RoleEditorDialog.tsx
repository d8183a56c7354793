import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { RoleDiff } from '../../core/changes.js';
import { useUserMemberships } from '../../react/useUserMemberships.js';
import { Button } from '../primitives/Button.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { DialogTrigger } from '../DialogTrigger.js';
import { createParts, type StylingProps } from '../styling.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { useControllableOpen } from '../useControllableOpen.js';
import { useTriggerFocusReturn } from '../useTriggerFocusReturn.js';
import { englishRoleEditorMessages } from './messages.js';
import { RoleEditor, type RoleEditorPart } from './RoleEditor.js';

export interface RoleEditorDialogProps extends StylingProps<RoleEditorPart> {
  userId: string;
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
  const { userId, organizationId, mode = 'staged', trigger, onSaved, theme, className, classNames, unstyled = false } = props;
  const { t, shared } = useComponentMessages('RoleEditorDialog', 'roleEditor', englishRoleEditorMessages);
  // The dialog's own parts; the editor inside gets `className` for its root.
  const part = createParts<RoleEditorPart>('role-editor', { classNames, unstyled });
  const [open, setOpen] = useControllableOpen(props.open, props.defaultOpen ?? false, props.onOpenChange);
  const [isDirty, setDirty] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const [portal, setPortal] = useState<HTMLElement | null>(null);
  const dialogFocus = useTriggerFocusReturn();
  // Set between confirming a discard and the confirmation having closed.
  const isDiscarding = useRef(false);

  // Only to name the organization in the title; the editor reads the same cached memberships.
  const memberships = useUserMemberships(open && organizationId ? userId : null);
  const organizationName = organizationId ? memberships.data?.find((m) => m.organization.id === organizationId)?.organization.name : undefined;

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
    <>
      {trigger && (
        <DialogTrigger
          isOpen={open}
          onOpen={(element) => {
            dialogFocus.rememberTrigger(element);
            setOpen(true);
          }}
        >
          {trigger}
        </DialogTrigger>
      )}
      <DialogFrame
        open={open && portal !== null}
        onOpenChange={(next) => (next ? setOpen(true) : requestClose())}
        title={organizationName ? t.dialogTitleInOrganization(organizationName) : t.dialogTitle}
        description={mode === 'immediate' ? t.dialogDescriptionImmediate : t.dialogDescription}
        container={portal}
        parts={part}
        onCloseAutoFocus={dialogFocus.onCloseAutoFocus}
      >
        <RoleEditor
          userId={userId}
          organizationId={organizationId}
          mode={mode}
          className={className}
          classNames={classNames}
          unstyled={unstyled}
          onDirtyChange={setDirty}
          onCancel={requestClose}
          onSaved={(saved) => {
            onSaved?.(saved);
            close();
          }}
        />
        <Button variant="ghost" size="sm" rosterPart={part('close-button')} unstyled={unstyled} aria-label={shared.close} onClick={requestClose}>
          <span aria-hidden="true">×</span>
        </Button>
      </DialogFrame>
      <ConfirmDialog
        open={isConfirming}
        onOpenChange={setConfirming}
        title={t.discardTitle}
        description={t.discardDescription}
        confirmLabel={t.discardChanges}
        cancelLabel={t.keepEditing}
        container={portal}
        parts={part}
        unstyled={unstyled}
        onConfirm={() => {
          isDiscarding.current = true;
        }}
        onCloseAutoFocus={(event) => {
          // Keep editing: DialogFrame returns focus into the editor. Discard: the editor closes
          // only now, once this dialog's focus trap is gone, so its focus can go back to the opener.
          if (!isDiscarding.current) return;
          isDiscarding.current = false;
          event.preventDefault();
          close();
        }}
      />
      {/* The dialogs portal here, inside the host's tree, so a theme set around the editor reaches them. */}
      <div ref={setPortal} {...part('portal')} data-roster-theme={theme} style={{ display: 'contents' }} />
    </>
  );
}
