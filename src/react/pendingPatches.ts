/**
 * Optimistic changes of definitions (a role's name, description or permissions; a permission's or
 * an organization's name) that the backend has not confirmed yet, layered over the cached list
 * when a hook reads it. As with users' pending role changes (pendingChanges.ts), a failed change
 * is dropped from the layer, so the rollback is exact: it never undoes a change that landed, or
 * another one still in flight.
 *
 * Lists are named by a string (`roles:<organization id>`, `permissions`, `organizations`); the
 * store is made for a provider on the first hook that reads definitions (pendingPatchesFor).
 */
import type { RosterWrites } from './rosterClient.js';

export interface PendingPatch {
  id: string;
  patch: Readonly<Record<string, unknown>>;
}

export interface PendingPatches {
  /** Shows `patch` over item `id` of `list` until the returned function is called. */
  add(list: string, id: string, patch: Readonly<Record<string, unknown>>): () => void;
  /** The list's patches; the same array until they move (a useSyncExternalStore snapshot). */
  get(list: string): readonly PendingPatch[];
  subscribe(list: string, listener: () => void): () => void;
}

const NONE: readonly PendingPatch[] = [];

function createPendingPatches(): PendingPatches {
  const byList = new Map<string, readonly PendingPatch[]>();
  const listeners = new Map<string, Set<() => void>>();
  const notify = (list: string) => listeners.get(list)?.forEach((l) => l());
  return {
    add(list, id, patch) {
      const entry: PendingPatch = { id, patch };
      byList.set(list, [...(byList.get(list) ?? NONE), entry]);
      notify(list);
      return () => {
        const left = (byList.get(list) ?? NONE).filter((p) => p !== entry);
        if (left.length) byList.set(list, left);
        else byList.delete(list);
        notify(list);
      };
    },
    get: (list) => byList.get(list) ?? NONE,
    subscribe(list, listener) {
      let set = listeners.get(list);
      if (!set) listeners.set(list, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

const stores = new WeakMap<RosterWrites, PendingPatches>();

/** The provider's store of pending definition changes, made on first use. */
export function pendingPatchesFor(writes: RosterWrites): PendingPatches {
  let store = stores.get(writes);
  if (!store) stores.set(writes, (store = createPendingPatches()));
  return store;
}

/** `items` with each pending patch applied over its item; the same array when none applies. */
export function applyPatches<T extends { id: string }>(items: readonly T[], patches: readonly PendingPatch[]): readonly T[] {
  if (!patches.length) return items;
  return items.map((item) => patches.reduce((out, p) => (p.id === item.id ? { ...out, ...p.patch } : out), item));
}

/** Ids with a change in flight. */
export function pendingIds(patches: readonly PendingPatch[]): ReadonlySet<string> {
  return new Set(patches.map((p) => p.id));
}
