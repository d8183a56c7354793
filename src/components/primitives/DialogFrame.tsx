import * as Dialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';
import type { DialogPart, Parts } from '../styling.js';

export interface DialogFrameProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** `alertdialog` for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  /**
   * Where the dialog is portalled: inside the component's own root, so theme tokens and a
   * `data-roster-theme` set on a wrapper apply to the dialog too.
   */
  container?: HTMLElement | null;
  /** The owning component's parts: `dialog`, `dialog-overlay`, `dialog-title`, `dialog-description`, `dialog-footer`. */
  parts: Parts<DialogPart>;
  /** Where focus goes when the dialog closes; Radix returns it to its trigger when left out. */
  onCloseAutoFocus?: (event: Event) => void;
  onEscapeKeyDown?: (event: KeyboardEvent) => void;
  onInteractOutside?: (event: Event) => void;
}

/** Radix Dialog with Roster's frame: title, description, body, footer; focus trapped and returned. */
export function DialogFrame({ open, onOpenChange, title, description, children, footer, role = 'dialog', container, parts, onCloseAutoFocus, onEscapeKeyDown, onInteractOutside }: DialogFrameProps) {
  // Radix returns focus only to a Dialog.Trigger; Roster opens dialogs from buttons, menus and
  // code, so it remembers what had focus when the dialog opened and goes back there.
  const returnTo = useRef<HTMLElement | null>(null);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal container={container ?? undefined}>
        <Dialog.Overlay {...parts('dialog-overlay', 'roster-dialog-overlay')} />
        <Dialog.Content
          role={role}
          {...parts('dialog', 'roster-dialog')}
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
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
