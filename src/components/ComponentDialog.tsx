/**
 * The shell of a component shown in a modal dialog (RoleEditorDialog, OrgListDialog): the host's
 * trigger, the frame with the one close button every Roster dialog has, the portal the
 * component's own dialogs open in, and focus back on whatever opened it.
 */
import type { ReactElement, ReactNode } from 'react';
import { DialogTrigger } from './DialogTrigger.js';
import { DialogFrame } from './primitives/DialogFrame.js';
import { PortalTarget, StylingProvider, type Styling } from './StylingScope.js';
import { useTriggerFocusReturn } from './useTriggerFocusReturn.js';

export interface ComponentDialogProps {
  styling: Styling<'close-button' | 'portal'>;
  open: boolean;
  onOpen: () => void;
  /** Escape, a click outside and the close button; the owner may ask before it closes. */
  onRequestClose: () => void;
  trigger: ReactElement | undefined;
  title: ReactNode;
  description: ReactNode;
  children: ReactNode;
  /** A dialog that opens over this one, e.g. "Discard changes?". */
  confirmation?: ReactNode;
}

export function ComponentDialog({ styling, open, onOpen, onRequestClose, trigger, title, description, children, confirmation }: ComponentDialogProps) {
  const focus = useTriggerFocusReturn();
  return (
    <StylingProvider value={styling}>
      <DialogTrigger isOpen={open} focus={focus} onOpen={onOpen}>
        {trigger}
      </DialogTrigger>
      <DialogFrame
        open={open}
        onOpenChange={(next) => (next ? onOpen() : onRequestClose())}
        title={title}
        description={description}
        onClose={onRequestClose}
        onCloseAutoFocus={focus.onCloseAutoFocus}
      >
        {children}
      </DialogFrame>
      {confirmation}
      <PortalTarget />
    </StylingProvider>
  );
}
