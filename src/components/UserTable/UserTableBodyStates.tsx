/** The table body before there are rows to show: skeleton rows while loading, one row when empty. */
import type { ReactNode } from 'react';
import { useRosterContext } from '../../react/context.js';
import { cx } from '../styling.js';
import type { UserTablePartFn } from './userTableProps.js';

export function SkeletonRows({ rows, columnIds, part, unstyled }: { rows: number; columnIds: string[]; part: UserTablePartFn; unstyled: boolean }) {
  return Array.from({ length: rows }, (_, i) => (
    <tr key={`skeleton-${i}`} {...part('skeleton-row')} aria-hidden="true">
      {columnIds.map((id) => (
        <td key={id} {...part('cell')}>
          <span data-roster-part="skeleton" className={cx(!unstyled && 'roster-skeleton')} />
        </td>
      ))}
    </tr>
  ));
}

export interface EmptyRowProps {
  columnCount: number;
  isFiltered: boolean;
  clearFilters: () => void;
  renderEmpty?: (context: { isFiltered: boolean; clearFilters: () => void }) => ReactNode;
  part: UserTablePartFn;
  unstyled: boolean;
}

export function EmptyRow({ columnCount, isFiltered, clearFilters, renderEmpty, part, unstyled }: EmptyRowProps) {
  const t = useRosterContext('UserTable').messages.userTable;
  return (
    <tr {...part('row')}>
      <td colSpan={columnCount} {...part('empty')}>
        {renderEmpty ? (
          renderEmpty({ isFiltered, clearFilters })
        ) : (
          <>
            <p>{isFiltered ? t.emptyFiltered : t.empty}</p>
            {isFiltered && (
              <button type="button" data-roster-part="button" className={cx(!unstyled && 'roster-button')} onClick={clearFilters}>
                {t.clearFilters}
              </button>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

/** Stands in for the rows scrolled out of view, so the scroll height stays right. */
export function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true">
      <td colSpan={columnCount} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
