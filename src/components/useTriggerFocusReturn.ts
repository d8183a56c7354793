import { useCallback, useRef } from 'react';

/**
 * Focus goes back to the trigger that opened a dialog. DialogFrame already returns focus to
 * whatever had focus when the dialog opened, but Safari does not focus a button when it is
 * clicked, so for a trigger the element itself is remembered. Without one (a controlled dialog)
 * this steps aside and DialogFrame's own return applies.
 */
export interface TriggerFocusReturn {
  rememberTrigger: (element: HTMLElement) => void;
  onCloseAutoFocus: (event: Event) => void;
}

export function useTriggerFocusReturn(): TriggerFocusReturn {
  const trigger = useRef<HTMLElement | null>(null);

  const rememberTrigger = useCallback((element: HTMLElement) => {
    trigger.current = element;
  }, []);

  const onCloseAutoFocus = useCallback((event: Event) => {
    const element = trigger.current;
    trigger.current = null;
    if (!element?.isConnected) return;
    event.preventDefault();
    element.focus();
  }, []);

  return { rememberTrigger, onCloseAutoFocus };
}
