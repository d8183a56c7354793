/**
 * The toolbar's filters behind one "Filters" button with the count of filters set. The theme shows
 * the button, and folds the filters away while it is closed, only where the toolbar is narrow; on
 * a wide toolbar the button is hidden and the filters sit inline, whatever the state.
 */
import { useId, useState, type ReactNode } from 'react';
import { Button } from '../primitives/Button.js';
import { useUserTableScope } from './userTableScope.js';

export function FiltersDisclosure({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const { strings, part } = useUserTableScope();
  const { t, format } = strings;
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span {...part('filters-disclosure')} data-state={open ? 'open' : 'closed'}>
      <Button
        rosterPart={part('filters-button')}
        aria-expanded={open}
        aria-controls={id}
        aria-label={activeCount ? t.filtersActive(activeCount, format) : undefined}
        onClick={() => setOpen(!open)}
      >
        {t.filters}
        {activeCount > 0 && (
          <span aria-hidden="true" {...part('filter-count')}>
            {format.number(activeCount)}
          </span>
        )}
      </Button>
      <span id={id} {...part('filters')}>
        {children}
      </span>
    </span>
  );
}
