// @vitest-environment node
/**
 * Definitions cannot lock a scope out of administration: deleting a role, renaming it away from
 * "admin" or taking the permission that made it administer is refused (409) when no active user
 * would be left holding an administering role there — unless `authorize` answers 'allow-lockout'
 * when asked about exactly that. Over real HTTP, with the memory adapter behind the handler.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AdapterMethodName } from '../../src/core/adapter.js';
import type { OperationDetails, RosterAuditRecord, RosterHandlerOptions } from '../../src/server/index.js';
import { call, ORG_A, startRosterServer, TOKENS, type RunningServer, type TestSession } from './harness.js';

const LAST_ADMIN_OF_PROJECT = 'This would leave the project without an active admin. Make someone else an admin first.';
const LAST_ADMIN_OF_ORGANIZATION = 'This would leave the organization without an active admin. Make someone else an admin first.';

let memory: MemoryAdapter;
let server: RunningServer | undefined;
let records: RosterAuditRecord[];
beforeEach(() => {
  memory = createMemoryAdapter({ seed: 7 });
  records = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<RosterHandlerOptions<TestSession>> = {}) {
  server = await startRosterServer({ adapter: memory, onAudit: (record) => void records.push(record), ...options });
}

const asProject = (method: string, path: string, body?: unknown) => call(server!, method, path, { token: TOKENS.project, body });
const asA = (method: string, path: string, body?: unknown) => call(server!, method, path, { token: TOKENS.adminA, body });
const roleIds = () => memory.snapshot().roles.map((r) => r.id);
const activeUsers = () => memory.snapshot().users.filter((u) => u.status === 'active');

/** Leaves `keep` the project's only administering role that anyone holds (owner and admin by default). */
async function onlyProjectAdminRole(keep: 'owner' | 'admin') {
  const other = keep === 'admin' ? 'owner' : 'admin';
  for (const user of memory.snapshot().users) await memory.removeUserRoles!(user.id, [other]);
  const holder = activeUsers()[0]!;
  await memory.addUserRoles!(holder.id, [keep]);
  return holder.id;
}

/**
 * Organization A administered through one role of its own, named "Admin" and granting nothing:
 * nobody in A holds the project-wide owner or admin roles there.
 */
async function organizationAdminRole() {
  const users = memory.snapshot().users;
  for (const u of users.filter((u) => u.memberships?.some((m) => m.organization.id === ORG_A))) {
    await memory.removeUserRoles!(u.id, ['owner', 'admin'], { organizationId: ORG_A });
  }
  const role = await memory.createRole!({ name: 'Admin' }, { organizationId: ORG_A });
  const holder = users.find((u) => u.status === 'active' && u.memberships?.some((m) => m.organization.id === ORG_A))!;
  await memory.addUserRoles!(holder.id, [role.id], { organizationId: ORG_A });
  return { id: encodeURIComponent(role.id), roleId: role.id, holder: holder.id };
}

