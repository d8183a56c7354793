import { memo, useId } from 'react';
import { Button } from '../primitives/Button.js';
import { useUserTableScope } from './userTableScope.js';

export interface UserTablePaginationProps {
  pageIndex: number;
  /** Rows on this page; null before the first page has loaded (or when it failed to). */
  itemCount: number | null;
  pageCount: number | null;
  hasNext: boolean;
  /** Pointer or focus reached Next: the next page may be fetched before the click. */
  onNextIntent?: () => void;
  pageSize: number;
  pageSizeOptions: readonly number[];
  onPage: (pageIndex: number) => void;
  onPageSize: (pageSize: number) => void;
}

export const UserTablePagination = memo(function UserTablePagination({ pageIndex, itemCount, pageCount, hasNext, onNextIntent, pageSize, pageSizeOptions, onPage, onPageSize }: UserTablePaginationProps) {
  const { strings, part } = useUserTableScope();
  const { t, format } = strings;
  const id = useId();
  // Nothing to page before the first page, after a failed load, or when the first page is empty.
  if (itemCount === null || (!itemCount && pageIndex === 0)) return null;
  return (
    <nav aria-label={t.paginationLabel} {...part('pagination')}>
      <span {...part('filter')}>
        <label htmlFor={`${id}-size`}>{t.pageSize}</label>
        <select id={`${id}-size`} value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))} {...part('select', 'roster-select')}>
          {pageSizeOptions.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </span>
      <span aria-live="polite" {...part('page')}>
        {pageCount !== null ? t.pageOf(pageIndex + 1, Math.max(1, pageCount), format) : t.page(pageIndex + 1, format)}
      </span>
      <Button size="sm" rosterPart={part('button')} disabled={pageIndex === 0} onClick={() => onPage(pageIndex - 1)}>
        {t.previousPage}
      </Button>
      <Button size="sm" rosterPart={part('button')} disabled={!hasNext} onPointerEnter={onNextIntent} onFocus={onNextIntent} onClick={() => onPage(pageIndex + 1)}>
        {t.nextPage}
      </Button>
    </nav>
  );
});
