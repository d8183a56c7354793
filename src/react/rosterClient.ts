/**
 * The write side of the hooks: every mutation, with its cache bookkeeping in one place.
 *
 * Decisions, per mutation (STYLE rule 6):
 * - role and membership changes are optimistic: shown at once through the pending layer, rolled
 *   back exactly on failure (see pendingChanges.ts);
 * - create, update, status and delete are pessimistic: the screen changes when the backend agrees;
 * - every write for one user runs after the previous one for that user has settled;
 * - afterwards only the keys the write could have changed are revalidated.
 *
 * The provider makes only `RosterWrites` (what every write shares: the cache, the per-user queue).
 * The client is made on first use by a write hook (useRosterClient), and useUsers takes creation
 * alone (useCreateUser), so a page that only reads does not bundle the other writes.
 */
import { useCallback } from 'react';
import type { ScopedMutator } from 'swr';
import { canEditRoles, type MembershipOptions, type RoleScope, type RosterAdapter } from '../core/adapter.js';
import { rosterKeys, type KeyBase } from '../core/cacheKeys.js';
import { applyMembershipChange, applyRoleChange, type MembershipChange, type RoleChange } from '../core/changes.js';
import { EditConflictError, findEditConflicts } from '../core/editConflict.js';
import { isRosterError, RosterError } from '../core/errors.js';
import { createKeyedQueue, type KeyedQueue } from '../core/keyedQueue.js';
import type { CreateUserInput, Membership, Organization, UpdateUserInput, User, UserStatus } from '../core/model.js';
import { useRosterContext } from './context.js';
import type { PendingChanges } from './pendingChanges.js';
import { dropUserFromCache, foldUserIntoCache, isUsersList, revalidateUser } from './userCache.js';

/** What every write of one provider shares. */
export interface RosterWrites {
  readonly adapter: RosterAdapter;
  readonly keyBase: KeyBase;
  readonly pending: PendingChanges;
  /** SWR's mutate for this cache partition; does nothing once the partition is gone. */
  readonly mutate: ScopedMutator;
  /** Orders the writes for one user. */
  readonly queue: KeyedQueue;
}

/**
 * `isActive` turns false when the provider's cache partition is gone (unmount, new scope). A write
 * the backend already accepted must still resolve as a success then, so cache bookkeeping is
 * skipped instead of failing on a cache that no longer exists.
 */
export function createRosterWrites(adapter: RosterAdapter, keyBase: KeyBase, cacheMutate: ScopedMutator, pending: PendingChanges, isActive: () => boolean): RosterWrites {
  const mutate = ((...args: Parameters<ScopedMutator>) => (isActive() ? cacheMutate(...args) : Promise.resolve(undefined))) as ScopedMutator;
  return { adapter, keyBase, pending, mutate, queue: createKeyedQueue() };
}

export interface RosterClient {
  createUser(input: CreateUserInput): Promise<User>;
  /**
   * With `base` (the user as the form started from), the user is read again just before the write,
   * and the write refused with an EditConflictError if someone else changed a field being written.
   */
  updateUser(userId: string, patch: UpdateUserInput, options?: { base?: User }): Promise<User>;
  deleteUser(userId: string): Promise<void>;
  setUserStatus(userId: string, status: Exclude<UserStatus, 'invited'>): Promise<User>;
  changeRoles(userId: string, change: RoleChange, scope?: RoleScope): Promise<void>;
  addUserMembership(userId: string, organization: Pick<Organization, 'id' | 'name'>, options?: MembershipOptions): Promise<void>;
  removeUserMembership(userId: string, organizationId: string): Promise<void>;
}

/**
 * The user was created but joining the organization afterwards failed: the create must not be
 * retried (it would meet a duplicate), only the join.
 */
export class PartialCreateError extends RosterError {
  constructor(readonly user: User, joinError: RosterError) {
    super(joinError.code, { message: 'The user was created, but could not be added to the organization.', status: joinError.status, retryAfterMs: joinError.retryAfterMs, cause: joinError });
  }
}

