import { useState } from 'react';

/**
 * The list from the last render while the new one holds the same items in the same order.
 * useUserMemberships returns a new array whenever the user's pending changes move, a project-wide
 * role toggled elsewhere on the page included; the memoized memberships, the search and the add
 * dialog need not render again for a list that did not change.
 */
export function useSameList<T>(list: readonly T[] | undefined): readonly T[] | undefined {
  const [kept, setKept] = useState(list);
  const current = kept && list && sameItems(kept, list) ? kept : list;
  // Kept during render (React's "storing information from previous renders"), not in an effect:
  // the children of this render must already see the kept list.
  if (current !== kept) setKept(current);
  return current;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
