import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useRosterContext } from './context.js';
import { applyPatches, pendingIds, pendingPatchesFor } from './pendingPatches.js';

/**
 * `items` as they will be once the list's pending changes land, and the ids still waiting: what
 * useRoles, usePermissions and useOrganizations show. Only changes to this list re-render.
 */
export function usePendingPatches<T extends { id: string }>(caller: string, list: string, items: readonly T[] | undefined): { items: T[] | undefined; pendingIds: ReadonlySet<string> } {
  const store = pendingPatchesFor(useRosterContext(caller).writes);
  const subscribe = useCallback((onChange: () => void) => store.subscribe(list, onChange), [store, list]);
  const read = useCallback(() => store.get(list), [store, list]);
  const patches = useSyncExternalStore(subscribe, read, read);
  return useMemo(() => ({ items: items && (applyPatches(items, patches) as T[]), pendingIds: pendingIds(patches) }), [items, patches]);
}
