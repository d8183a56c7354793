/** The header row: one column header per visible column, sortable ones as buttons with aria-sort. */
import type { ReactTable } from '@tanstack/react-table';
import { memo } from 'react';
import type { User } from '../../core/model.js';
import type { UserTableFeatures } from './columns.js';
import type { UserTableParts } from './userTableProps.js';

export interface UserTableHeadProps {
  table: ReactTable<UserTableFeatures, User>;
  part: UserTableParts;
  isVirtual: boolean;
  /**
   * Changes whenever something the header row shows changes (columns, their visibility, the sort,
   * styling, the select-all box's count). `table` is a new object on every render of UserTable, so
   * it is not what tells: a change to one user's row leaves the header alone.
   */
  renderKey: unknown;
}

export const UserTableHead = memo(
  function UserTableHead({ table, part, isVirtual }: UserTableHeadProps) {
    return (
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} {...part('header-row')} aria-rowindex={isVirtual ? 1 : undefined}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const canSort = header.column.getCanSort();
              return (
                <th
                  key={header.id}
                  scope="col"
                  {...part('header-cell')}
                  data-column={header.column.id}
                  aria-sort={canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined}
                >
                  {header.isPlaceholder ? null : canSort ? (
                    <button
                      type="button"
                      {...part('sort-button')}
                      data-state={sorted || 'none'}
                      onClick={() => header.column.toggleSorting(sorted === 'asc')}
                    >
                      <table.FlexRender header={header} />
                      <SortIcon direction={sorted || 'none'} part={part} />
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
    );
  },
  (prev, next) => prev.renderKey === next.renderKey && prev.part === next.part && prev.isVirtual === next.isVirtual,
);

/**
 * An element of its own, sized in em (the theme can size it through its part): both arrows when
 * unsorted, the one for the direction when sorted, so it reads without the theme too.
 */
function SortIcon({ direction, part }: { direction: 'asc' | 'desc' | 'none'; part: UserTableParts }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 10 14" width="0.72em" height="1em" fill="currentColor" {...part('sort-icon')} data-state={direction}>
      {direction !== 'desc' && <path d="M5 1 9 6H1z" />}
      {direction !== 'asc' && <path d="M5 13 1 8h8z" />}
    </svg>
  );
}
