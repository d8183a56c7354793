/** The header row: one column header per visible column, sortable ones as buttons with aria-sort. */
import type { ReactTable } from '@tanstack/react-table';
import type { User } from '../../core/model.js';
import type { UserTableFeatures } from './columns.js';
import type { UserTableParts } from './userTableProps.js';

export interface UserTableHeadProps {
  table: ReactTable<UserTableFeatures, User>;
  part: UserTableParts;
  isVirtual: boolean;
}

export function UserTableHead({ table, part, isVirtual }: UserTableHeadProps) {
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
                    <span aria-hidden="true" {...part('sort-icon')}>
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
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
}
