/**
 * "Discard changes?" over a dialog holding unsaved input (Edit roles, Create user). Keep editing
 * returns focus into the dialog; Discard closes the dialog only once this confirmation's focus
 * trap is gone, so the dialog's focus can go back to whatever opened it.
 */
import { useRef } from 'react';
import { ConfirmDialog } from './primitives/ConfirmDialog.js';

export interface DiscardMessages {
  discardTitle: string;
  discardDescription: string;
  discardChanges: string;
  keepEditing: string;
}

export interface DiscardConfirmProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  messages: DiscardMessages;
  /** Closes the dialog underneath, input and all. */
  onDiscard: () => void;
}

export function DiscardConfirm({ open, onOpenChange, messages: t, onDiscard }: DiscardConfirmProps) {
  // Set between confirming a discard and the confirmation having closed.
  const isDiscarding = useRef(false);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t.discardTitle}
      description={t.discardDescription}
      confirmLabel={t.discardChanges}
      cancelLabel={t.keepEditing}
      onConfirm={() => {
        isDiscarding.current = true;
      }}
      onCloseAutoFocus={(event) => {
        if (!isDiscarding.current) return;
        isDiscarding.current = false;
        event.preventDefault();
        onDiscard();
      }}
    />
  );
}
