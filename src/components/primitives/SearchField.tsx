import { useId } from 'react';
import { useStyling } from '../StylingScope.js';

/** The parts a search field draws in its component (`role-manager-search-input`…). */
export type SearchFieldPart = 'search' | 'search-label' | 'search-input' | 'count';

export interface SearchFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onSearch: (value: string) => void;
  /** How many match, announced as the search narrows; left out where a status elsewhere says it. */
  count?: string;
  /** Inside a form, Enter means "search", never "submit the form". */
  isInForm?: boolean;
}

/** A labelled search box over a list, with its match count; the same in every Roster list. */
export function SearchField({ label, placeholder, value, onSearch, count, isInForm }: SearchFieldProps) {
  const { part } = useStyling();
  const id = useId();
  return (
    <div {...part('search')}>
      <label htmlFor={`${id}-search`} {...part('search-label')}>
        {label}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        {...part('search-input', 'roster-input')}
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        aria-describedby={count !== undefined ? `${id}-count` : undefined}
        onChange={(e) => onSearch(e.target.value)}
        onKeyDown={isInForm ? (e) => e.key === 'Enter' && e.preventDefault() : undefined}
      />
      {count !== undefined && (
        <span id={`${id}-count`} {...part('count')} aria-live="polite">
          {count}
        </span>
      )}
    </div>
  );
}
