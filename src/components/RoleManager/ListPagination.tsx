import { Button } from '../primitives/Button.js';
import { useRoleManagerScope } from './roleManagerScope.js';

export interface ListPaginationProps {
  pageIndex: number;
  pageCount: number;
  onPage: (pageIndex: number) => void;
}

/** Previous and next over a list paged in the browser; absent when everything fits one page. */
export function ListPagination({ pageIndex, pageCount, onPage }: ListPaginationProps) {
  const { strings, part } = useRoleManagerScope();
  const { t, format } = strings;
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t.paginationLabel} {...part('pagination')}>
      <span aria-live="polite" {...part('page')}>
        {t.pageOf(pageIndex + 1, pageCount, format)}
      </span>
      <Button size="sm" rosterPart={part('button')} disabled={pageIndex === 0} onClick={() => onPage(pageIndex - 1)}>
        {t.previousPage}
      </Button>
      <Button size="sm" rosterPart={part('button')} disabled={pageIndex >= pageCount - 1} onClick={() => onPage(pageIndex + 1)}>
        {t.nextPage}
      </Button>
    </nav>
  );
}
