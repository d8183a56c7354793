import { useRef, useState, type ReactNode } from 'react';
import { DiscardConfirm } from '../DiscardConfirm.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { useRoleManagerScope } from './roleManagerScope.js';

/** What a dialog's body tells its frame, and how it asks to close. */
export interface DialogGuard {
  /** Set while a save is under way: closing then is ignored, however it is asked for. */
  busy: { current: boolean };
  /** Unsaved input: closing asks "Discard changes?" first. A body that never calls it closes at once. */
  onDirty: (dirty: boolean) => void;
  /** Cancel, Escape, a click outside and × all come here. */
  onCancel: () => void;
}

export interface GuardedDialogProps {
  open: boolean;
  title: string;
  description: string;
  onClose: () => void;
  /** The body, mounted per opening (the caller keys it), so each starts clean. */
  children: (guard: DialogGuard) => ReactNode;
}

/** RoleManager's dialogs: closing waits for a save, and asks before dropping unsaved input. */
export function GuardedDialog({ open, title, description, onClose, children }: GuardedDialogProps) {
  const { strings } = useRoleManagerScope();
  const [isDirty, setDirty] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const busy = useRef(false);
  const requestClose = () => {
    if (busy.current) return;
    if (isDirty) setConfirming(true);
    else onClose();
  };
  return (
    <>
      <DialogFrame open={open} onOpenChange={(next) => !next && requestClose()} onClose={requestClose} title={title} description={description}>
        {open && children({ busy, onDirty: setDirty, onCancel: requestClose })}
      </DialogFrame>
      <DiscardConfirm
        open={isConfirming}
        onOpenChange={setConfirming}
        messages={strings.t}
        onDiscard={() => {
          setDirty(false);
          onClose();
        }}
      />
    </>
  );
}
