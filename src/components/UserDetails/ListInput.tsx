import { useState, type KeyboardEvent } from 'react';
import { Button } from '../primitives/Button.js';
import { useUserDetailsScope } from './userDetailsScope.js';

export interface ListInputProps {
  /** The input's id; its label points at it. */
  id: string;
  /** The attribute's name, for the remove buttons' names. */
  label: string;
  value: readonly string[];
  onChange: (value: readonly string[]) => void;
  describedBy?: string;
  isInvalid?: boolean;
}

/**
 * A list attribute (tags, groups): its entries as chips, each with a remove button, and an input
 * that adds what is typed on Enter or Add. Entries are texts; a duplicate is not added twice.
 */
export function ListInput({ id, label, value, onChange, describedBy, isInvalid }: ListInputProps) {
  const { strings, part } = useUserDetailsScope();
  const { t } = strings;
  const [typed, setTyped] = useState('');
  const add = () => {
    const entry = typed.trim();
    if (entry && !value.includes(entry)) onChange([...value, entry]);
    setTyped('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds to the list instead of submitting the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
  return (
    <>
      {value.length > 0 && (
        <ul {...part('list')} aria-label={label}>
          {value.map((item, i) => (
            <li key={`${i}-${item}`} {...part('list-item')}>
              <bdi>{item}</bdi>
              <Button
                variant="ghost"
                size="sm"
                rosterPart={part('list-remove')}
                aria-label={t.listRemove(item, label)}
                onClick={(event) => {
                  // The chip goes: focus moves to the input rather than to <body>.
                  (event.currentTarget.closest('[data-roster-part$="-field"]')?.querySelector('input') as HTMLInputElement | null)?.focus();
                  onChange(value.filter((_, j) => j !== i));
                }}
              >
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <span {...part('list-add')}>
        <input
          id={id}
          value={typed}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
          {...part('input', 'roster-input')}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button size="sm" rosterPart={part('button')} aria-label={t.listAddLabel(label)} onClick={add}>
          {t.listAdd}
        </Button>
      </span>
    </>
  );
}
