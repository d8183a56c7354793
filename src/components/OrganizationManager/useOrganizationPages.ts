/**
 * The organizations on screen: the admin's search (sent once typing settles) and the page, read
 * from the backend a page at a time. Offset backends jump to a page by index; cursor backends only
 * follow `nextCursor`, so the cursors of the pages visited are remembered to make "Previous"
 * work, and forgotten when the search changes (as UserTable does for users).
 */
import { useCallback, useEffect, useState } from 'react';
import type { PageRequest } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useOrganizations } from '../../react/useOrganizations.js';
import { useDebouncedValue } from '../useDebouncedValue.js';

interface Position {
  /** The settled search these pages belong to. */
  search: string;
  index: number;
  /** cursors[i] reads page i; page 0 needs none. */
  cursors: (string | null)[];
}

export function useOrganizationPages(pageSize: number, searchDebounceMs: number) {
  const { adapter } = useRosterContext('OrganizationManager');
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search, searchDebounceMs).trim();
  const [stored, setPosition] = useState<Position>({ search: settled, index: 0, cursors: [null] });
  // Another search starts again from its first page.
  const position = stored.search === settled ? stored : { search: settled, index: 0, cursors: [null] };
  const byOffset = adapter.capabilities.pagination === 'offset';
  const page: PageRequest = byOffset ? { size: pageSize, index: position.index } : { size: pageSize, cursor: position.cursors[position.index] ?? null };
  const organizations = useOrganizations({ search: settled, page });
  const loaded = organizations.data;
  const nextCursor = loaded && !organizations.isPreviousData ? loaded.nextCursor : null;

  // Remember where the next page starts, once this one has loaded.
  useEffect(() => {
    if (!nextCursor) return;
    setPosition((old) => {
      const current = old.search === settled ? old : { search: settled, index: 0, cursors: [null] };
      if (current.cursors.length !== current.index + 1) return current;
      return { ...current, cursors: [...current.cursors, nextCursor] };
    });
  }, [nextCursor, settled]);

  // A page emptied by deletes (not the first): show the one before it.
  const emptied = Boolean(loaded && !organizations.isPreviousData && !loaded.items.length && position.index > 0);
  useEffect(() => {
    if (emptied) setPosition((old) => ({ ...old, index: Math.max(0, old.index - 1) }));
  }, [emptied]);

  const goTo = useCallback((index: number) => setPosition((old) => ({ ...(old.search === settled ? old : { search: settled, cursors: [null] }), index })), [settled]);
  const pageCount = loaded?.total != null ? Math.max(1, Math.ceil(loaded.total / pageSize)) : null;
  return {
    search,
    setSearch,
    /** The search the list shows results for. */
    settledSearch: settled,
    organizations,
    pageIndex: position.index,
    pageCount,
    hasNext: Boolean(nextCursor),
    hasPrevious: position.index > 0,
    goTo,
  };
}
