/**
 * A search field over a user's memberships, shown once there are more than a screenful: the list
 * is already loaded whole, so it filters in the browser, by organization name.
 */
import { useId, useState, type ReactNode } from 'react';
import type { Membership } from '../../core/model.js';
import type { OrgListMessages } from './messages.js';
import type { OrgListParts } from './OrgList.js';

/** More memberships than this get a search field. */
export const MEMBERSHIP_SEARCH_ABOVE = 8;

export function useMembershipSearch(memberships: readonly Membership[] | undefined, t: OrgListMessages, part: OrgListParts, locale: string | undefined) {
  const id = useId();
  const [search, setSearch] = useState('');
  if (!memberships || memberships.length <= MEMBERSHIP_SEARCH_ABOVE) return { field: null, shown: memberships, isFiltered: false };
  const needle = search.trim().toLocaleLowerCase(locale);
  const shown = needle ? memberships.filter((m) => m.organization.name.toLocaleLowerCase(locale).includes(needle)) : memberships;
  const field: ReactNode = (
    <div {...part('search')}>
      <label htmlFor={id} {...part('search-label')}>
        {t.filterLabel}
      </label>
      <input id={id} type="search" value={search} onChange={(e) => setSearch(e.target.value)} {...part('search-input', 'roster-input')} />
    </div>
  );
  return { field, shown, isFiltered: Boolean(needle) };
}
