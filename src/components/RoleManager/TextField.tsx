import type { Ref } from 'react';
import { useRoleManagerScope } from './roleManagerScope.js';

export interface TextFieldProps {
  /** The form's id; the field's own ids derive from it. */
  formId: string;
  name: 'name' | 'description';
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What the backend or the check before sending found wrong, shown under the field. */
  error?: string;
  isRequired?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** One labelled text field of a role or permission form, with its error tied to it. */
export function TextField({ formId, name, label, value, onChange, error, isRequired, inputRef }: TextFieldProps) {
  const { part } = useRoleManagerScope();
  const id = `${formId}-${name}`;
  return (
    <div {...part('field')} data-invalid={error ? '' : undefined}>
      <label htmlFor={id} {...part('label')}>
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        ref={inputRef}
        name={name}
        value={value}
        autoComplete="off"
        aria-required={isRequired || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...part('input', 'roster-input')}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} {...part('field-error')}>
          {error}
        </p>
      )}
    </div>
  );
}
