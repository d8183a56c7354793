import { cloneElement, isValidElement, type MouseEvent, type ReactElement, type ReactNode } from 'react';

type TriggerProps = {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  'aria-haspopup'?: 'dialog';
  'aria-expanded'?: boolean;
};

/**
 * The host's own button, made to open a dialog: it keeps its own onClick (which may call
 * `preventDefault()` to veto), says it opens a dialog, and hands itself over as the place focus
 * returns to. Props only, no ref, so any element or component that passes props through works.
 */
export function DialogTrigger({ children, isOpen, onOpen }: { children: ReactNode; isOpen: boolean; onOpen: (trigger: HTMLElement) => void }) {
  if (!isValidElement<TriggerProps>(children)) return <>{children}</>;
  const element = children as ReactElement<TriggerProps>;
  return cloneElement(element, {
    'aria-haspopup': 'dialog',
    'aria-expanded': isOpen,
    onClick: (event: MouseEvent<HTMLElement>) => {
      element.props.onClick?.(event);
      if (!event.defaultPrevented) onOpen(event.currentTarget);
    },
  });
}
