import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import { cx, type PartProps } from '../styling.js';
import { useStyling } from '../StylingScope.js';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  /** `radio` for one choice of a group (give the group a `name`); styled the same. */
  type?: 'checkbox' | 'radio';
  /** Some but not all of what this box stands for is checked. */
  indeterminate?: boolean;
  /** Which part of its component this checkbox is, usually `part('checkbox')`. */
  rosterPart: PartProps;
}

/** A native checkbox (keyboard and screen readers for free) that can also be indeterminate. */
export function Checkbox({ indeterminate = false, type = 'checkbox', rosterPart, className, ...rest }: CheckboxProps) {
  const { unstyled } = useStyling();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type={type}
      {...rosterPart}
      data-state={indeterminate ? 'indeterminate' : rest.checked ? 'checked' : 'unchecked'}
      className={cx(!unstyled && 'roster-checkbox', rosterPart.className, className)}
      {...rest}
    />
  );
}
