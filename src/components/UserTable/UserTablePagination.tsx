import { useId } from 'react';
import { useRosterContext } from '../../react/context.js';
import { Button } from '../primitives/Button.js';
import { cx } from '../styling.js';

export interface UserTablePaginationProps {
  pageIndex: number;
  pageCount: number | null;
  hasNext: boolean;
  pageSize: number;
  pageSizeOptions: readonly number[];
  onPage: (pageIndex: number) => void;
  onPageSize: (pageSize: number) => void;
  unstyled: boolean;
  part: { 'data-roster-part': string; className: string | undefined };
}

export function UserTablePagination({ pageIndex, pageCount, hasNext, pageSize, pageSizeOptions, onPage, onPageSize, unstyled, part }: UserTablePaginationProps) {
  const { messages } = useRosterContext('UserTable');
  const t = messages.userTable;
  const id = useId();
  return (
    <nav aria-label={t.paginationLabel} {...part}>
      <span data-roster-part="filter" className={cx(!unstyled && 'roster-filter')}>
        <label htmlFor={`${id}-size`}>{t.pageSize}</label>
        <select id={`${id}-size`} value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))} data-roster-part="select" className={cx(!unstyled && 'roster-select')}>
          {pageSizeOptions.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </span>
      <span aria-live="polite" data-roster-part="user-table-page" className={cx(!unstyled && 'roster-user-table-page')}>
        {pageCount !== null ? t.pageOf(pageIndex + 1, Math.max(1, pageCount)) : t.page(pageIndex + 1)}
      </span>
      <Button size="sm" unstyled={unstyled} disabled={pageIndex === 0} onClick={() => onPage(pageIndex - 1)}>
        {t.previousPage}
      </Button>
      <Button size="sm" unstyled={unstyled} disabled={!hasNext} onClick={() => onPage(pageIndex + 1)}>
        {t.nextPage}
      </Button>
    </nav>
  );
}