function unsupported(what: string): never {
  throw new RosterError('unsupported', { message: `This identity provider does not support ${what}.` });
}


/** Creates a user: into an organization in one call where the backend can, otherwise create, then join. */
export async function createUser(writes: RosterWrites, input: CreateUserInput): Promise<User> {
  const { adapter, keyBase, mutate, queue } = writes;
  if (!adapter.createUser) unsupported('creating users');
  const { organization, ...rest } = input;
  const inOneCall = !organization || adapter.capabilities.createUser.organization;
  if (!inOneCall && !adapter.addUserMembership) unsupported('adding users to organizations');
  const user = await adapter.createUser(inOneCall ? input : rest);
  void mutate(rosterKeys.user(keyBase, user.id), user, { revalidate: false });
  void mutate((key) => isUsersList(key, keyBase));
  if (!inOneCall) {
    try {
      await queue(user.id, () => adapter.addUserMembership!(user.id, organization!.id, { roleIds: organization!.roleIds ?? [] }));
    } catch (error) {
      throw isRosterError(error) ? new PartialCreateError(user, error) : error;
    } finally {
      revalidateUser(writes, user.id);
    }
  }
  return user;
}

/** useUsers' `createUser`: creation alone. The same function for as long as the provider's adapter and scope. */
export function useCreateUser(caller: string): (input: CreateUserInput) => Promise<User> {
  const { writes } = useRosterContext(caller);
  return useCallback((input: CreateUserInput) => createUser(writes, input), [writes]);
}

const clients = new WeakMap<RosterWrites, RosterClient>();

/** The provider's client, made the first time any write hook asks for it. */
export function rosterClientFor(writes: RosterWrites): RosterClient {
  let client = clients.get(writes);
  if (!client) clients.set(writes, (client = createRosterClient(writes)));
  return client;
}

/** The write hooks' way to the client: the same object for as long as the provider's adapter and scope. */
export function useRosterClient(caller: string): RosterClient {
  return rosterClientFor(useRosterContext(caller).writes);
}

