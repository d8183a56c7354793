import { useState, type ReactNode } from 'react';
import { Button } from '../primitives/Button.js';
import { clip } from './importTexts.js';
import { ROWS_PER_PAGE, useUserImportScope } from './userImportProps.js';

export interface ImportRowView {
  key: number;
  /** The row's number in the file. */
  row: number;
  email: string;
  /** Name, roles, organization…: one short line each, under the address. */
  details: string[];
  /** `ready`, `problem`, or the import's state of the row (`created`, `failed`…). */
  state: string;
  result: ReactNode;
}

export interface ImportRowsTableProps<R> {
  rows: readonly R[];
  view: (row: R) => ImportRowView;
}

/**
 * The file's rows, a page at a time: the preview's problems or the import's results. Only the
 * page shown is rendered, so 10,000 rows cost what 50 do. The page buttons stay focusable at the
 * ends (aria-disabled), so focus never drops when the last page is reached.
 */
export function ImportRowsTable<R>({ rows, view }: ImportRowsTableProps<R>) {
  const { strings, part } = useUserImportScope();
  const { t, format } = strings;
  const [wanted, setPageIndex] = useState(0);
  const pageCount = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  const pageIndex = Math.min(wanted, pageCount - 1);
  const shown = rows.slice(pageIndex * ROWS_PER_PAGE, (pageIndex + 1) * ROWS_PER_PAGE).map(view);
  const page = (delta: number) => {
    const next = pageIndex + delta;
    if (next >= 0 && next < pageCount) setPageIndex(next);
  };
  return (
    <>
      <div {...part('table-scroller')}>
        <table {...part('table')} aria-label={t.rowsLabel}>
          <thead>
            <tr>
              <th scope="col">{t.columnRow}</th>
              <th scope="col">{t.columnUser}</th>
              <th scope="col">{t.columnResult}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key} {...part('row')} data-state={r.state}>
                <td {...part('cell')}>{format.number(r.row)}</td>
                <td {...part('cell')}>
                  <bdi {...part('email')}>{clip(r.email)}</bdi>
                  {r.details.map((detail, i) => (
                    <span key={i} {...part('detail')}>
                      <bdi>{clip(detail)}</bdi>
                    </span>
                  ))}
                </td>
                <td {...part('result')} data-state={r.state}>
                  {r.result}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav aria-label={t.paginationLabel} {...part('pagination')}>
          <span aria-live="polite" {...part('page')}>{t.pageOf(pageIndex + 1, pageCount, format)}</span>
          <Button size="sm" rosterPart={part('button')} aria-disabled={pageIndex === 0 || undefined} onClick={() => page(-1)}>
            {t.previousPage}
          </Button>
          <Button size="sm" rosterPart={part('button')} aria-disabled={pageIndex >= pageCount - 1 || undefined} onClick={() => page(1)}>
            {t.nextPage}
          </Button>
        </nav>
      )}
    </>
  );
}
