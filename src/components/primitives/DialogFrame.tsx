import * as Dialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';
import { useRosterContext } from '../../react/context.js';
import { sharedMessagesWith } from '../../react/messages.js';
import { useStyling } from '../StylingScope.js';
import { Button } from './Button.js';

export interface DialogFrameProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** Which of the component's parts the dialog is; `dialog` unless a component has several. */
  dialogPart?: string;
  /** `alertdialog` for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  /**
   * Draws the one close control every Roster dialog (not confirmation) has: a × in the corner,
   * named "Close". The owner may ask before it closes, as it may for Escape and a click outside.
   */
  onClose?: () => void;
  /** Where focus goes when the dialog closes; Radix returns it to its trigger when left out. */
  onCloseAutoFocus?: (event: Event) => void;
  onEscapeKeyDown?: (event: KeyboardEvent) => void;
  onInteractOutside?: (event: Event) => void;
}

/** Radix Dialog with Roster's frame: title, description, body, footer; focus trapped and returned. */
export function DialogFrame({ open, onOpenChange, title, description, children, footer, role = 'dialog', dialogPart = 'dialog', onClose, onCloseAutoFocus, onEscapeKeyDown, onInteractOutside }: DialogFrameProps) {
  // Radix returns focus only to a Dialog.Trigger; Roster opens dialogs from buttons, menus and
  // code, so it remembers what had focus when the dialog opened and goes back there.
  const returnTo = useRef<HTMLElement | null>(null);
  // Drawn with the owning component's parts (`dialog`, `dialog-title`…) and portalled into its
  // PortalTarget, so its tokens and theme apply; it opens once that target has mounted.
  const { part: parts, portal } = useStyling();
  const messages = sharedMessagesWith(useRosterContext('DialogFrame').overrides);
  return (
    <Dialog.Root open={open && portal !== null} onOpenChange={onOpenChange}>
      <Dialog.Portal container={portal}>
        <Dialog.Overlay {...parts('dialog-overlay', 'roster-dialog-overlay')} />
        <Dialog.Content
          role={role}
          {...parts(dialogPart, 'roster-dialog')}
          onOpenAutoFocus={() => {
            returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          }}
          onCloseAutoFocus={(event) => {
            onCloseAutoFocus?.(event);
            if (event.defaultPrevented) return;
            event.preventDefault();
            if (returnTo.current?.isConnected) returnTo.current.focus();
          }}
          onEscapeKeyDown={onEscapeKeyDown}
          onInteractOutside={onInteractOutside}
        >
          <Dialog.Title {...parts('dialog-title', 'roster-dialog-title')}>
            {title}
          </Dialog.Title>
          <Dialog.Description {...parts('dialog-description', 'roster-dialog-description')}>
            {description}
          </Dialog.Description>
          {children}
          {footer && (
            <div {...parts('dialog-footer', 'roster-dialog-footer')}>
              {footer}
            </div>
          )}
          {onClose && (
            <Button variant="ghost" size="sm" rosterPart={parts('close-button')} aria-label={messages.close} onClick={onClose}>
              <span aria-hidden="true">×</span>
            </Button>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
