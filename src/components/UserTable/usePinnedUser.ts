/**
 * The user just created, shown first and marked "new" until the admin changes the search, a
 * filter, the sort or the page: a list sorted by name would otherwise put them out of sight.
 */
import { useCallback, useMemo, useState } from 'react';
import type { User } from '../../core/model.js';

export function usePinnedUser(query: unknown, items: readonly User[]) {
  // Compared by value: a controlled `query` may be a new object on every render of the host.
  const queryKey = JSON.stringify(query);
  const [pin, setPin] = useState<{ user: User; queryKey: string } | null>(null);
  const pinned = pin?.queryKey === queryKey ? pin.user : null;
  const rows = useMemo(() => {
    if (!pinned) return items;
    // The page's copy when it has one: it carries later changes (status, roles) to the user.
    const current = items.find((u) => u.id === pinned.id) ?? pinned;
    return [current, ...items.filter((u) => u !== current)];
  }, [items, pinned]);
  // Stable, as they reach the memoized dialogs through their create and delete callbacks.
  const pinUser = useCallback((user: User) => setPin({ user, queryKey }), [queryKey]);
  const unpin = useCallback((userId: string) => setPin((p) => (p?.user.id === userId ? null : p)), []);
  return { rows, pinnedId: pinned?.id, pin: pinUser, unpin };
}
