import { useId } from 'react';
import { Button } from '../primitives/Button.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { UserTableMessages } from './messages.js';
import type { UserTableParts } from './userTableProps.js';

export interface UserTablePaginationProps {
  strings: ComponentStrings<UserTableMessages>;
  pageIndex: number;
  pageCount: number | null;
  hasNext: boolean;
  pageSize: number;
  pageSizeOptions: readonly number[];
  onPage: (pageIndex: number) => void;
  onPageSize: (pageSize: number) => void;
  unstyled: boolean;
  part: UserTableParts;
}

export function UserTablePagination({ strings, pageIndex, pageCount, hasNext, pageSize, pageSizeOptions, onPage, onPageSize, unstyled, part }: UserTablePaginationProps) {
  const { t, format } = strings;
  const id = useId();
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
      <Button size="sm" rosterPart={part('button')} unstyled={unstyled} disabled={pageIndex === 0} onClick={() => onPage(pageIndex - 1)}>
        {t.previousPage}
      </Button>
      <Button size="sm" rosterPart={part('button')} unstyled={unstyled} disabled={!hasNext} onClick={() => onPage(pageIndex + 1)}>
        {t.nextPage}
      </Button>
    </nav>
  );
}
