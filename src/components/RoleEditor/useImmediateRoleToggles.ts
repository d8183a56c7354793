import { useCallback, useMemo, useState } from 'react';
import type { UseUserRolesResult } from '../../react/useUserRoles.js';

/**
 * `mode="immediate"`: every toggle is its own add or remove, sent at once. The hooks queue writes
 * per user, so quick toggles land in order and none is lost; each shows optimistically and rolls
 * back alone. Tracks which roles still wait for the backend, to mark them busy.
 */
export function useImmediateRoleToggles(held: Pick<UseUserRolesResult, 'addUserRoles' | 'removeUserRoles' | 'setUserRoles'>, one = false) {
  const [inFlight, setInFlight] = useState<ReadonlyMap<string, number>>(new Map());
  const bump = (roleId: string, delta: number) =>
    setInFlight((old) => {
      const next = new Map(old);
      const count = (next.get(roleId) ?? 0) + delta;
      if (count > 0) next.set(roleId, count);
      else next.delete(roleId);
      return next;
    });

  const { addUserRoles: add, removeUserRoles: remove, setUserRoles: set } = held;
  /** Resolves when this toggle landed; rejects (already rolled back) when it failed. With `one`, picking replaces the held role. */
  const toggle = useCallback(
    async (roleId: string, checked: boolean) => {
      const send = one ? set : checked ? add : remove;
      if (!send) return;
      bump(roleId, 1);
      try {
        await send([roleId]);
      } finally {
        bump(roleId, -1);
      }
    },
    [add, remove, set, one],
  );

  const pendingRoleIds = useMemo(() => new Set(inFlight.keys()) as ReadonlySet<string>, [inFlight]);
  return { toggle, pendingRoleIds };
}
