/**
 * Row selection that spans pages: ids in TanStack's state (so rows show their checkbox), and the
 * users themselves, so the bulk bar can act on users that are no longer on screen.
 */
import type { RowSelectionState } from '@tanstack/react-table';
import { useRef, useState } from 'react';
import type { User } from '../../core/model.js';

export function useCrossPageSelection() {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [selectedUsers, setSelectedUsers] = useState<Map<string, User>>(new Map());
  const selectUsers = (changes: { user: User; selected: boolean }[]) => {
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
  };
  // The row last ticked or unticked by itself: the other end of a shift-click range.
  const anchor = useRef<string | null>(null);
  /**
   * A row's checkbox: with Shift, every row of `page` from the anchor to this one takes this row's
   * new state, as in a file manager; without, this row alone. An anchor on another page is no anchor.
   */
  const selectRow = (user: User, selected: boolean, shiftKey: boolean, page: readonly User[]) => {
    const from = shiftKey && anchor.current !== null ? page.findIndex((u) => u.id === anchor.current) : -1;
    const to = page.findIndex((u) => u.id === user.id);
    anchor.current = user.id;
    if (from < 0 || to < 0) return selectUsers([{ user, selected }]);
    selectUsers(page.slice(Math.min(from, to), Math.max(from, to) + 1).map((u) => ({ user: u, selected })));
  };
  const clearSelection = () => {
    setRowSelection({});
    setSelectedUsers(new Map());
  };
  return { rowSelection, setRowSelection, selectedUsers, selectUsers, selectRow, clearSelection };
}
