/**
 * Row selection that spans pages: ids in TanStack's state (so rows show their checkbox), and the
 * users themselves, so the bulk bar can act on users that are no longer on screen.
 */
import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { User } from '../../core/model.js';

/**
 * `page`: the users on screen, for the header checkbox's count of them selected. The functions
 * keep their identity, so the memoized bulk bar and dialogs that take them do not render again.
 */
export function useCrossPageSelection(page: readonly User[]) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [selectedUsers, setSelectedUsers] = useState<Map<string, User>>(new Map());
  const selectUsers = useCallback((changes: { user: User; selected: boolean }[]) => {
    setRowSelection((old) => {
      const next = { ...old };
      for (const { user, selected } of changes) {
        if (selected) next[user.id] = true;
        else delete next[user.id];
      }
      return next;
    });
    setSelectedUsers((old) => {
      const next = new Map(old);
      for (const { user, selected } of changes) {
        if (selected) next.set(user.id, user);
        else next.delete(user.id);
      }
      return next;
    });
  }, []);
  /** Takes these users out of the selection, wherever they are: the ones a bulk action or a delete is done with. */
  const deselect = useCallback((ids: readonly string[]) => {
    setRowSelection((old) => (ids.some((id) => id in old) ? omit(old, ids) : old));
    setSelectedUsers((old) => {
      if (!ids.some((id) => old.has(id))) return old;
      const next = new Map(old);
      for (const id of ids) next.delete(id);
      return next;
    });
  }, []);
  // The row last ticked or unticked by itself: the other end of a shift-click range.
  const anchor = useRef<string | null>(null);
  /**
   * A row's checkbox: with Shift, every row of `page` from the anchor to this one takes this row's
   * new state, as in a file manager; without, this row alone. An anchor on another page is no anchor.
   */
  const selectRow = useCallback((user: User, selected: boolean, shiftKey: boolean, page: readonly User[]) => {
    const from = shiftKey && anchor.current !== null ? page.findIndex((u) => u.id === anchor.current) : -1;
    const to = page.findIndex((u) => u.id === user.id);
    anchor.current = user.id;
    if (from < 0 || to < 0) return selectUsers([{ user, selected }]);
    selectUsers(page.slice(Math.min(from, to), Math.max(from, to) + 1).map((u) => ({ user: u, selected })));
  }, [selectUsers]);
  const clearSelection = useCallback(() => {
    setRowSelection({});
    setSelectedUsers(new Map());
  }, []);
  // Counted once per change of page or selection, not on every render (in client mode a page can
  // hold 100,000 users and the window renders on every scroll step), and not at all while
  // nothing is selected, as when the table first shows.
  const pageSelected = useMemo(() => (hasAny(rowSelection) ? page.reduce((n, u) => (rowSelection[u.id] ? n + 1 : n), 0) : 0), [page, rowSelection]);
  return { rowSelection, setRowSelection, selectedUsers, selectUsers, deselect, selectRow, clearSelection, pageSelected };
}

function omit(selection: RowSelectionState, ids: readonly string[]): RowSelectionState {
  const next = { ...selection };
  for (const id of ids) delete next[id];
  return next;
}

function hasAny(selection: RowSelectionState): boolean {
  for (const id in selection) if (selection[id]) return true;
  return false;
}
