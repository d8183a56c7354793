/**
 * Folding a confirmed user write into every cached copy of the user, and revalidating what the
 * write could have changed. Shared by the user writes (rosterClient.ts) and the details writes
 * (userDetailsWrites.ts).
 */
import { matchesKey, rosterKeys, type KeyBase } from '../core/cacheKeys.js';
import type { Membership, Page, User } from '../core/model.js';
import type { AllUsers } from './clientSideQuery.js';
import type { RosterWrites } from './rosterClient.js';

export const isUsersList = (key: unknown, keyBase: KeyBase) => matchesKey(key, keyBase, 'users') || matchesKey(key, keyBase, 'allUsers');

/** After a write to one user: the user, their memberships, the lists and their activity (a change is an event). */
export function revalidateUser({ mutate, keyBase }: RosterWrites, userId: string): void {
  void mutate(rosterKeys.user(keyBase, userId));
  void mutate(rosterKeys.memberships(keyBase, userId));
  void mutate((key) => isUsersList(key, keyBase) || matchesKey(key, keyBase, 'activity', userId) || matchesKey(key, keyBase, 'userByEmail'));
}

/**
 * Edits every cached list of users in both shapes: server pages and the all-users entries of
 * queries finished in the browser. `edit` returns its argument when nothing changed.
 */
export function editCachedUserLists({ mutate, keyBase }: RosterWrites, edit: (users: User[]) => User[], adjustTotal = 0): Promise<unknown> {
  return Promise.all([
    mutate<Page<User>>(
      (key) => matchesKey(key, keyBase, 'users'),
      (page) => {
        if (!page) return page;
        const items = edit(page.items);
        return items === page.items ? page : { ...page, items, total: page.total === null ? null : page.total + adjustTotal };
      },
      { revalidate: false },
    ),
    mutate<AllUsers>(
      (key) => matchesKey(key, keyBase, 'allUsers'),
      (all) => {
        if (!all) return all;
        const users = edit(all.users);
        return users === all.users ? all : { ...all, users };
      },
      { revalidate: false },
    ),
  ]);
}

/** Applies a confirmed change to every cached copy of the user, so the screen does not flicker back while revalidating. */
export async function foldUserIntoCache(
  writes: RosterWrites,
  userId: string,
  update: (user: User) => User,
  memberships?: (ms: Membership[]) => Membership[],
): Promise<void> {
  const { mutate, keyBase } = writes;
  await Promise.all([
    mutate<User>(rosterKeys.user(keyBase, userId), (u) => (u ? update(u) : u), { revalidate: false }),
    memberships && mutate<Membership[]>(rosterKeys.memberships(keyBase, userId), (ms) => (ms ? memberships(ms) : ms), { revalidate: false }),
    editCachedUserLists(writes, (users) => (users.some((u) => u.id === userId) ? users.map((u) => (u.id === userId ? update(u) : u)) : users)),
  ]);
}

/** Takes a user that no longer exists out of every cached list and copy. */
export async function dropUserFromCache(writes: RosterWrites, userId: string): Promise<void> {
  const { mutate, keyBase } = writes;
  await editCachedUserLists(writes, (users) => (users.some((u) => u.id === userId) ? users.filter((u) => u.id !== userId) : users), -1);
  void mutate(rosterKeys.user(keyBase, userId), undefined, { revalidate: false });
  void mutate((key) => isUsersList(key, keyBase) || matchesKey(key, keyBase, 'userByEmail'));
}