describe('deleting a role', () => {
  it('is refused for the only administering role anyone holds, which every holder keeps', async () => {
    const holder = await onlyProjectAdminRole('admin');
    await start();
    const res = await asProject('DELETE', '/roles/admin');
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ code: 'conflict', message: LAST_ADMIN_OF_PROJECT });
    expect(roleIds()).toContain('admin');
    expect(memory.snapshot().users.find((u) => u.id === holder)!.roleIds).toContain('admin');
    expect(records.at(-1)).toMatchObject({ operation: 'deleteRole', target: { roleId: 'admin' }, outcome: 'conflict', status: 409 });
  });

  it('goes through when another administering role is held by an active user', async () => {
    await start();
    expect(memory.snapshot().users.some((u) => u.status === 'active' && u.roleIds.includes('owner'))).toBe(true);
    expect((await asProject('DELETE', '/roles/admin')).status).toBe(204);
    expect(roleIds()).not.toContain('admin');
    // Now owner is the last one: deleting it too is refused.
    expect((await asProject('DELETE', '/roles/owner')).status).toBe(409);
  });

  it('does not count a disabled holder of the other administering role', async () => {
    await onlyProjectAdminRole('admin');
    const disabled = activeUsers()[1]!.id;
    await memory.addUserRoles!(disabled, ['owner']);
    await memory.setUserStatus!(disabled, 'disabled');
    await start();
    expect((await asProject('DELETE', '/roles/admin')).status).toBe(409);
  });

  it("goes through when authorize answers 'allow-lockout', asked about the lockout itself", async () => {
    await onlyProjectAdminRole('admin');
    const asked: [AdapterMethodName, OperationDetails][] = [];
    await start({
      authorize: (_session, operation, details) => {
        asked.push([operation, details]);
        return details.lockout ? 'allow-lockout' : true;
      },
    });
    expect((await asProject('DELETE', '/roles/admin')).status).toBe(204);
    expect(asked).toEqual([
      ['deleteRole', { roleId: 'admin' }],
      ['deleteRole', { roleId: 'admin', lockout: { reason: 'last-admin', organizationId: null } }],
    ]);
    expect(roleIds()).not.toContain('admin');
  });

  it('is refused to a tenant admin for their organization’s only administering role', async () => {
    const { id, roleId, holder } = await organizationAdminRole();
    await start();
    const res = await asA('DELETE', `/roles/${id}?organizationId=${ORG_A}`);
    expect(res.status).toBe(409);
    expect(res.json.message).toBe(LAST_ADMIN_OF_ORGANIZATION);
    expect(roleIds()).toContain(roleId);
    const membership = memory.snapshot().users.find((u) => u.id === holder)!.memberships!.find((m) => m.organization.id === ORG_A)!;
    expect(membership.roleIds).toContain(roleId);
    // A role that administers nothing is still theirs to delete.
    expect((await asA('DELETE', `/roles/${encodeURIComponent(`${ORG_A}:approver`)}?organizationId=${ORG_A}`)).status).toBe(204);
  });

  it('runs one at a time: of two admins deleting each other’s role at once, one is refused', async () => {
    await onlyProjectAdminRole('admin');
    await memory.addUserRoles!(activeUsers()[1]!.id, ['owner']);
    // Each adapter call yields, so the two requests' checks would interleave but for the queue.
    memory.setLatency(1);
    await start();
    const statuses = (await Promise.all([asProject('DELETE', '/roles/admin'), asProject('DELETE', '/roles/owner')])).map((r) => r.status);
    expect(statuses.sort()).toEqual([204, 409]);
    expect(roleIds().filter((id) => id === 'owner' || id === 'admin')).toHaveLength(1);
  });
});

describe('changing a role', () => {
  it('is refused when a rename takes the only administering role away from "admin"', async () => {
    const { id, roleId } = await organizationAdminRole();
    await start();
    const res = await asA('PATCH', `/roles/${id}?organizationId=${ORG_A}`, { name: 'Helper' });
    expect(res.status).toBe(409);
    expect(res.json.message).toBe(LAST_ADMIN_OF_ORGANIZATION);
    expect(memory.snapshot().roles.find((r) => r.id === roleId)!.name).toBe('Admin');
    // Changes that keep it administering go through.
    expect((await asA('PATCH', `/roles/${id}?organizationId=${ORG_A}`, { name: 'Site admin' })).status).toBe(200);
    expect((await asA('PATCH', `/roles/${id}?organizationId=${ORG_A}`, { description: 'Runs the site.' })).status).toBe(200);
    expect((await asA('PATCH', `/roles/${id}?organizationId=${ORG_A}`, { name: 'Steward', permissions: ['roles:manage'] })).status).toBe(200);
    // …and taking away the permission that now makes it administer is refused.
    expect((await asA('PATCH', `/roles/${id}?organizationId=${ORG_A}`, { permissions: [] })).status).toBe(409);
  });

  it('is allowed to rename a listed admin role, which administers whatever its name, but not to delete it', async () => {
    const { id, roleId } = await organizationAdminRole();
    await start({ adminRoleIds: [roleId] });
    expect((await asA('PATCH', `/roles/${id}?organizationId=${ORG_A}`, { name: 'Helper' })).status).toBe(200);
    expect((await asA('DELETE', `/roles/${id}?organizationId=${ORG_A}`)).status).toBe(409);
  });
});

describe('changing a permission', () => {
  const grantsRoles = (role: { permissions: string[] }) => role.permissions.includes('roles:manage');
  const rolesManage = () => memory.snapshot().permissions.find((p) => p.name === 'roles:manage')!.id;

  it('is refused when it takes administration from every administering role of the project', async () => {
    await start({ adminRoleIds: grantsRoles });
    const id = rolesManage();
    expect((await asProject('PATCH', `/permissions/${id}`, { name: 'roles:managed' })).status).toBe(409);
    expect((await asProject('DELETE', `/permissions/${id}`)).json).toMatchObject({ status: 409, message: LAST_ADMIN_OF_PROJECT });
    expect(memory.snapshot().roles.find((r) => r.id === 'admin')!.permissions).toContain('roles:manage');
    expect((await asProject('PATCH', `/permissions/${id}`, { description: 'Defines roles.' })).status).toBe(200);
  });

  it('goes through when, by default, the roles still administer by name', async () => {
    await start();
    expect((await asProject('DELETE', `/permissions/${rolesManage()}`)).status).toBe(204);
  });
});
