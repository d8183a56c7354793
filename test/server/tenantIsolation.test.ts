// @vitest-environment node
/**
 * The admin of organization A, over real HTTP, trying every way to reach organization B's users:
 * query parameters, body fields, path ids and role scopes. Each refusal is paired with the same
 * request on A's own user succeeding, so a test cannot pass because the route itself broke.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import type { User, UsersQuery } from '../../src/core/model.js';
import { call, ORG_A, ORG_B, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture } from './harness.js';

let memory: MemoryAdapter;
let server: RunningServer;
let fx: TenantFixture;

beforeEach(async () => {
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
  server = await startRosterServer({ adapter: memory });
});
afterEach(() => server.close());

const asA = (method: string, path: string, body?: unknown) => call(server, method, path, { token: TOKENS.adminA, body });
const stored = (id: string): User | undefined => memory.snapshot().users.find((u) => u.id === id);
const orgsOf = (u: { memberships?: { organization: { id: string } }[] }) => (u.memberships ?? []).map((m) => m.organization.id);

async function listAll(query: string): Promise<User[]> {
  const seen: User[] = [];
  let cursor: string | null = null;
  do {
    const res = await asA('GET', `/users?pageSize=100${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    seen.push(...res.json.items);
    cursor = res.json.nextCursor;
  } while (cursor);
  return seen;
}

describe('listing', () => {
  it('shows exactly the members of the session organization, whatever organizationId the query names', async () => {
    for (const query of ['', `&organizationId=${ORG_B}`, `&organizationId=${ORG_A}`, '&organizationId=org_003']) {
      const users = await listAll(query);
      expect(new Set(users.map((u) => u.id))).toEqual(fx.membersOfA);
    }
    const first = await asA('GET', `/users?pageSize=5&organizationId=${ORG_B}`);
    expect(first.json.total).toBe(fx.membersOfA.size);
  });

  it('keeps search and role filters inside the organization', async () => {
    const search = fx.onlyB.email!.split('@')[0]!;
    const found = await listAll(`&search=${encodeURIComponent(search)}&organizationId=${ORG_B}`);
    expect(found.map((u) => u.id)).not.toContain(fx.onlyB.id);
    const byRole = await listAll(`&roleId=${fx.onlyB.roleIds[0]}`);
    expect(byRole.length).toBeGreaterThan(0);
    expect(byRole.every((u) => fx.membersOfA.has(u.id))).toBe(true);
  });

  it('hides memberships in other organizations, in lists and single reads', async () => {
    const users = await listAll('');
    const shared = users.find((u) => u.id === fx.shared.id)!;
    expect(orgsOf(stored(fx.shared.id)!)).toContain(ORG_B);
    expect(orgsOf(shared)).toEqual([ORG_A]);
    expect(orgsOf((await asA('GET', `/users/${fx.shared.id}`)).json)).toEqual([ORG_A]);
    expect((await asA('GET', `/users/${fx.shared.id}/memberships`)).json.map((m: { organization: { id: string } }) => m.organization.id)).toEqual([ORG_A]);
  });

  it('lists only the session organization and refuses roles of another', async () => {
    const orgs = await asA('GET', '/organizations');
    expect(orgs.json.items.map((o: { id: string }) => o.id)).toEqual([ORG_A]);
    expect((await asA('GET', '/organizations?search=Globex')).json.items).toEqual([]);
    expect((await asA('GET', `/roles?organizationId=${ORG_A}`)).status).toBe(200);
    expect((await asA('GET', `/roles?organizationId=${ORG_B}`)).status).toBe(404);
  });
});

describe("another organization's user is not found", () => {
  it('when read, and the answer is the same as for an id that does not exist', async () => {
    const own = await asA('GET', `/users/${fx.onlyA.id}`);
    expect(own.status).toBe(200);
    const other = await asA('GET', `/users/${fx.onlyB.id}`);
    const missing = await asA('GET', '/users/no-such-user');
    expect(other.status).toBe(404);
    expect(other.json).toEqual(missing.json);
    expect(other.text).not.toContain(fx.onlyB.email!);
    expect((await asA('GET', `/users/${fx.onlyB.id}/memberships`)).status).toBe(404);
  });

  it('when changed, disabled or deleted, and nothing changes', async () => {
    const before = stored(fx.onlyB.id);
    expect((await asA('PATCH', `/users/${fx.onlyB.id}`, { name: 'Taken over' })).status).toBe(404);
    expect((await asA('PUT', `/users/${fx.onlyB.id}/status`, { status: 'disabled' })).status).toBe(404);
    expect((await asA('DELETE', `/users/${fx.onlyB.id}`)).status).toBe(404);
    expect(stored(fx.onlyB.id)).toEqual(before);

    expect((await asA('PATCH', `/users/${fx.onlyA.id}`, { name: 'Renamed' })).status).toBe(200);
    expect(stored(fx.onlyA.id)!.name).toBe('Renamed');
    expect((await asA('DELETE', `/users/${fx.onlyA.id}`)).status).toBe(204);
    expect(stored(fx.onlyA.id)).toBeUndefined();
  });

  it('when its roles are edited, in any scope', async () => {
    const before = stored(fx.onlyB.id);
    for (const method of ['POST', 'DELETE', 'PUT']) {
      expect((await asA(method, `/users/${fx.onlyB.id}/roles`, { roleIds: ['admin'], organizationId: ORG_B })).status).toBe(404);
      expect((await asA(method, `/users/${fx.onlyB.id}/roles`, { roleIds: ['admin'], organizationId: ORG_A })).status).toBe(404);
    }
    expect(stored(fx.onlyB.id)).toEqual(before);
  });

  it('when memberships are edited: nobody is pulled into A, pushed into B, or taken out of B', async () => {
    expect((await asA('PUT', `/users/${fx.onlyB.id}/memberships/${ORG_A}`, {})).status).toBe(404);
    expect(orgsOf(stored(fx.onlyB.id)!)).toEqual([ORG_B]);
    expect((await asA('PUT', `/users/${fx.onlyA.id}/memberships/${ORG_B}`, { roleIds: ['member'] })).status).toBe(404);
    expect(orgsOf(stored(fx.onlyA.id)!)).toEqual([ORG_A]);
    expect((await asA('DELETE', `/users/${fx.shared.id}/memberships/${ORG_B}`)).status).toBe(404);
    expect(orgsOf(stored(fx.shared.id)!)).toContain(ORG_B);

    expect((await asA('DELETE', `/users/${fx.shared.id}/memberships/${ORG_A}`)).status).toBe(204);
    expect(orgsOf(stored(fx.shared.id)!)).not.toContain(ORG_A);
    // Out of A now, so out of sight.
    expect((await asA('GET', `/users/${fx.shared.id}`)).status).toBe(404);
  });
});

describe('changes that would reach another organization are refused', () => {
  it('role edits scoped to another organization, on an own user', async () => {
    const sharedBefore = stored(fx.shared.id)!.memberships!.find((m) => m.organization.id === ORG_B)!.roleIds;
    const res = await asA('POST', `/users/${fx.shared.id}/roles`, { roleIds: ['admin'], organizationId: ORG_B });
    expect(res.status).toBe(404);
    expect(stored(fx.shared.id)!.memberships!.find((m) => m.organization.id === ORG_B)!.roleIds).toEqual(sharedBefore);

    const own = await asA('POST', `/users/${fx.shared.id}/roles`, { roleIds: ['auditor'], organizationId: ORG_A });
    expect(own.status).toBe(204);
    expect(stored(fx.shared.id)!.memberships!.find((m) => m.organization.id === ORG_A)!.roleIds).toContain('auditor');
  });

  it('project-wide role edits, which apply in every organization', async () => {
    const before = stored(fx.onlyA.id)!.roleIds;
    for (const method of ['POST', 'DELETE', 'PUT']) {
      const res = await asA(method, `/users/${fx.onlyA.id}/roles`, { roleIds: ['owner'] });
      expect(res.status).toBe(403);
      expect(res.json.code).toBe('forbidden');
    }
    expect(stored(fx.onlyA.id)!.roleIds).toEqual(before);
    const project = await call(server, 'POST', `/users/${fx.onlyA.id}/roles`, { token: TOKENS.project, body: { roleIds: ['owner'] } });
    expect(project.status).toBe(204);
  });

  it('deleting, disabling or editing a user who also belongs to another organization', async () => {
    const before = stored(fx.shared.id);
    expect((await asA('DELETE', `/users/${fx.shared.id}`)).status).toBe(403);
    expect((await asA('PUT', `/users/${fx.shared.id}/status`, { status: 'disabled' })).status).toBe(403);
    expect((await asA('PATCH', `/users/${fx.shared.id}`, { name: 'Mine now' })).status).toBe(403);
    expect(stored(fx.shared.id)).toEqual(before);
    expect((await asA('PUT', `/users/${fx.onlyA.id}/status`, { status: 'disabled' })).json.status).toBe('disabled');
  });

  it('naming an organization in a body where none belongs', async () => {
    const created = await asA('POST', '/users', { email: 'smuggled@example.com', organizationId: ORG_B });
    expect(created.status).toBe(400);
    expect(created.json.fieldErrors).toEqual({ organizationId: 'Unknown field.' });
    expect((await asA('PATCH', `/users/${fx.onlyA.id}`, { memberships: [{ organization: { id: ORG_B, name: 'B' }, roleIds: [] }] })).status).toBe(400);
    expect(memory.snapshot().users.some((u) => u.email === 'smuggled@example.com')).toBe(false);
  });

  it('a user created by the admin of A lands in A and only A', async () => {
    const res = await asA('POST', '/users', { email: 'new.hire@example.com', name: 'New Hire' });
    expect(res.status).toBe(201);
    expect(orgsOf(stored(res.json.id)!)).toEqual([ORG_A]);
    expect((await call(server, 'GET', `/users/${res.json.id}`, { token: TOKENS.adminB })).status).toBe(404);
    expect((await asA('POST', '/users', { email: 'boss@example.com', roleIds: ['owner'] })).status).toBe(403);
  });
});

describe('backends that cannot keep to one organization', () => {
  it('are refused for scoped lists (501) rather than listing every tenant', async () => {
    const noOrgFilter = createMemoryAdapter({ seed: 7, capabilities: { filters: { status: true, roleIds: true, organizationId: false } } });
    const other = await startRosterServer({ adapter: noOrgFilter });
    try {
      const scoped = await call(other, 'GET', '/users?pageSize=5', { token: TOKENS.adminA });
      expect(scoped.status).toBe(501);
      expect(scoped.text).not.toContain('"items"');
      expect((await call(other, 'GET', '/users?pageSize=5', { token: TOKENS.project })).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('have users outside the organization withheld when their filter misbehaves', async () => {
    const warnings: string[] = [];
    const ignoresFilter = { ...memory, id: 'ignores-filter', listUsers: (q: UsersQuery) => memory.listUsers({ ...q, filter: {} }) } as RosterAdapter;
    const other = await startRosterServer({ adapter: ignoresFilter, logger: (e) => e.level === 'warn' && warnings.push(e.message) });
    try {
      const res = await call(other, 'GET', '/users?pageSize=100', { token: TOKENS.adminA });
      expect(res.status).toBe(200);
      expect(res.json.items.length).toBeGreaterThan(0);
      expect(res.json.items.every((u: User) => fx.membersOfA.has(u.id))).toBe(true);
      expect(warnings).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
