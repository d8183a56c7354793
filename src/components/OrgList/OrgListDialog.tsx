import { useState, type ReactElement } from 'react';
import { useRosterContext } from '../../react/context.js';
import { Button } from '../primitives/Button.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { DialogTrigger } from '../DialogTrigger.js';
import { createParts, type StylingProps } from '../styling.js';
import { useControllableOpen } from '../useControllableOpen.js';
import { useTriggerFocusReturn } from '../useTriggerFocusReturn.js';
import { OrgList, type OrgListPart } from './OrgList.js';

export type OrgListDialogPart = OrgListPart | 'dialog' | 'close-button';
export type OrgListDialogClassNames = Partial<Record<OrgListDialogPart, string>>;

export interface OrgListDialogProps extends StylingProps<OrgListDialogPart> {
  userId: string;
  /** On the list inside the dialog; `classNames.dialog` styles the dialog itself. */
  className?: string;
  /** Controlled: pair with `onOpenChange`. Leave out to let `trigger` open and close it. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** A button (any element taking onClick) that opens the dialog; focus returns to it on close. */
  trigger?: ReactElement;
  theme?: 'light' | 'dark' | 'auto';
}

/** OrgList in a modal dialog; its own dialogs (edit roles, remove, add) open on top of it. */
export function OrgListDialog(props: OrgListDialogProps) {
  const { userId, trigger, theme, className, classNames, unstyled = false } = props;
  const { messages } = useRosterContext('OrgListDialog');
  const t = messages.orgList;
  const part = createParts<OrgListDialogPart>('org-list', props);
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
        title={t.dialogTitle}
        description={t.dialogDescription}
        container={portal}
        unstyled={unstyled}
        className={part('dialog').className}
        onCloseAutoFocus={focus.onCloseAutoFocus}
        footer={
          <Button unstyled={unstyled} {...part('close-button')} onClick={() => setOpen(false)}>
            {messages.close}
          </Button>
        }
      >
        <OrgList userId={userId} className={className} classNames={classNames} unstyled={unstyled} />
      </DialogFrame>
      {/* The dialog portals here, inside the host's tree, so a theme set around it reaches the dialog. */}
      <div ref={setPortal} data-roster-part="portal" data-roster-theme={theme} style={{ display: 'contents' }} />
    </>
  );
}
