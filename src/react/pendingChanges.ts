/**
 * Optimistic role and membership changes that the backend has not confirmed yet, layered over the
 * last server state when rendering. A failed change is simply dropped from the layer: what is left
 * on screen is the server's state plus the other changes still in flight — an exact rollback that
 * never undoes somebody else's successful change, unlike restoring a snapshot.
 */
import { applyMembershipChange, applyRoleChange, type MembershipChange, type RoleChange } from '../core/changes.js';
import type { Membership, User } from '../core/model.js';

export type PendingChange =
  | { target: 'roles'; change: RoleChange }
  | { target: 'memberships'; change: MembershipChange };

export interface PendingChanges {
  add(userId: string, change: PendingChange): () => void;
  /** This user's changes; the same array until they move, so it can be a useSyncExternalStore snapshot. */
  get(userId: string): readonly PendingChange[];
  /** `listener` runs with the id of every user whose pending changes move (lists of users). */
  subscribe(listener: (userId: string) => void): () => void;
  /**
   * `listener` runs only when this user's pending changes move. A hook about one user subscribes
   * here, so a role toggle re-renders the hooks of that user, not those of everyone on screen.
   */
  subscribeUser(userId: string, listener: () => void): () => void;
  /** Changes whenever any user's pending changes do; for useSyncExternalStore. */
  version(): number;
  /** How many users have pending changes: none, and a list of 100,000 users need not be walked. */
  userCount(): number;
}

/** No pending changes: one shared empty list, so snapshots of users without changes never differ. */
export const NO_PENDING_CHANGES: readonly PendingChange[] = [];

export function createPendingChanges(): PendingChanges {
  const byUser = new Map<string, PendingChange[]>();
  const listeners = new Set<(userId: string) => void>();
  const userListeners = new Map<string, Set<() => void>>();
  let version = 0;
  const notify = (userId: string) => {
    version += 1;
    userListeners.get(userId)?.forEach((l) => l());
    listeners.forEach((l) => l(userId));
  };
  return {
    add(userId, change) {
      byUser.set(userId, [...(byUser.get(userId) ?? []), change]);
      notify(userId);
      return () => {
        const left = (byUser.get(userId) ?? []).filter((c) => c !== change);
        if (left.length) byUser.set(userId, left);
        else byUser.delete(userId);
        notify(userId);
      };
    },
    get: (userId) => byUser.get(userId) ?? NO_PENDING_CHANGES,
    userCount: () => byUser.size,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeUser(userId, listener) {
      let forUser = userListeners.get(userId);
      if (!forUser) userListeners.set(userId, (forUser = new Set()));
      forUser.add(listener);
      return () => {
        forUser.delete(listener);
        if (!forUser.size && userListeners.get(userId) === forUser) userListeners.delete(userId);
      };
    },
    version: () => version,
  };
}

export function applyPendingToRoles(roleIds: readonly string[], pending: readonly PendingChange[]): string[] {
  return pending.reduce<string[]>((ids, p) => (p.target === 'roles' ? applyRoleChange(ids, p.change) : ids), [...roleIds]);
}

export function applyPendingToMemberships(memberships: readonly Membership[], pending: readonly PendingChange[]): Membership[] {
  return pending.reduce<Membership[]>((ms, p) => (p.target === 'memberships' ? applyMembershipChange(ms, p.change) : ms), [...memberships]);
}

/** The user as it will be once its pending changes land; the same object when none are pending. */
export function applyPendingToUser(user: User, pending: readonly PendingChange[]): User {
  if (!pending.length) return user;
  return {
    ...user,
    roleIds: applyPendingToRoles(user.roleIds, pending),
    ...(user.memberships && { memberships: applyPendingToMemberships(user.memberships, pending) }),
  };
}
