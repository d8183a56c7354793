import { memo, useId } from 'react';
import type { RosterFormat } from '../../react/messages.js';
import type { RoleEditorMessages } from './messages.js';
import type { RoleEditorParts } from './roleEditorParts.js';

export interface RoleSearchProps {
  value: string;
  onChange: (value: string) => void;
  /** Roles matching the search, and all of them: "3 of 12 roles". */
  shown: number;
  total: number;
  part: RoleEditorParts;
  messages: RoleEditorMessages;
  format: RosterFormat;
}

/**
 * The search over the assignable roles, with a live count of the matches. Memoized: a toggle
 * renders the editor again, and the field has nothing new to show for it.
 */
export const RoleSearch = memo(function RoleSearch({ value, onChange, shown, total, part, messages: t, format }: RoleSearchProps) {
  const inputId = useId();
  const countId = useId();
  return (
    <div {...part('search')}>
      <label htmlFor={inputId} {...part('search-label')}>
        {t.searchLabel}
      </label>
      <input
        id={inputId}
        type="search"
        {...part('search-input', 'roster-input')}
        value={value}
        placeholder={t.searchPlaceholder}
        aria-describedby={countId}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={countId} {...part('count')} aria-live="polite">
        {t.matchCount(shown, total, format)}
      </span>
    </div>
  );
});
