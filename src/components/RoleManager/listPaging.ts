/**
 * Search and client-side paging over a definition list (roles, permissions): the whole list is
 * already in the browser, so a page is a slice, and only that slice is rendered (and asked for
 * user counts). A search starts again at the first page; a page that a delete emptied falls back
 * to the last page left.
 */
import { useMemo, useState } from 'react';

/** Items whose name or description contains the search, ignoring case. */
export function searchByText<T extends { name: string; description?: string }>(items: readonly T[], search: string, locale?: string): readonly T[] {
  const needle = search.trim().toLocaleLowerCase(locale);
  if (!needle) return items;
  const has = (text: string | undefined) => Boolean(text?.toLocaleLowerCase(locale).includes(needle));
  return items.filter((item) => has(item.name) || has(item.description));
}

export interface ListPaging<T> {
  search: string;
  setSearch: (search: string) => void;
  matches: readonly T[];
  /** The items of the page shown. */
  shown: readonly T[];
  pageIndex: number;
  pageCount: number;
  setPageIndex: (pageIndex: number) => void;
}

export function useListPaging<T extends { name: string; description?: string }>(items: readonly T[], pageSize: number, locale?: string): ListPaging<T> {
  const [search, setSearchState] = useState('');
  const [wanted, setPageIndex] = useState(0);
  const matches = useMemo(() => searchByText(items, search, locale), [items, search, locale]);
  const pageCount = Math.max(1, Math.ceil(matches.length / pageSize));
  const pageIndex = Math.min(wanted, pageCount - 1);
  const shown = useMemo(() => matches.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), [matches, pageIndex, pageSize]);
  const setSearch = (next: string) => {
    setSearchState(next);
    setPageIndex(0);
  };
  return { search, setSearch, matches, shown, pageIndex, pageCount, setPageIndex };
}
