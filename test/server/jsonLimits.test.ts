// @vitest-environment node
/**
 * Every JSON value has a depth and a size limit. A deeply nested custom attribute is refused with
 * 400 before anything is stored (and before the handler's own JSON.stringify could overflow), and
 * one that an identity provider already holds does not break the lists that include its user.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import type { User } from '../../src/core/model.js';
import { call, ORG_A, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture } from './harness.js';

let memory: MemoryAdapter;
let fx: TenantFixture;
let server: RunningServer;
beforeEach(async () => {
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
  server = await startRosterServer({ adapter: memory });
});
afterEach(() => server.close());

/** `{"a":{"a":…{"a":1}…}}`, as raw JSON text (building it as an object would overflow here). */
const nestedText = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const patch = (json: string) =>
  call(server, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.project, rawBody: json, headers: { 'content-type': 'application/json' } });

describe('nesting', () => {
  it('a few thousand levels inside 16 KB is refused with 400, and nothing is stored', async () => {
    const before = memory.snapshot().users.find((u) => u.id === fx.onlyA.id);
    const res = await patch(`{"customAttributes":{"deep":${nestedText(2500)}}}`);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('invalid_input');
    expect(memory.snapshot().users.find((u) => u.id === fx.onlyA.id)).toEqual(before);
    expect((await call(server, 'GET', `/users?pageSize=100&organizationId=${ORG_A}`, { token: TOKENS.project })).status).toBe(200);
  });

  it('deep enough to overflow JSON.stringify is refused with 400, not a 500', async () => {
    const res = await patch(`{"customAttributes":{"deep":${nestedText(100_000)}}}`);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('invalid_input');
  });

  it('is refused anywhere in a body, arrays included', async () => {
    const res = await call(server, 'POST', '/users', {
      token: TOKENS.project,
      rawBody: `{"email":"deep@example.com","roleIds":${'['.repeat(100)}${']'.repeat(100)}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(memory.snapshot().users.some((u) => u.email === 'deep@example.com')).toBe(false);
  });

  it('a few levels, as real attributes have, still work', async () => {
    const res = await call(server, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.project, body: { customAttributes: { address: { city: { name: 'Lyon', zip: ['69001'] } } } } });
    expect(res.status).toBe(200);
    expect(res.json.customAttributes.address).toEqual({ city: { name: 'Lyon', zip: ['69001'] } });
  });
});

describe('reserved names', () => {
  it('are refused at any depth of customAttributes', async () => {
    const res = await patch('{"customAttributes":{"profile":{"__proto__":{"isAdmin":true}}}}');
    expect(res.status).toBe(400);
    expect(res.json.fieldErrors).toHaveProperty('customAttributes');
  });
});

describe('a deep value the identity provider already holds', () => {
  it('leaves the lists that include its user answering, without the attribute', async () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    const holdsDeepValue = (user: User): User => (user.id === fx.onlyA.id ? { ...user, customAttributes: { ...user.customAttributes, deep, plan: 'pro' } } : user);
    const inner = memory;
    const adapter: RosterAdapter = {
      ...inner,
      id: 'holds-deep-value',
      listUsers: async (query) => {
        const page = await inner.listUsers(query);
        return { ...page, items: page.items.map(holdsDeepValue) };
      },
      getUser: async (id) => holdsDeepValue(await inner.getUser(id)),
    };
    const other = await startRosterServer({ adapter });
    try {
      const list = await call(other, 'GET', `/users?pageSize=1000&organizationId=${ORG_A}`, { token: TOKENS.project });
      expect(list.status).toBe(200);
      const listed = list.json.items.find((u: User) => u.id === fx.onlyA.id);
      expect(listed.customAttributes.plan).toBe('pro');
      expect(listed.customAttributes).not.toHaveProperty('deep');
      expect((await call(other, 'GET', `/users/${fx.onlyA.id}`, { token: TOKENS.project })).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
