import type { ReactNode } from 'react';
import { Checkbox } from '../primitives/Checkbox.js';
import { ListInput } from './ListInput.js';
import type { AttributeDraft, AttributeSpec } from './profileDraft.js';
import { useUserDetailsScope } from './userDetailsScope.js';
import { ValueText } from './ValueText.js';

export interface AttributeFieldProps {
  /** The form's id; the field's own ids derive from it and the attribute's position. */
  id: string;
  spec: AttributeSpec;
  /** The form's value: as edited, or as stored. */
  value: AttributeDraft;
  /** The value as the backend holds it, for attributes shown as text. */
  stored: unknown;
  onChange: (value: AttributeDraft) => void;
  error?: string;
}

/**
 * A stored number as stored, in the locale's digits: no grouping, since an attribute's number is as
 * often an identifier (employee 10294, cost centre 4010) as a quantity, and no rounding, since
 * this is the record itself (Intl rounds to 3 decimals by default).
 */
function storedNumber(value: number, locale: string | undefined): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}

/**
 * One custom attribute, as its type asks: a choice of its options, a number, a checkbox, a date, a
 * list of texts, or text. One that cannot be edited is shown as text, with "Read only" under it.
 */
export function AttributeField({ id, spec, value, stored, onChange, error }: AttributeFieldProps) {
  const { strings, part, formatDay } = useUserDetailsScope();
  const { t, format } = strings;
  // The backend's own name, or its key: either is its data, isolated as such.
  const name = spec.label ?? spec.key;
  const label = <bdi>{name}</bdi>;
  const errorId = error ? `${id}-error` : undefined;

  const field = (control: ReactNode, options: { hint?: string; asLabel?: boolean } = {}) => (
    <div {...part('field')} data-invalid={error ? '' : undefined} data-type={spec.type} data-readonly={spec.editable ? undefined : ''}>
      {options.asLabel === false ? (
        <span id={`${id}-label`} {...part('label')}>
          {label}
        </span>
      ) : (
        <label htmlFor={id} {...part('label')}>
          {label}
        </label>
      )}
      {control}
      {options.hint && (
        <p id={`${id}-hint`} {...part('field-hint')}>
          {options.hint}
        </p>
      )}
      {error && (
        <p id={errorId} {...part('field-error')}>
          {error}
        </p>
      )}
    </div>
  );

  if (!spec.editable) {
    const shown =
      spec.type === 'text' || stored === null || stored === undefined ? (
        <ValueText value={stored} label={name} />
      ) : spec.type === 'boolean' ? (
        stored ? t.yes : t.no
      ) : spec.type === 'list' ? (
        <bdi>{format.list(stored as string[])}</bdi>
      ) : spec.type === 'date' ? (
        (formatDay(String(stored)) ?? <bdi>{String(stored)}</bdi>)
      ) : spec.type === 'number' ? (
        storedNumber(stored as number, format.locale)
      ) : (
        <ValueText value={stored} label={name} />
      );
    return field(
      <span {...part('value')}>{shown}</span>,
      { hint: t.readOnly, asLabel: false },
    );
  }

  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': errorId,
  } as const;

  if (spec.type === 'boolean') {
    return (
      <div {...part('field')} data-invalid={error ? '' : undefined} data-type="boolean">
        <label {...part('label')} data-choice="">
          <Checkbox rosterPart={part('checkbox')} {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          {label}
        </label>
        {error && (
          <p id={errorId} {...part('field-error')}>
            {error}
          </p>
        )}
      </div>
    );
  }

  if (spec.type === 'list') {
    return field(<ListInput id={id} label={name} value={value as readonly string[]} onChange={onChange} describedBy={errorId} isInvalid={Boolean(error)} />);
  }

  const text = value as string;
  if (spec.options) {
    // A stored value the options no longer list stays choosable, so opening the form loses nothing.
    const options = spec.options.includes(text) || !text ? spec.options : [text, ...spec.options];
    return field(
      <select {...common} {...part('select', 'roster-select')} value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.noValue}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>,
    );
  }

  const input =
    spec.type === 'date' ? { type: 'date' } : spec.type === 'number' ? { type: 'text', inputMode: 'decimal' as const } : { type: 'text' };
  return field(<input {...common} {...input} {...part('input', 'roster-input')} value={text} autoComplete="off" onChange={(e) => onChange(e.target.value)} />);
}
