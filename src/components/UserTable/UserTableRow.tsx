import { memo, type MouseEvent, type ReactNode } from 'react';
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
  /**
   * A click on the row opens the user's details (stable: not a reason to render). The name's
   * button is the keyboard's way to the same; the row hands it over, so focus returns there.
   */
  onOpenDetails?: (user: User, opener: HTMLElement | null) => void;
}

/** What a click inside does itself: selecting, a menu, a link, the host's own controls. */
const INTERACTIVE = 'a, button, input, select, textarea, label, summary, [role="menu"], [role="menuitem"], [role="checkbox"], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

function openFromRow(event: MouseEvent<HTMLTableRowElement>, user: User, open: (user: User, opener: HTMLElement | null) => void) {
  const target = event.target as Element;
  const control = target.closest(INTERACTIVE);
  if (control && event.currentTarget.contains(control)) return;
  // Dragged across text to copy it: not a request to open anything.
  if (window.getSelection()?.toString()) return;
  const opener = event.currentTarget.querySelector<HTMLElement>('[data-roster-part="user-table-name-button"]');
  // Focus on the row's own way in, so it comes back there when the details close.
  opener?.focus();
  open(user, opener);
}

/**
 * One row of the table. Memoized on the user object, so an optimistic role change, a status
 * change or a selection repaints only the row it belongs to: the hooks give unchanged users the
 * same object, and TanStack's new Row objects for them are not a reason to render.
 */
export const UserTableRow = memo(
  function UserTableRow({ row, isSelected, rowPart, cellPart, isVirtual, measure, renderCell, onOpenDetails }: UserTableRowProps) {
    return (
      // The click is a shortcut for the mouse; keyboards open the same from the name's button.
      <tr
        {...rowPart}
        data-selected={isSelected ? '' : undefined}
        data-state={row.original.status}
        data-opens-details={onOpenDetails ? '' : undefined}
        aria-rowindex={isVirtual ? row.index + 2 : undefined}
        ref={measure}
        data-index={row.index}
        onClick={onOpenDetails && ((event) => openFromRow(event, row.original, onOpenDetails))}
      >
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
    prev.isVirtual === next.isVirtual &&
    prev.onOpenDetails === next.onOpenDetails,
);
