import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { cx, type PartProps } from '../styling.js';
import { useStyling } from '../StylingScope.js';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Which part of its component this button is: `part('button')`, `part('save')`… */
  rosterPart: PartProps;
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'md' | 'sm';
  /** Shows the button as busy: still focusable, announced as busy, clicks ignored. */
  isPending?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { rosterPart, variant = 'secondary', size = 'md', isPending, className, onClick, type = 'button', ...rest },
  ref,
) {
  const { unstyled } = useStyling();
  return (
    <button
      ref={ref}
      type={type}
      {...rosterPart}
      data-variant={variant}
      data-size={size}
      data-pending={isPending || undefined}
      aria-busy={isPending || undefined}
      className={cx(!unstyled && 'roster-button', rosterPart.className, className)}
      onClick={(event) => {
        if (isPending) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    />
  );
});