function createRosterClient(writes: RosterWrites): RosterClient {
  const { adapter, pending, queue } = writes;

  const foldIntoCache = (userId: string, update: (user: User) => User, memberships?: (ms: Membership[]) => Membership[]) => foldUserIntoCache(writes, userId, update, memberships);

  async function sendRoleChange(userId: string, change: RoleChange, scope: RoleScope): Promise<void> {
    const { addUserRoles, removeUserRoles, setUserRoles } = adapter;
    if (change.kind === 'set' && setUserRoles) return setUserRoles(userId, [...change.roleIds], scope);
    if (change.kind === 'add' && addUserRoles) return addUserRoles(userId, [...change.roleIds], scope);
    if (change.kind === 'remove' && removeUserRoles) return removeUserRoles(userId, [...change.roleIds], scope);
    if (change.kind === 'set' && addUserRoles && removeUserRoles) {
      const current = await currentRoles(userId, scope);
      const added = change.roleIds.filter((id) => !current.includes(id));
      const removed = current.filter((id) => !change.roleIds.includes(id));
      if (added.length) await addUserRoles(userId, added, scope);
      if (removed.length) await removeUserRoles(userId, removed, scope);
      return;
    }
    // A set-only adapter that did not do its own read-modify-write: do it here, inside this
    // user's queue, from a fresh read.
    if (setUserRoles) return setUserRoles(userId, applyRoleChange(await currentRoles(userId, scope), change), scope);
    unsupported('changing roles');
  }

  async function currentRoles(userId: string, scope: RoleScope): Promise<string[]> {
    if (!scope.organizationId) return (await adapter.getUser(userId)).roleIds;
    const memberships = await adapter.listUserMemberships(userId);
    return memberships.find((m) => m.organization.id === scope.organizationId)?.roleIds ?? [];
  }

  /** Shows `change` at once, sends it in order, and either folds it into the cache or drops it. */
  async function optimistic(userId: string, shown: Parameters<PendingChanges['add']>[1], send: () => Promise<void>, fold: () => Promise<void>): Promise<void> {
    const drop = pending.add(userId, shown);
    try {
      await queue(userId, send);
      await fold();
    } finally {
      drop();
      revalidateUser(writes, userId);
    }
  }

  return {
    createUser: (input) => createUser(writes, input),

    updateUser(userId, patch, { base } = {}) {
      if (!adapter.updateUser) unsupported('editing users');
      const updateUser = adapter.updateUser;
      return queue(userId, async () => {
        if (base) {
          const current = await adapter.getUser(userId);
          const conflicts = findEditConflicts(base, current, patch);
          if (conflicts.length) {
            await foldIntoCache(userId, () => current);
            throw new EditConflictError(conflicts, current);
          }
        }
        const user = await updateUser(userId, patch);
        await foldIntoCache(userId, () => user);
        revalidateUser(writes, userId);
        return user;
      });
    },

    setUserStatus(userId, status) {
      if (!adapter.setUserStatus) unsupported('enabling and disabling users');
      const setUserStatus = adapter.setUserStatus;
      return queue(userId, async () => {
        const user = await setUserStatus(userId, status);
        await foldIntoCache(userId, (u) => ({ ...u, status: user.status }));
        revalidateUser(writes, userId);
        return user;
      });
    },

    deleteUser(userId) {
      if (!adapter.deleteUser) unsupported('deleting users');
      const deleteUser = adapter.deleteUser;
      return queue(userId, async () => {
        await deleteUser(userId);
        await dropUserFromCache(writes, userId);
      });
    },

    changeRoles(userId, change, scope = {}) {
      if (!canEditRoles(adapter, scope)) unsupported(scope.organizationId ? 'roles per organization' : 'changing roles');
      const { organizationId } = scope;
      if (!organizationId) {
        return optimistic(
          userId,
          { target: 'roles', change },
          () => sendRoleChange(userId, change, scope),
          () => foldIntoCache(userId, (u) => ({ ...u, roleIds: applyRoleChange(u.roleIds, change) })),
        );
      }
      const membershipChange: MembershipChange = { kind: 'roles', organizationId, change };
      const fold = (ms: Membership[]) => applyMembershipChange(ms, membershipChange);
      return optimistic(
        userId,
        { target: 'memberships', change: membershipChange },
        () => sendRoleChange(userId, change, scope),
        () => foldIntoCache(userId, (u) => (u.memberships ? { ...u, memberships: fold(u.memberships) } : u), fold),
      );
    },

    addUserMembership(userId, organization, { roleIds = [] } = {}) {
      if (!adapter.addUserMembership) unsupported('adding users to organizations');
      const add = adapter.addUserMembership;
      const change: MembershipChange = { kind: 'join', organization: { id: organization.id, name: organization.name }, roleIds };
      const fold = (ms: Membership[]) => applyMembershipChange(ms, change);
      return optimistic(
        userId,
        { target: 'memberships', change },
        () => add(userId, organization.id, { roleIds }),
        () => foldIntoCache(userId, (u) => (u.memberships ? { ...u, memberships: fold(u.memberships) } : u), fold),
      );
    },

    removeUserMembership(userId, organizationId) {
      if (!adapter.removeUserMembership) unsupported('removing users from organizations');
      const remove = adapter.removeUserMembership;
      const change: MembershipChange = { kind: 'leave', organizationId };
      const fold = (ms: Membership[]) => applyMembershipChange(ms, change);
      return optimistic(
        userId,
        { target: 'memberships', change },
        () => remove(userId, organizationId),
        () => foldIntoCache(userId, (u) => (u.memberships ? { ...u, memberships: fold(u.memberships) } : u), fold),
      );
    },
  };
}
