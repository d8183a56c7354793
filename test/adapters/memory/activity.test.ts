/**
 * The memory directory's activity log: made-up sign-ins that fit each user's dates, made only when
 * read, the changes every write records, and cursors that stay put while new entries arrive.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ActivityEvent, User } from '../../../src/core/model.js';

async function allActivity(adapter: MemoryAdapter, userId: string, size = 7): Promise<ActivityEvent[]> {
  const seen: ActivityEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.listUserActivity!(userId, { page: { size, cursor } });
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

const byStatus = (adapter: MemoryAdapter, status: User['status']) => adapter.snapshot().users.filter((u) => u.status === status);
const latest = async (adapter: MemoryAdapter, userId: string) => (await adapter.listUserActivity!(userId, { page: { size: 1 } })).items[0]!;

describe('memory directory: generated activity', () => {
  it('ends each signed-in user’s sign-ins at lastLoginAt, newest first, within the account’s life', async () => {
    const adapter = createMemoryAdapter({ seed: 4, userCount: 60 });
    for (const user of byStatus(adapter, 'active').slice(0, 20)) {
      const log = await allActivity(adapter, user.id);
      expect(log[0]).toMatchObject({ kind: 'sign-in', at: user.lastLoginAt, action: 'user.login' });
      const times = log.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(user.createdAt!) - log.length * 1000);
      expect(new Set(log.map((e) => e.id)).size).toBe(log.length);
      for (const event of log) {
        expect(event.ip).toMatch(/^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:)/);
        expect(event.userAgent).toMatch(/^Mozilla\/5\.0 /);
        expect(event.location).toMatch(/^.+, [A-Z]{2}$/);
      }
    }
    const kinds = new Set((await Promise.all(byStatus(adapter, 'active').map((u) => allActivity(adapter, u.id)))).flat().map((e) => e.kind));
    expect(kinds).toEqual(new Set(['sign-in', 'sign-in-failed', 'sign-out']));
  });

  it('shows an invited user’s invitation, by whom and when it was sent, and nothing else', async () => {
    const adapter = createMemoryAdapter({ seed: 4, userCount: 60 });
    const invited = byStatus(adapter, 'invited')[0]!;
    expect(await allActivity(adapter, invited.id)).toEqual([
      { id: expect.any(String), kind: 'change', at: invited.invitation!.sentAt, action: 'user.invite', actor: invited.invitation!.invitedBy, fields: ['invitation'] },
    ]);
  });

  it('is the same for a seed whichever users are read first', async () => {
    const [a, b] = [createMemoryAdapter({ seed: 8, userCount: 30 }), createMemoryAdapter({ seed: 8, userCount: 30 })];
    const [first, second] = a.snapshot().users;
    await allActivity(b, second!.id);
    expect(await allActivity(b, first!.id)).toEqual(await allActivity(a, first!.id));
    expect(await allActivity(createMemoryAdapter({ seed: 9, directory: a.snapshot() }), first!.id)).not.toEqual(await allActivity(a, first!.id));
  });

  it('makes up a user’s sign-ins only when they are first read', async () => {
    const asked: string[] = [];
    const adapter = createMemoryAdapter({ seed: 2, userCount: 2000, activityPerUser: (user) => void asked.push(user.id) });
    expect(asked).toEqual([]);
    const [user] = (await adapter.listUsers({ page: { size: 1 } })).items;
    await adapter.listUserActivity!(user!.id, { page: { size: 5 } });
    await adapter.listUserActivity!(user!.id, { page: { size: 5 } });
    expect(asked).toEqual([user!.id]);
  });

  it('gives one user a log of 5,000 entries, paged to the end in order', async () => {
    const target = byStatus(createMemoryAdapter({ seed: 5, userCount: 20 }), 'active')[0]!;
    const adapter = createMemoryAdapter({ seed: 5, userCount: 20, activityPerUser: (user) => (user.id === target.id ? 5000 : undefined) });
    const first = await adapter.listUserActivity!(target.id, { page: { size: 500 } });
    expect(first.total).toBe(5000);
    const log = await allActivity(adapter, target.id, 500);
    expect(log).toHaveLength(5000);
    expect(new Set(log.map((e) => e.id)).size).toBe(5000);
    const times = log.map((e) => Date.parse(e.at));
    expect(times.every((t, i) => i === 0 || t < times[i - 1]!)).toBe(true);
  });

  it('refuses a page size beyond the maximum and a cursor it did not make', async () => {
    const adapter = createMemoryAdapter({ seed: 5, userCount: 5, capabilities: { maxPageSize: 50 } });
    const [user] = adapter.snapshot().users;
    await expect(adapter.listUserActivity!(user!.id, { page: { size: 51 } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.listUserActivity!(user!.id, { page: { size: 5, cursor: 'page-2' } })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('memory directory: changes in the activity log', () => {
  it('records each write to a user as a change by the actor, naming the fields it touched', async () => {
    const adapter = createMemoryAdapter({ seed: 6, userCount: 30 });
    const user = byStatus(adapter, 'active').find((u) => u.memberships?.length && u.phone)!;
    const organizationId = user.memberships![0]!.organization.id;
    const other = (await adapter.listOrganizations()).items.find((o) => !user.memberships!.some((m) => m.organization.id === o.id))!;
    const steps: [() => Promise<unknown>, string, string[]][] = [
      [() => adapter.updateUser!(user.id, { name: 'Renamed', customAttributes: { costCentre: 'CC-7', remote: true } }), 'user.update', ['name', 'customAttributes.costCentre', 'customAttributes.remote']],
      [() => adapter.setUserRoles!(user.id, ['viewer']), 'user.roles.set', ['roleIds']],
      [() => adapter.addUserRoles!(user.id, ['member'], { organizationId }), 'user.roles.add', ['memberships']],
      [() => adapter.addUserMembership!(user.id, other.id), 'user.memberships.add', ['memberships']],
      [() => adapter.removeUserMembership!(user.id, other.id), 'user.memberships.remove', ['memberships']],
      [() => adapter.setUserStatus!(user.id, 'disabled'), 'user.disable', ['status']],
      [() => adapter.setUserVerified!(user.id, { phone: true, email: false }), 'user.verification.update', ['emailVerified', 'phoneVerified']],
    ];
    for (const [write, action, fields] of steps) {
      await write();
      expect(await latest(adapter, user.id)).toEqual({ id: expect.any(String), kind: 'change', at: expect.any(String), action, actor: 'Roster admin', fields });
    }
  });

  it('names the actor it was given, and records a resent invitation', async () => {
    const adapter = createMemoryAdapter({ seed: 6, userCount: 30, actor: 'Provisioning bot <ops@example.com>' });
    const invited = byStatus(adapter, 'invited')[0]!;
    await adapter.resendInvitation!(invited.id);
    expect(await latest(adapter, invited.id)).toMatchObject({ kind: 'change', action: 'invitation.resend', actor: 'Provisioning bot <ops@example.com>', fields: ['invitation'] });
  });

  it('records nothing for a refused write', async () => {
    const adapter = createMemoryAdapter({ seed: 6, userCount: 30, capabilities: { editableFields: ['name'] } });
    const user = byStatus(adapter, 'active')[0]!;
    const before = await allActivity(adapter, user.id);
    await expect(adapter.updateUser!(user.id, { phone: '+15555550100' })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.addUserRoles!(user.id, ['no-such-role'])).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await allActivity(adapter, user.id)).toEqual(before);
  });

  it('keeps a cursor’s place while new changes arrive at the newest end', async () => {
    const adapter = createMemoryAdapter({ seed: 6, userCount: 30 });
    const user = byStatus(adapter, 'active')[0]!;
    const whole = await allActivity(adapter, user.id);
    const first = await adapter.listUserActivity!(user.id, { page: { size: 2 } });
    await adapter.updateUser!(user.id, { name: 'Changed meanwhile' });
    const second = await adapter.listUserActivity!(user.id, { page: { size: 2, cursor: first.nextCursor } });
    expect(second.items).toEqual(whole.slice(2, 4));
  });

  it('shows every user’s log in the snapshot, and forgets a deleted user’s', async () => {
    const adapter = createMemoryAdapter({ seed: 6, userCount: 12 });
    const [kept, deleted] = byStatus(adapter, 'active');
    await adapter.updateUser!(kept!.id, { name: 'In the snapshot' });
    await adapter.deleteUser!(deleted!.id);
    const { activity, users } = adapter.snapshot();
    expect(Object.keys(activity).sort()).toEqual(users.map((u) => u.id).sort());
    expect(activity[kept!.id]).toEqual(await allActivity(adapter, kept!.id));
    expect(activity[kept!.id]![0]).toMatchObject({ kind: 'change', action: 'user.update', fields: ['name'] });
    await expect(adapter.listUserActivity!(deleted!.id, { page: { size: 5 } })).rejects.toMatchObject({ code: 'not_found' });
  });
});
