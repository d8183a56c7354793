/**
 * The memory directory keeps its search texts and sorted orders up to date as users change: every
 * answer after a write is the one a fresh search and sort over the directory would give.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { UsersQuery } from '../../../src/core/model.js';
import { applyUsersQuery, sortValue } from '../../../src/core/usersQuery.js';
import { collectAllUsers } from '../../../src/testing/index.js';

type Shape = Omit<UsersQuery, 'page'>;

const QUERIES: Shape[] = [
  { sort: { field: 'name', direction: 'asc' } },
  { sort: { field: 'name', direction: 'desc' } },
  { search: 'an', sort: { field: 'email', direction: 'asc' } },
  { search: 'ZZ', sort: { field: 'name', direction: 'asc' } },
  { search: 'tanaka' },
  { search: 'ö', filter: { status: ['active'] }, sort: { field: 'lastLoginAt', direction: 'desc' } },
  { filter: { roleIds: ['admin'] }, sort: { field: 'createdAt', direction: 'asc' } },
  { filter: { status: ['invited'] }, sort: { field: 'email', direction: 'asc' } },
];

/** Checks every query against a fresh search and sort of the directory as it is now. */
async function expectFreshAnswers(adapter: MemoryAdapter) {
  const directory = new Map(adapter.snapshot().users.map((u) => [u.id, u]));
  for (const query of QUERIES) {
    const shown = (await collectAllUsers(adapter, query, 40)).map((u) => u.id);
    const fresh = applyUsersQuery([...directory.values()], query).map((u) => u.id);
    if (query.sort?.direction === 'desc') {
      // A flipped header reverses the other direction's order, so ties may come out the other way
      // round: the same users, in the same order of values.
      const values = (ids: string[]) => ids.map((id) => sortValue(directory.get(id)!, query.sort!.field));
      expect(new Set(shown), JSON.stringify(query)).toEqual(new Set(fresh));
      expect(values(shown), JSON.stringify(query)).toEqual(values(fresh));
    } else {
      expect(shown, JSON.stringify(query)).toEqual(fresh);
    }
  }
}

describe('memory directory search and sort after changes', () => {
  it('answers as a fresh search and sort would, before and after every kind of write', async () => {
    const adapter = createMemoryAdapter({ userCount: 300, seed: 5 });
    await expectFreshAnswers(adapter);
    const [first, second, third] = adapter.snapshot().users;

    await adapter.updateUser!(first!.id, { name: 'Zz Renamed Öberg' });
    await adapter.createUser!({ email: 'aaa.zz@example.com', name: 'Aaa Zz', roleIds: ['admin'] });
    await adapter.deleteUser!(second!.id);
    await adapter.setUserStatus!(third!.id, 'disabled');
    await adapter.addUserRoles!(third!.id, ['admin']);
    const invited = adapter.snapshot().users.filter((u) => u.status === 'invited');
    await adapter.revokeInvitation!(invited[0]!.id);
    await adapter.resendInvitation!(invited[1]!.id);
    await adapter.setUserVerified!(first!.id, { email: false });
    await expectFreshAnswers(adapter);
  });

  it('finds a renamed user by the new name only, and a deleted user not at all', async () => {
    const adapter = createMemoryAdapter({ userCount: 50 });
    const [renamed, deleted] = adapter.snapshot().users;
    // The full name, with its space, is in no email address.
    const oldName = renamed!.name!.toLowerCase();
    const before = await adapter.listUsers({ search: oldName, page: { size: 50 } });
    await adapter.updateUser!(renamed!.id, { name: 'Quillon Vex', familyName: 'Vex' });
    await adapter.deleteUser!(deleted!.id);
    const byNew = await adapter.listUsers({ search: 'quillon', page: { size: 50 } });
    expect(byNew.items.map((u) => u.id)).toEqual([renamed!.id]);
    expect(before.items.map((u) => u.id)).toContain(renamed!.id);
    const byOld = await adapter.listUsers({ search: oldName, page: { size: 50 } });
    expect(byOld.items.map((u) => u.id)).not.toContain(renamed!.id);
    const all = await collectAllUsers(adapter, { sort: { field: 'name', direction: 'asc' } }, 20);
    expect(all.map((u) => u.id)).not.toContain(deleted!.id);
    expect(all).toHaveLength(49);
  });
});
