import { useState, type ReactElement } from 'react';
import { Button } from '../primitives/Button.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { DialogTrigger } from '../DialogTrigger.js';
import { createParts, type StylingProps } from '../styling.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { useControllableOpen } from '../useControllableOpen.js';
import { useTriggerFocusReturn } from '../useTriggerFocusReturn.js';
import { englishOrgListMessages } from './messages.js';
import { OrgList, type OrgListPart, type OrgListProps } from './OrgList.js';

export interface OrgListDialogProps extends StylingProps<OrgListPart>, Pick<OrgListProps, 'roleEditorClassNames'> {
  userId: string;
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
  const { userId, trigger, theme, className, classNames, unstyled = false, roleEditorClassNames } = props;
  const { t, shared } = useComponentMessages('OrgListDialog', 'orgList', englishOrgListMessages);
  // The dialog's own parts; the list inside gets `className` for its root.
  const part = createParts<OrgListPart>('org-list', { classNames, unstyled });
  const [open, setOpen] = useControllableOpen(props.open, props.defaultOpen ?? false, props.onOpenChange);
  const [portal, setPortal] = useState<HTMLElement | null>(null);
  const focus = useTriggerFocusReturn();
  return (
    <>
      {trigger && (
        <DialogTrigger
          isOpen={open}
          onOpen={(element) => {
            focus.rememberTrigger(element);
            setOpen(true);
          }}
        >
          {trigger}
        </DialogTrigger>
      )}
      <DialogFrame
        open={open && portal !== null}
        onOpenChange={setOpen}
        title={t.label}
        description={t.dialogDescription}
        container={portal}
        parts={part}
        onCloseAutoFocus={focus.onCloseAutoFocus}
        footer={
          <Button rosterPart={part('close-button')} unstyled={unstyled} onClick={() => setOpen(false)}>
            {shared.close}
          </Button>
        }
      >
        <OrgList
          userId={userId}
          className={className}
          classNames={classNames}
          unstyled={unstyled}
          theme={theme}
          roleEditorClassNames={roleEditorClassNames}
        />
      </DialogFrame>
      {/* The dialog portals here, inside the host's tree, so a theme set around it reaches the dialog. */}
      <div ref={setPortal} {...part('portal')} data-roster-theme={theme} style={{ display: 'contents' }} />
    </>
  );
}
