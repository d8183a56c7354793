/**
 * The table body before there are rows to show: skeleton rows while loading, one row when empty
 * with what to do next — clear the filters that hide everyone, or create the first user.
 */
import { Button } from '../primitives/Button.js';
import type { UserTableParts, UserTableProps } from './userTableProps.js';
import { useUserTableScope } from './userTableScope.js';

export function SkeletonRows({ rows, columnIds, part }: { rows: number; columnIds: string[]; part: UserTableParts }) {
  return Array.from({ length: rows }, (_, i) => (
    <tr key={`skeleton-${i}`} {...part('skeleton-row')} aria-hidden="true">
      {columnIds.map((id) => (
        <td key={id} {...part('cell')}>
          <span {...part('skeleton', 'roster-skeleton')} />
        </td>
      ))}
    </tr>
  ));
}

export interface EmptyRowProps {
  columnCount: number;
  isFiltered: boolean;
  clearFilters: () => void;
  /** Set when the adapter can create users here: the empty directory's call to action. */
  onCreate?: () => void;
  renderEmpty?: UserTableProps['renderEmpty'];
}

export function EmptyRow({ columnCount, isFiltered, clearFilters, onCreate, renderEmpty }: EmptyRowProps) {
  const { strings, part } = useUserTableScope();
  const { t } = strings;
  return (
    <tr {...part('row')}>
      <td colSpan={columnCount} {...part('empty')}>
        {renderEmpty ? (
          renderEmpty({ isFiltered, clearFilters, createUser: onCreate })
        ) : (
          <>
            <p>{isFiltered ? t.emptyFiltered : t.empty}</p>
            {isFiltered ? (
              <Button rosterPart={part('button')} onClick={clearFilters}>
                {t.clearFilters}
              </Button>
            ) : (
              onCreate && (
                <Button variant="primary" rosterPart={part('button')} onClick={onCreate}>
                  {t.createUser}
                </Button>
              )
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
