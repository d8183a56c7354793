import { useRef, useState, type ReactNode } from 'react';
import { Button } from './Button.js';
import { DialogFrame } from './DialogFrame.js';
import { useStyling } from '../StylingScope.js';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Runs once per confirmation, however often the button is pressed; the dialog closes when it resolves. */
  onConfirm: () => Promise<unknown> | unknown;
  destructive?: boolean;
  onCloseAutoFocus?: (event: Event) => void;
  children?: ReactNode;
}

/** An alertdialog for destructive actions: Cancel has focus first, so Enter never destroys by accident. */
export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, cancelLabel, onConfirm, destructive = true, onCloseAutoFocus, children }: ConfirmDialogProps) {
  const { part } = useStyling();
  const [isPending, setPending] = useState(false);
  const running = useRef(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirm = async () => {
    if (running.current) return;
    running.current = true;
    setPending(true);
    try {
      await onConfirm();
      onOpenChange(false);
    } finally {
      running.current = false;
      setPending(false);
    }
  };
  return (
    <DialogFrame
      open={open}
      onOpenChange={(next) => !running.current && onOpenChange(next)}
      role="alertdialog"
      title={title}
      description={description}
      onCloseAutoFocus={onCloseAutoFocus}
      footer={
        <>
          <Button ref={cancelRef} autoFocus rosterPart={part('button')} onClick={() => onOpenChange(false)} disabled={isPending}>
            {cancelLabel}
          </Button>
          <Button variant={destructive ? 'danger' : 'primary'} rosterPart={part('button')} isPending={isPending} onClick={() => void confirm().catch(() => undefined)}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </DialogFrame>
  );
}
