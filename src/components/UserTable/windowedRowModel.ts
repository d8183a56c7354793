/**
 * TanStack's core row model for a table handed only the rows in view (useRowWindow's slice):
 * the same Rows TanStack would build, but numbered by their place on the whole page, so
 * `row.index` stays the absolute position that aria-rowindex, data-index and focus after a
 * dialog rely on. Everything that needs every row of the page (select all, Shift ranges, the
 * pinned user, the count) works on the page's users, never on TanStack's rows.
 */
import { constructRow, makeObjectMap, type RowData, type RowModel, type Table, type TableFeatures } from '@tanstack/react-table';
import { userTableFeatures } from './columns.js';
import { windowStart } from './useRowWindow.js';

function windowedCoreRowModel<TFeatures extends TableFeatures, TData extends RowData>(table: Table<TFeatures, TData>) {
  // Built again only for a new slice: the window moved, or the page changed.
  let last: { data: readonly TData[]; model: RowModel<TFeatures, TData> } | null = null;
  return (): RowModel<TFeatures, TData> => {
    const data = table.options.data;
    if (last?.data === data) return last.model;
    const start = windowStart(data);
    const rows = data.map((original, i) => constructRow(table, table.getRowId(original, start + i), original, start + i, 0));
    const rowsById: RowModel<TFeatures, TData>['rowsById'] = makeObjectMap();
    for (const row of rows) rowsById[row.id] = row;
    last = { data, model: { rows, flatRows: rows.slice(), rowsById } };
    return last.model;
  };
}

/** UserTable's features with the windowed core row model in TanStack's `coreRowModel` slot. */
export const windowedUserTableFeatures = { ...userTableFeatures, coreRowModel: windowedCoreRowModel };
