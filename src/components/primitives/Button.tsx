import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { cx } from '../styling.js';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'md' | 'sm';
  unstyled?: boolean;
  /** Shows the button as busy: still focusable, announced as busy, clicks ignored. */
  isPending?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', unstyled, isPending, className, onClick, type = 'button', ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      data-roster-part="button"
      data-variant={variant}
      data-size={size}
      data-pending={isPending || undefined}
      aria-busy={isPending || undefined}
      className={cx(!unstyled && 'roster-button', className)}
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
