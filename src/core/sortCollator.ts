/** How names, emails and statuses compare in every sort: usersQuery's comparison and rankedOrder's ranks. */
export const SORT_COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
