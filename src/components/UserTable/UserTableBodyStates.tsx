/** The table body before there are rows to show: skeleton rows while loading, one row when empty. */
import type { ReactNode } from 'react';
import { Button } from '../primitives/Button.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { UserTableMessages } from './messages.js';
import type { UserTableParts } from './userTableProps.js';

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
  strings: ComponentStrings<UserTableMessages>;
  columnCount: number;
  isFiltered: boolean;
  clearFilters: () => void;
  renderEmpty?: (context: { isFiltered: boolean; clearFilters: () => void }) => ReactNode;
  part: UserTableParts;
  unstyled: boolean;
}

export function EmptyRow({ strings, columnCount, isFiltered, clearFilters, renderEmpty, part, unstyled }: EmptyRowProps) {
  const { t } = strings;
  return (
    <tr {...part('row')}>
      <td colSpan={columnCount} {...part('empty')}>
        {renderEmpty ? (
          renderEmpty({ isFiltered, clearFilters })
        ) : (
          <>
            <p>{isFiltered ? t.emptyFiltered : t.empty}</p>
            {isFiltered && (
              <Button rosterPart={part('button')} unstyled={unstyled} onClick={clearFilters}>
                {t.clearFilters}
              </Button>
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
