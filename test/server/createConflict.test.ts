// @vitest-environment node
/**
 * A create that comes back with an account that already existed — as some backends answer a
 * duplicate email — is a conflict. The handler never joins that account to the caller's
 * organization, never shows it, and never "rolls it back" by deleting someone else's user.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import type { CreateUserInput, User } from '../../src/core/model.js';
import { call, ORG_A, ORG_B, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture } from './harness.js';

let memory: MemoryAdapter;
let fx: TenantFixture;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A backend that answers a create for an email it knows with the account it already has. */
function answersDuplicatesWithExisting(inner: MemoryAdapter): RosterAdapter {
  return {
    ...inner,
    id: 'answers-duplicates',
    async createUser(input: CreateUserInput) {
      const existing = inner.snapshot().users.find((u) => u.email?.toLowerCase() === input.email?.toLowerCase());
      return existing ? inner.getUser(existing.id) : inner.createUser!(input);
    },
  };
}

async function start(options: { joinsAfterCreate?: boolean } = {}) {
  memory = createMemoryAdapter({ seed: 7, ...(options.joinsAfterCreate && { capabilities: { createUser: { organization: false } } }) });
  fx = tenantFixture(memory);
  server = await startRosterServer({ adapter: answersDuplicatesWithExisting(memory) });
  return server;
}

const stored = (id: string): User | undefined => memory.snapshot().users.find((u) => u.id === id);
const orgsOf = (id: string) => (stored(id)?.memberships ?? []).map((m) => m.organization.id).sort();

describe('a create answered with an existing account', () => {
  it('is a conflict for a tenant admin, and the other tenant’s user is neither shown nor changed (one call)', async () => {
    await start();
    const before = stored(fx.onlyB.id);
    const res = await call(server!, 'POST', '/users', { token: TOKENS.adminA, body: { email: fx.onlyB.email } });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe('conflict');
    expect(res.text).not.toContain(fx.onlyB.id);
    expect(stored(fx.onlyB.id)).toEqual(before);
  });

  it('is never joined to the tenant admin’s organization (create, then join)', async () => {
    await start({ joinsAfterCreate: true });
    const res = await call(server!, 'POST', '/users', { token: TOKENS.adminA, body: { email: fx.onlyB.email, organization: { id: ORG_A } } });
    expect(res.status).toBe(409);
    expect(orgsOf(fx.onlyB.id)).toEqual([ORG_B]);
    expect((await call(server!, 'GET', `/users/${fx.onlyB.id}`, { token: TOKENS.adminA })).status).toBe(404);
  });

  it('is never deleted as a rollback when joining fails', async () => {
    await start({ joinsAfterCreate: true });
    memory.faults.failNext('addUserMembership', { code: 'server', status: 500 });
    const res = await call(server!, 'POST', '/users', { token: TOKENS.adminA, body: { email: fx.onlyB.email } });
    expect(res.status).toBe(409);
    expect(stored(fx.onlyB.id)).toBeDefined();
    expect(orgsOf(fx.onlyB.id)).toEqual([ORG_B]);
  });

  it('is caught even when the account belongs to no organization yet, by its age', async () => {
    await start({ joinsAfterCreate: true });
    await memory.removeUserMembership!(fx.onlyB.id, ORG_B);
    const res = await call(server!, 'POST', '/users', { token: TOKENS.adminA, body: { email: fx.onlyB.email } });
    expect(res.status).toBe(409);
    expect(orgsOf(fx.onlyB.id)).toEqual([]);
  });

  it('is a conflict for a project admin too', async () => {
    await start();
    const res = await call(server!, 'POST', '/users', { token: TOKENS.project, body: { email: fx.onlyA.email } });
    expect(res.status).toBe(409);
    expect(res.text).not.toContain(fx.onlyA.id);
  });
});

describe('a genuinely new account', () => {
  beforeEach(() => start({ joinsAfterCreate: true }));

  it('is created and joined', async () => {
    const res = await call(server!, 'POST', '/users', { token: TOKENS.adminA, body: { email: 'brand.new@example.com' } });
    expect(res.status).toBe(201);
    expect(orgsOf(res.json.id)).toEqual([ORG_A]);
  });

  it('is still deleted again when joining fails, so no account is left in no tenant', async () => {
    memory.faults.failNext('addUserMembership', { code: 'server', status: 500 });
    const count = memory.snapshot().users.length;
    const res = await call(server!, 'POST', '/users', { token: TOKENS.adminA, body: { email: 'half.made@example.com' } });
    expect(res.status).toBe(500);
    expect(memory.snapshot().users).toHaveLength(count);
  });
});
