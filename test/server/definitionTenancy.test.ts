// @vitest-environment node
/**
 * The admin of organization A, over real HTTP, managing definitions. Permissions, organizations
 * and project-wide roles are shared by every tenant: writing them is refused (403) whatever
 * `authorize` says. Another organization's roles do not exist for them (the same 404 as an id that
 * does not exist), even on a backend that addresses roles by id alone. Their own organization's
 * roles are theirs to define — by default, as `authorize` allows everything but lockouts, and
 * not when `authorize` says no.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { loadRemoteAdapter } from '../../src/adapters/remote/index.js';
import type { AdapterMethodName, RoleScope, RosterAdapter } from '../../src/core/adapter.js';
import type { OperationDetails } from '../../src/server/index.js';
import { call, ORG_A, ORG_B, startRosterServer, TOKENS, type RunningServer } from './harness.js';

/** Seeded roles defined in organization 4: never A's. */
const OTHER_ORGANIZATION_ROLE = 'org_004:approver';
const OWN_ROLE = `${ORG_A}:approver`;

let memory: MemoryAdapter;
const servers: RunningServer[] = [];
beforeEach(() => {
  memory = createMemoryAdapter({ seed: 7 });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: Partial<Parameters<typeof startRosterServer>[0]> = {}): Promise<RunningServer> {
  const server = await startRosterServer({ adapter: memory, ...options });
  servers.push(server);
  return server;
}

/** A backend that finds a role by its id alone, whatever organization the call names (as some IdPs do). */
function addressingRolesByIdAlone(directory: MemoryAdapter): RosterAdapter {
  const realScope = (roleId: string): RoleScope => {
    const organizationId = directory.snapshot().roles.find((r) => r.id === roleId)?.organizationId;
    return organizationId ? { organizationId } : {};
  };
  return {
    ...directory,
    id: 'memory-by-id-alone',
    updateRole: (roleId, patch, _scope, ctx) => directory.updateRole!(roleId, patch, realScope(roleId), ctx),
    deleteRole: (roleId, _scope, ctx) => directory.deleteRole!(roleId, realScope(roleId), ctx),
  };
}

const asA = (server: RunningServer, method: string, path: string, body?: unknown) => call(server, method, path, { token: TOKENS.adminA, body });
const answer = (res: { status: number; json: unknown }) => ({ status: res.status, json: res.json });

describe('a tenant admin', () => {
  it('may not create, change or delete project-wide roles, not even through their own organization', async () => {
    const server = await start();
    const before = memory.snapshot().roles;
    for (const [method, path, body] of [
      ['POST', '/roles', { name: 'Tenant-made' }],
      ['PATCH', '/roles/admin', { name: 'Renamed' }],
      ['DELETE', '/roles/admin'],
      ['PATCH', `/roles/admin?organizationId=${ORG_A}`, { permissions: [] }],
      ['DELETE', `/roles/member?organizationId=${ORG_A}`],
    ] as const) {
      const res = await asA(server, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.json.code).toBe('forbidden');
    }
    expect(memory.snapshot().roles).toEqual(before);
  });

  it("finds no role of another organization, answered exactly as a role that does not exist", async () => {
    memory = createMemoryAdapter({ seed: 7 });
    const server = await start({ adapter: addressingRolesByIdAlone(memory) });
    const before = memory.snapshot().roles;
    const inA = `?organizationId=${ORG_A}`;
    expect(answer(await asA(server, 'PATCH', `/roles/${OTHER_ORGANIZATION_ROLE}${inA}`, { name: 'Hijacked' }))).toEqual(
      answer(await asA(server, 'PATCH', `/roles/no-such-role${inA}`, { name: 'Hijacked' })),
    );
    const deleted = await asA(server, 'DELETE', `/roles/${OTHER_ORGANIZATION_ROLE}${inA}`);
    expect(deleted.status).toBe(404);
    expect(answer(deleted)).toEqual(answer(await asA(server, 'DELETE', `/roles/no-such-role${inA}`)));
    // Naming the other organization outright: as unknown as one that does not exist.
    for (const [method, path, body] of [
      ['POST', '/roles', { name: 'Planted' }],
      ['PATCH', `/roles/${OTHER_ORGANIZATION_ROLE}`, { name: 'Hijacked' }],
      ['DELETE', `/roles/${OTHER_ORGANIZATION_ROLE}`],
    ] as const) {
      const theirs = await asA(server, method, `${path}?organizationId=${ORG_B}`, body);
      expect(theirs.status).toBe(404);
      expect(answer(theirs)).toEqual(answer(await asA(server, method, `${path}?organizationId=org_999`, body)));
    }
    expect(memory.snapshot().roles).toEqual(before);
    // The same route works on A's own role, so the refusals above are not a broken route.
    expect((await asA(server, 'PATCH', `/roles/${OWN_ROLE}${inA}`, { name: 'Approver of A' })).status).toBe(200);
  });

  it('may read permissions and their own organization, and write neither permissions nor organizations', async () => {
    const server = await start();
    const before = memory.snapshot();
    const permission = before.permissions[0]!.id;
    expect((await asA(server, 'GET', '/permissions')).status).toBe(200);
    expect((await asA(server, 'GET', `/organizations/${ORG_A}`)).json).toMatchObject({ id: ORG_A });
    expect(answer(await asA(server, 'GET', `/organizations/${ORG_B}`))).toEqual(answer(await asA(server, 'GET', '/organizations/org_999')));
    for (const [method, path, body] of [
      ['POST', '/permissions', { name: 'tenant:thing' }],
      ['PATCH', `/permissions/${permission}`, { name: 'renamed' }],
      ['DELETE', `/permissions/${permission}`],
      ['POST', '/organizations', { name: 'Tenant Spinoff' }],
      ['PATCH', `/organizations/${ORG_A}`, { name: 'Renamed A' }],
      ['DELETE', `/organizations/${ORG_A}`],
      ['DELETE', `/organizations/${ORG_B}`],
    ] as const) {
      const res = await asA(server, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect(memory.snapshot()).toEqual(before);
  });

  it("defines, changes and deletes their own organization's roles when authorize is left at its default", async () => {
    const server = await start();
    const inA = `?organizationId=${ORG_A}`;
    const created = await asA(server, 'POST', `/roles${inA}`, { name: 'Buyer', permissions: ['purchases:approve'] });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Buyer', organizationId: ORG_A });
    const id = encodeURIComponent(created.json.id);
    expect((await asA(server, 'PATCH', `/roles/${id}${inA}`, { description: 'Buys things.' })).json.description).toBe('Buys things.');
    expect((await asA(server, 'DELETE', `/roles/${id}${inA}`)).status).toBe(204);
    expect((await asA(server, 'DELETE', `/roles/${OWN_ROLE}${inA}`)).status).toBe(204);
    expect(memory.snapshot().roles.filter((r) => r.organizationId === ORG_A)).toEqual([expect.objectContaining({ id: `${ORG_A}:site-lead` })]);
  });

  it("is refused their own organization's roles when authorize says no, asked by the operation's name", async () => {
    const asked: [AdapterMethodName, OperationDetails][] = [];
    const server = await start({
      authorize: (session, operation, details) => {
        asked.push([operation, details]);
        return session.organizationId === null || !['createRole', 'updateRole', 'deleteRole'].includes(operation);
      },
    });
    const before = memory.snapshot().roles;
    const inA = `?organizationId=${ORG_A}`;
    expect((await asA(server, 'POST', `/roles${inA}`, { name: 'Buyer' })).status).toBe(403);
    expect((await asA(server, 'PATCH', `/roles/${OWN_ROLE}${inA}`, { name: 'x' })).status).toBe(403);
    expect((await asA(server, 'DELETE', `/roles/${OWN_ROLE}${inA}`)).status).toBe(403);
    expect(memory.snapshot().roles).toEqual(before);
    expect(asked).toEqual([
      ['createRole', { role: { name: 'Buyer' }, organizationId: ORG_A }],
      ['updateRole', { roleId: OWN_ROLE, role: { name: 'x' }, organizationId: ORG_A }],
      ['deleteRole', { roleId: OWN_ROLE, organizationId: ORG_A }],
    ]);
    // The project admin, whom this authorize allows, can.
    expect((await call(server, 'POST', `/roles${inA}`, { token: TOKENS.project, body: { name: 'Buyer' } })).status).toBe(201);
  });
});

describe('capabilities', () => {
  it("tell a tenant admin they manage their organization's roles only, and list no write they may never make", async () => {
    const server = await start();
    const tenant = (await asA(server, 'GET', '/capabilities')).json;
    expect(tenant.capabilities.manage).toEqual({ projectRoles: false, organizationRoles: true, permissions: false, organizations: false });
    expect(tenant.operations).toEqual(expect.arrayContaining(['createRole', 'updateRole', 'deleteRole', 'listPermissions', 'getOrganization']));
    for (const write of ['createPermission', 'updatePermission', 'deletePermission', 'createOrganization', 'updateOrganization', 'deleteOrganization']) {
      expect(tenant.operations).not.toContain(write);
    }
    const project = (await call(server, 'GET', '/capabilities', { token: TOKENS.project })).json;
    expect(project.capabilities.manage).toEqual({ projectRoles: true, organizationRoles: true, permissions: true, organizations: true });
    expect(project.operations).toEqual(expect.arrayContaining(['createPermission', 'deleteOrganization']));
  });

  it("reach a tenant admin's remote adapter: no organization or permission writes, role writes for their organization", async () => {
    const server = await start();
    const adapter = await loadRemoteAdapter({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${TOKENS.adminA}` }) });
    expect(adapter.capabilities.manage).toEqual({ projectRoles: false, organizationRoles: true, permissions: false, organizations: false });
    expect(adapter.createOrganization).toBeUndefined();
    expect(adapter.createPermission).toBeUndefined();
    expect(typeof adapter.listPermissions).toBe('function');
    const role = await adapter.createRole!({ name: 'Remote-made' }, { organizationId: ORG_A });
    expect(role).toMatchObject({ name: 'Remote-made', organizationId: ORG_A });
    await expect(adapter.createRole!({ name: 'Project-made' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
