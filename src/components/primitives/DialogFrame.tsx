import * as Dialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';
import { cx } from '../styling.js';

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
  unstyled?: boolean;
  className?: string;
  /** Where focus goes when the dialog closes; Radix returns it to its trigger when left out. */
  onCloseAutoFocus?: (event: Event) => void;
  onEscapeKeyDown?: (event: KeyboardEvent) => void;
  onInteractOutside?: (event: Event) => void;
}

/** Radix Dialog with Roster's frame: title, description, body, footer; focus trapped and returned. */
export function DialogFrame({ open, onOpenChange, title, description, children, footer, role = 'dialog', container, unstyled, className, onCloseAutoFocus, onEscapeKeyDown, onInteractOutside }: DialogFrameProps) {
  // Radix returns focus only to a Dialog.Trigger; Roster opens dialogs from buttons, menus and
  // code, so it remembers what had focus when the dialog opened and goes back there.
  const returnTo = useRef<HTMLElement | null>(null);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal container={container ?? undefined}>
        <Dialog.Overlay data-roster-part="dialog-overlay" className={cx(!unstyled && 'roster-dialog-overlay')} />
        <Dialog.Content
          role={role}
          data-roster-part="dialog"
          className={cx(!unstyled && 'roster-dialog', className)}
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
          <Dialog.Title data-roster-part="dialog-title" className={cx(!unstyled && 'roster-dialog-title')}>
            {title}
          </Dialog.Title>
          <Dialog.Description data-roster-part="dialog-description" className={cx(!unstyled && 'roster-dialog-description')}>
            {description}
          </Dialog.Description>
          {children}
          {footer && (
            <div data-roster-part="dialog-footer" className={cx(!unstyled && 'roster-dialog-footer')}>
              {footer}
            </div>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
