import { cloneElement, isValidElement, type MouseEvent, type ReactElement } from 'react';
import type { TriggerFocusReturn } from './useTriggerFocusReturn.js';

type TriggerProps = {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  'aria-haspopup'?: 'dialog';
  'aria-expanded'?: boolean;
};

/**
 * The host's own button, made to open a dialog: it keeps its own onClick (which may call
 * `preventDefault()` to veto), says it opens a dialog, and is remembered as the place focus
 * returns to. Props only, no ref, so any element or component that passes props through works.
 * Renders nothing without a trigger (a controlled dialog).
 */
export function DialogTrigger({ children, isOpen, onOpen, focus }: { children: ReactElement | undefined; isOpen: boolean; onOpen: () => void; focus: TriggerFocusReturn }) {
  if (!isValidElement<TriggerProps>(children)) return null;
  const element = children as ReactElement<TriggerProps>;
  return cloneElement(element, {
    'aria-haspopup': 'dialog',
    'aria-expanded': isOpen,
    onClick: (event: MouseEvent<HTMLElement>) => {
      element.props.onClick?.(event);
      if (event.defaultPrevented) return;
      focus.rememberTrigger(event.currentTarget);
      onOpen();
    },
  });
}
