import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { cx, type PartProps } from '../styling.js';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Which part of its component this button is: `part('button')`, `part('save')`… */
  rosterPart: PartProps;
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'md' | 'sm';
  unstyled?: boolean;
  /** Shows the button as busy: still focusable, announced as busy, clicks ignored. */
  isPending?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { rosterPart, variant = 'secondary', size = 'md', unstyled, isPending, className, onClick, type = 'button', ...rest },
  ref,
) {
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
