/**
 * The Columns button and its popover of checkboxes. A popover, not a dialog: it closes on a click
 * outside, on Escape (from the button or from inside, focus back on the button) and when focus
 * moves elsewhere — to the search field, say — so it never lingers over the table.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../primitives/Button.js';
import { Checkbox } from '../primitives/Checkbox.js';
import { useUserTableScope } from './userTableScope.js';

export interface ToggleableColumn {
  id: string;
  label: string;
  visible: boolean;
  toggle: (visible: boolean) => void;
}

export function ColumnsPopover({ columns }: { columns: ToggleableColumn[] }) {
  const { strings, part } = useUserTableScope();
  const { t } = strings;
  const id = useId();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <span
      ref={wrapper}
      {...part('columns')}
      data-state={open ? 'open' : 'closed'}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          // Handled here: a dialog or menu around the table must not close as well.
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(event) => {
        // Null when focus goes nowhere (a click on the popover's own text in Safari): the
        // outside-click listener covers clicks elsewhere.
        const next = event.relatedTarget as Node | null;
        if (open && next && !wrapper.current?.contains(next)) setOpen(false);
      }}
    >
      <Button ref={button} rosterPart={part('button')} aria-expanded={open} aria-controls={`${id}-columns`} onClick={() => setOpen(!open)}>
        {t.columnsMenu}
      </Button>
      {open && (
        <div id={`${id}-columns`} role="group" aria-label={t.columnsMenu} {...part('column-chooser')}>
          {columns.map((c) => (
            <label key={c.id} {...part('choice')}>
              <Checkbox rosterPart={part('checkbox')} checked={c.visible} onChange={(e) => c.toggle(e.target.checked)} aria-label={t.showColumn(c.label)} />
              <span aria-hidden="true">{c.label}</span>
            </label>
          ))}
        </div>
      )}
    </span>
  );
}
