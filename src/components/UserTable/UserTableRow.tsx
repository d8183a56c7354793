import { memo, type ReactNode } from 'react';
import type { Row } from '@tanstack/react-table';
import type { User } from '../../core/model.js';
import type { PartProps } from '../styling.js';
import type { UserTableFeatures } from './columns.js';

export interface UserTableRowProps {
  row: Row<UserTableFeatures, User>;
  isSelected: boolean;
  /**
   * Changes whenever something every cell shows changes (messages, roles, columns, styling):
   * the one signal, besides the user and the selection, that makes a row render again.
   */
  renderKey: unknown;
  rowPart: PartProps;
  cellPart: PartProps;
  isVirtual: boolean;
  measure?: (element: Element | null) => void;
  renderCell: (cell: ReturnType<Row<UserTableFeatures, User>['getVisibleCells']>[number]) => ReactNode;
}

/**
 * One row of the table. Memoized on the user object, so an optimistic role change, a status
 * change or a selection repaints only the row it belongs to: the hooks give unchanged users the
 * same object, and TanStack's new Row objects for them are not a reason to render.
 */
export const UserTableRow = memo(
  function UserTableRow({ row, isSelected, rowPart, cellPart, isVirtual, measure, renderCell }: UserTableRowProps) {
    return (
      <tr {...rowPart} data-selected={isSelected ? '' : undefined} data-state={row.original.status} aria-rowindex={isVirtual ? row.index + 2 : undefined} ref={measure} data-index={row.index}>
        {row.getVisibleCells().map((cell) => (
          <td key={cell.id} {...cellPart} data-column={cell.column.id}>
            {renderCell(cell)}
          </td>
        ))}
      </tr>
    );
  },
  (prev, next) =>
    prev.row.original === next.row.original &&
    prev.row.index === next.row.index &&
    prev.isSelected === next.isSelected &&
    prev.renderKey === next.renderKey &&
    prev.isVirtual === next.isVirtual,
);
