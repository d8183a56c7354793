/**
 * One user, whole, in the memory directory beyond what the contract asks of every backend: the
 * seeded invitations, verification and typed attributes, what a narrowed or read-only directory
 * leaves out, faults and aborts on the new methods, and custom attributes that cannot reach a
 * prototype.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, DEFAULT_ATTRIBUTE_DEFINITIONS } from '../../../src/adapters/memory/index.js';
import { USER_DETAILS_READ_METHODS, USER_DETAILS_WRITE_METHODS } from '../../../src/core/userDetails.js';
import type { AttributeDefinition } from '../../../src/core/model.js';

const TYPE_OF: Record<AttributeDefinition['type'], (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  list: (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
};

afterEach(() => {
  vi.useRealTimers();
});

describe('memory directory: the seeded details', () => {
  const { users } = createMemoryAdapter({ seed: 3, userCount: 400 }).snapshot();

  it('says who invited each invited user and when, and nothing of an invitation for anyone else', () => {
    const admins = new Set(users.filter((u) => u.roleIds.some((r) => r === 'admin' || r === 'owner')).flatMap((u) => [u.name, u.email]));
    const invited = users.filter((u) => u.status === 'invited');
    expect(invited.length).toBeGreaterThan(10);
    for (const user of invited) {
      expect(Date.parse(user.invitation!.sentAt!)).toBeGreaterThanOrEqual(Date.parse(user.createdAt!));
      expect(Date.parse(user.invitation!.sentAt!)).toBeLessThanOrEqual(Date.UTC(2026, 0, 1));
      expect(admins.has(user.invitation!.invitedBy)).toBe(true);
    }
    expect(users.filter((u) => u.status !== 'invited' && u.invitation !== undefined)).toEqual([]);
  });

  it('verifies some phone numbers, and never one a user does not have', () => {
    expect(users.filter((u) => u.phoneVerified).length).toBeGreaterThan(20);
    expect(users.filter((u) => u.phone && !u.phoneVerified).length).toBeGreaterThan(5);
    expect(users.every((u) => typeof u.phoneVerified === 'boolean' && (u.phone !== null || !u.phoneVerified))).toBe(true);
  });

  it('gives users typed attributes, each of the type its definition says', () => {
    const definitions = new Map(DEFAULT_ATTRIBUTE_DEFINITIONS.map((d) => [d.key, d]));
    const seen = new Set<string>();
    for (const user of users) {
      for (const [key, value] of Object.entries(user.customAttributes)) {
        seen.add(key);
        const definition = definitions.get(key)!;
        expect(TYPE_OF[definition.type](value), `${key}: ${JSON.stringify(value)}`).toBe(true);
        if (definition.options) expect(definition.options).toContain(value);
      }
    }
    expect([...seen].sort()).toEqual([...definitions.keys()].sort());
  });

  it('is the same for the same seed, and differs for another', () => {
    expect(createMemoryAdapter({ seed: 3, userCount: 400 }).snapshot().users).toEqual(users);
    expect(createMemoryAdapter({ seed: 4, userCount: 400 }).snapshot().users).not.toEqual(users);
  });
});

describe('memory directory: lookup, verification, invitations', () => {
  it('finds a user by email whatever the letter case and outer spaces, and a created one too', async () => {
    const adapter = createMemoryAdapter({ seed: 3, userCount: 30 });
    const [user] = adapter.snapshot().users;
    expect((await adapter.getUserByEmail!(` ${user!.email!.toUpperCase()} `)).id).toBe(user!.id);
    const created = await adapter.createUser!({ email: 'New.Person@Example.com' });
    expect((await adapter.getUserByEmail!('new.person@example.COM')).id).toBe(created.id);
    await expect(adapter.getUserByEmail!('nobody@example.com')).rejects.toMatchObject({ code: 'not_found', status: 404 });
    await expect(adapter.getUserByEmail!('  ')).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('sets each verified flag alone, refuses a phone the user does not have, and unverifies a changed number', async () => {
    const adapter = createMemoryAdapter({ seed: 3, userCount: 30 });
    const withPhone = adapter.snapshot().users.find((u) => u.phone && u.status === 'active')!;
    const withoutPhone = adapter.snapshot().users.find((u) => !u.phone)!;
    expect(await adapter.setUserVerified!(withPhone.id, { phone: true })).toMatchObject({ phoneVerified: true, emailVerified: withPhone.emailVerified });
    expect(await adapter.setUserVerified!(withPhone.id, { email: false })).toMatchObject({ phoneVerified: true, emailVerified: false });
    await expect(adapter.setUserVerified!(withoutPhone.id, { phone: true })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { phone: expect.any(String) } });
    await expect(adapter.setUserVerified!(withPhone.id, { email: 'yes' as never })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await adapter.updateUser!(withPhone.id, { phone: '+15555550199' })).toMatchObject({ phoneVerified: false });
  });

  it('sends an invitation again now, from the actor, and refuses a user who is not invited', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 2, 4, 9, 30));
    const adapter = createMemoryAdapter({ seed: 3, userCount: 30, actor: 'Ada (admin)' });
    const invited = adapter.snapshot().users.find((u) => u.status === 'invited')!;
    const active = adapter.snapshot().users.find((u) => u.status === 'active')!;
    await adapter.resendInvitation!(invited.id);
    expect((await adapter.getUser(invited.id)).invitation).toEqual({ sentAt: '2026-03-04T09:30:00.000Z', invitedBy: 'Ada (admin)' });
    await expect(adapter.resendInvitation!(active.id)).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.revokeInvitation!(active.id)).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await adapter.getUser(active.id)).status).toBe('active');
  });

  it('gives a user invited through the adapter an invitation, and takes it away once the user is active', async () => {
    const adapter = createMemoryAdapter({ seed: 3, userCount: 30 });
    const created = await adapter.createUser!({ email: 'invitee@example.com', invite: true });
    expect(created.invitation).toEqual({ sentAt: created.createdAt, invitedBy: 'Roster admin' });
    const activated = await adapter.setUserStatus!(created.id, 'active');
    expect(activated.invitation).toBeUndefined();
    expect((await adapter.getUser(created.id)).invitation).toBeUndefined();
  });

  it('removes a revoked invitee from lookups, search, filters and totals', async () => {
    const adapter = createMemoryAdapter({ seed: 3, userCount: 30 });
    const invited = adapter.snapshot().users.find((u) => u.status === 'invited')!;
    const count = async () => (await adapter.listUsers({ filter: { status: ['invited'] }, sort: { field: 'email', direction: 'asc' }, page: { size: 100 } })).total;
    const before = await count();
    await adapter.revokeInvitation!(invited.id);
    expect(await count()).toBe(before! - 1);
    expect((await adapter.listUsers({ search: invited.email!, page: { size: 10 } })).items).toEqual([]);
    await expect(adapter.getUserByEmail!(invited.email!)).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.revokeInvitation!(invited.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('memory directory: what a narrowed directory offers of the details', () => {
  it('declares every detail, and has every method', () => {
    const adapter = createMemoryAdapter({ seed: 1, userCount: 5 });
    expect(Object.values(adapter.capabilities.details).every(Boolean)).toBe(true);
    for (const method of [...USER_DETAILS_READ_METHODS, ...USER_DETAILS_WRITE_METHODS]) expect(typeof adapter[method]).toBe('function');
  });

  it('leaves out a withdrawn method, and refuses a verification flag it does not declare', async () => {
    const adapter = createMemoryAdapter({ seed: 1, userCount: 20, capabilities: { details: { verifyPhone: false, activity: false, revokeInvitation: false } } });
    expect(adapter.capabilities.details).toMatchObject({ verifyEmail: true, verifyPhone: false, activity: false, lookupByEmail: true });
    expect(adapter.listUserActivity).toBeUndefined();
    expect(adapter.revokeInvitation).toBeUndefined();
    const user = adapter.snapshot().users.find((u) => u.phone)!;
    await expect(adapter.setUserVerified!(user.id, { phone: true })).rejects.toMatchObject({ code: 'unsupported' });
    expect((await adapter.setUserVerified!(user.id, { email: true })).emailVerified).toBe(true);
    expect(createMemoryAdapter({ capabilities: { details: { verifyEmail: false, verifyPhone: false } } }).setUserVerified).toBeUndefined();
  });

  it('keeps the reads of a read-only directory, and none of the writes', () => {
    const adapter = createMemoryAdapter({ seed: 1, userCount: 5, readOnly: true });
    expect(adapter.capabilities.details).toEqual({ lookupByEmail: true, activity: true, activityIncludesChanges: true, attributeDefinitions: true, verifyEmail: false, verifyPhone: false, resendInvitation: false, revokeInvitation: false });
    for (const method of USER_DETAILS_READ_METHODS) expect(typeof adapter[method]).toBe('function');
    for (const method of USER_DETAILS_WRITE_METHODS) expect(adapter[method]).toBeUndefined();
  });

  it('reports the attribute definitions it was given, as copies', async () => {
    const given: AttributeDefinition[] = [{ key: 'plan', label: 'Plan', type: 'string', editable: false, options: ['free', 'pro'] }];
    const adapter = createMemoryAdapter({ seed: 1, userCount: 5, attributeDefinitions: given });
    const reported = await adapter.listAttributeDefinitions!();
    expect(reported).toEqual(given);
    reported[0]!.options!.push('hacked');
    given[0]!.key = 'changed';
    expect(await adapter.listAttributeDefinitions!()).toEqual([{ key: 'plan', label: 'Plan', type: 'string', editable: false, options: ['free', 'pro'] }]);
    expect(await createMemoryAdapter({ seed: 1, userCount: 5 }).listAttributeDefinitions!()).toEqual(DEFAULT_ATTRIBUTE_DEFINITIONS);
  });
});

describe('memory directory: faults and aborts on the details', () => {
  it('fails the next call of a detail method on demand', async () => {
    const adapter = createMemoryAdapter({ seed: 1, userCount: 10 });
    const [user] = adapter.snapshot().users;
    adapter.faults.failNext('listUserActivity', 'network');
    adapter.faults.failNext('setUserVerified', 'rate_limited');
    await expect(adapter.listUserActivity!(user!.id, { page: { size: 5 } })).rejects.toMatchObject({ code: 'network' });
    await expect(adapter.setUserVerified!(user!.id, { email: true })).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 1000 });
    expect((await adapter.listUserActivity!(user!.id, { page: { size: 5 } })).items.length).toBeGreaterThan(0);
    expect((await adapter.getUser(user!.id)).emailVerified).toBe(user!.emailVerified);
  });

  it('lets go of a call whose signal aborts during the latency', async () => {
    const adapter = createMemoryAdapter({ seed: 1, userCount: 10, latencyMs: 60_000 });
    const [user] = adapter.snapshot().users;
    const controller = new AbortController();
    const pending = adapter.getUserByEmail!(user!.email!, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('memory directory: custom attributes that name a prototype', () => {
  const hostile = () => JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"p"}') as Record<string, unknown>;

  it('stores __proto__, constructor and prototype as plain keys, on create and on update, and changes no prototype', async () => {
    const adapter = createMemoryAdapter({ seed: 1, userCount: 5 });
    const created = await adapter.createUser!({ email: 'proto@example.com', customAttributes: hostile() });
    const [user] = adapter.snapshot().users;
    await adapter.updateUser!(user!.id, { customAttributes: hostile() });
    for (const id of [created.id, user!.id]) {
      const attributes = (await adapter.getUser(id)).customAttributes;
      expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
      expect(Object.keys(attributes)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype']));
      expect(JSON.stringify(attributes['__proto__'])).toBe('{"polluted":"yes"}');
      expect(attributes.polluted).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('keeps a copy: a caller changing its object afterwards changes nothing stored', async () => {
    const adapter = createMemoryAdapter({ seed: 1, userCount: 5 });
    const [user] = adapter.snapshot().users;
    const tags = ['mentor'];
    await adapter.updateUser!(user!.id, { customAttributes: { tags } });
    tags.push('added later');
    expect((await adapter.getUser(user!.id)).customAttributes.tags).toEqual(['mentor']);
  });

  it('refuses a value that is not data, changing nothing', async () => {
    const adapter = createMemoryAdapter({ seed: 1, userCount: 5 });
    const [user] = adapter.snapshot().users;
    const patch = { name: 'Not applied', customAttributes: { callback: () => 1 } };
    await expect(adapter.updateUser!(user!.id, patch as never)).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { customAttributes: expect.any(String) } });
    expect(await adapter.getUser(user!.id)).toEqual(user);
  });
});
