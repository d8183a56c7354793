import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { collectAllUsers } from '../../../src/testing/index.js';

describe('memory adapter sorting', () => {
  it('flipping direction keeps users without a value last and visits everyone once', async () => {
    const adapter = createMemoryAdapter({ userCount: 200 });
    const asc = await collectAllUsers(adapter, { sort: { field: 'lastLoginAt', direction: 'asc' } }, 25);
    const desc = await collectAllUsers(adapter, { sort: { field: 'lastLoginAt', direction: 'desc' } }, 25);
    for (const order of [asc, desc]) {
      expect(new Set(order.map((u) => u.id)).size).toBe(200);
      const firstMissing = order.findIndex((u) => u.lastLoginAt === null);
      expect(firstMissing).toBeGreaterThan(0);
      expect(order.slice(firstMissing).every((u) => u.lastLoginAt === null)).toBe(true);
    }
    const times = (order: typeof asc) => order.filter((u) => u.lastLoginAt).map((u) => Date.parse(u.lastLoginAt!));
    expect(times(asc)).toEqual([...times(asc)].sort((a, b) => a - b));
    expect(times(desc)).toEqual([...times(desc)].sort((a, b) => b - a));
  });

  it('a change to the directory is sorted afresh', async () => {
    const adapter = createMemoryAdapter({ userCount: 50 });
    await adapter.listUsers({ sort: { field: 'name', direction: 'asc' }, page: { size: 50 } });
    const created = await adapter.createUser!({ email: 'aaaa.first@example.com', name: 'Aaaa First' });
    const { items } = await adapter.listUsers({ sort: { field: 'name', direction: 'asc' }, page: { size: 5 } });
    expect(items[0]!.id).toBe(created.id);
    const found = await adapter.listUsers({ search: 'aaaa', page: { size: 5 } });
    expect(found.items.map((u) => u.id)).toEqual([created.id]);
  });
});
