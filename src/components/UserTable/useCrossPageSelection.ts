/**
 * Row selection that spans pages: ids in TanStack's state (so rows show their checkbox), and the
 * users themselves, so the bulk bar can act on users that are no longer on screen.
 */
import type { RowSelectionState } from '@tanstack/react-table';
import { useState } from 'react';
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
  const clearSelection = () => {
    setRowSelection({});
    setSelectedUsers(new Map());
  };
  return { rowSelection, setRowSelection, selectedUsers, selectUsers, clearSelection };
}
