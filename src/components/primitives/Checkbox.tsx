import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import { cx } from '../styling.js';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  /** Some but not all of what this box stands for is checked. */
  indeterminate?: boolean;
  unstyled?: boolean;
}

/** A native checkbox (keyboard and screen readers for free) that can also be indeterminate. */
export function Checkbox({ indeterminate = false, unstyled, className, ...rest }: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      data-roster-part="checkbox"
      data-state={indeterminate ? 'indeterminate' : rest.checked ? 'checked' : 'unchecked'}
      className={cx(!unstyled && 'roster-checkbox', className)}
      {...rest}
    />
  );
}
