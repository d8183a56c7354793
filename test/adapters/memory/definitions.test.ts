/**
 * The memory directory's definitions beyond what the contract asks of every backend: the seeded
 * permission catalogue, what a read-only or narrowed directory leaves out, faults and aborts on
 * the new writes, and the search index following deleted roles and organizations.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { MANAGE_WRITE_METHODS, NO_MANAGEMENT } from '../../../src/core/manage.js';
import type { UsersQuery } from '../../../src/core/model.js';
import { collectAllUsers } from '../../../src/testing/index.js';

describe('memory directory: permissions', () => {
  it('holds every permission its seeded roles grant, each described, and shows it in the snapshot', async () => {
    const adapter = createMemoryAdapter({ seed: 2, userCount: 20 });
    const permissions = await adapter.listPermissions!();
    const granted = new Set(adapter.snapshot().roles.flatMap((r) => r.permissions));
    expect(new Set(permissions.map((p) => p.name))).toEqual(granted);
    expect(permissions.every((p) => typeof p.description === 'string' && p.description.length > 0)).toBe(true);
    expect(new Set(permissions.map((p) => p.id)).size).toBe(permissions.length);
    expect(adapter.snapshot().permissions).toEqual(permissions);
  });

  it('makes the catalogue from the roles of a directory given without one', async () => {
    const { users, roles, organizations } = createMemoryAdapter({ seed: 2, userCount: 5 }).snapshot();
    const adapter = createMemoryAdapter({ directory: { users, organizations, roles: [...roles, { id: 'custom', name: 'Custom', permissions: ['a:b', 'a_b'], organizationId: null }] } });
    const permissions = await adapter.listPermissions!();
    expect(permissions.filter((p) => ['a:b', 'a_b'].includes(p.name))).toEqual([
      { id: 'perm_a_b', name: 'a:b' },
      { id: 'perm_a_b_2', name: 'a_b' },
    ]);
  });

  it('renames a permission in the roles the snapshot holds, keeping its id', async () => {
    const adapter = createMemoryAdapter({ seed: 2, userCount: 5 });
    const billing = (await adapter.listPermissions!()).find((p) => p.name === 'billing:manage')!;
    await adapter.updatePermission!(billing.id, { name: 'billing:admin' });
    const owner = adapter.snapshot().roles.find((r) => r.id === 'owner')!;
    expect(owner.permissions).toContain('billing:admin');
    expect(owner.permissions).not.toContain('billing:manage');
    expect(adapter.snapshot().permissions.find((p) => p.id === billing.id)?.name).toBe('billing:admin');
  });
});

describe('memory directory: which definition writes exist', () => {
  it('a read-only directory lists permissions but manages nothing', async () => {
    const adapter = createMemoryAdapter({ seed: 2, userCount: 5, readOnly: true });
    expect(adapter.capabilities.manage).toEqual(NO_MANAGEMENT);
    for (const method of MANAGE_WRITE_METHODS) expect(adapter[method], method).toBeUndefined();
    expect((await adapter.listPermissions!()).length).toBeGreaterThan(0);
  });

  it('withdraws the writes of a kind of definition the capabilities leave out', () => {
    const adapter = createMemoryAdapter({ seed: 2, userCount: 5, capabilities: { manage: { permissions: false, organizations: false } } });
    expect(adapter.createPermission).toBeUndefined();
    expect(adapter.deleteOrganization).toBeUndefined();
    expect(adapter.createRole).toBeTypeOf('function');
  });

  it('does not manage roles in a scope where roles cannot be assigned', async () => {
    const adapter = createMemoryAdapter({ seed: 2, userCount: 5, capabilities: { organizationRoles: false } });
    expect(adapter.capabilities.manage.organizationRoles).toBe(false);
    const organizationId = adapter.snapshot().organizations[0]!.id;
    await expect(adapter.createRole!({ name: 'Tenant role' }, { organizationId })).rejects.toMatchObject({ code: 'unsupported' });
    await expect(adapter.createRole!({ name: 'Project role' })).resolves.toMatchObject({ name: 'Project role', organizationId: null });
  });

  it('does not change a project-wide role through an organization scope', async () => {
    const adapter = createMemoryAdapter({ seed: 2, userCount: 5 });
    const organizationId = adapter.snapshot().organizations[0]!.id;
    await expect(adapter.updateRole!('admin', { name: 'Renamed' }, { organizationId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.deleteRole!('admin', { organizationId })).rejects.toMatchObject({ code: 'not_found' });
    expect(adapter.snapshot().roles.find((r) => r.id === 'admin')?.name).toBe('Admin');
  });
});

describe('memory directory: faults and aborts on definition writes', () => {
  it('fails a definition write on demand, changing nothing, and succeeds after', async () => {
    const adapter = createMemoryAdapter({ seed: 2, userCount: 5 });
    adapter.faults.failNext('createRole', 'rate_limited');
    adapter.faults.failNext('deleteOrganization', { code: 'server', message: 'Injected.' });
    await expect(adapter.createRole!({ name: 'Reviewer' })).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 1000 });
    const organizationId = adapter.snapshot().organizations[0]!.id;
    await expect(adapter.deleteOrganization!(organizationId)).rejects.toMatchObject({ code: 'server', message: 'Injected.' });
    expect(adapter.snapshot().roles.some((r) => r.name === 'Reviewer')).toBe(false);
    expect(adapter.snapshot().organizations.some((o) => o.id === organizationId)).toBe(true);
    await expect(adapter.createRole!({ name: 'Reviewer' })).resolves.toMatchObject({ name: 'Reviewer' });
  });

  it('rejects an aborted write with an AbortError before it changes anything', async () => {
    const adapter = createMemoryAdapter({ seed: 2, userCount: 5 });
    const controller = new AbortController();
    controller.abort();
    await expect(adapter.createOrganization!({ name: 'Never made' }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(adapter.snapshot().organizations.some((o) => o.name === 'Never made')).toBe(false);
  });
});

describe('memory directory: users follow deleted and renamed definitions', () => {
  it('answers the same role and organization filters afresh after a delete', async () => {
    const adapter = createMemoryAdapter({ seed: 4, userCount: 200 });
    const organizationId = adapter.snapshot().organizations[0]!.id;
    const byRole: Omit<UsersQuery, 'page'> = { filter: { roleIds: ['admin'] }, sort: { field: 'name', direction: 'asc' } };
    const inOrganization = { filter: { organizationId } };
    // Each query right before the delete, so a stale answer would be the one kept for it.
    expect((await collectAllUsers(adapter, byRole, 50)).length).toBeGreaterThan(0);
    await adapter.deleteRole!('admin');
    expect(await collectAllUsers(adapter, byRole, 50)).toEqual([]);
    expect((await collectAllUsers(adapter, inOrganization, 50)).length).toBeGreaterThan(0);
    await adapter.deleteOrganization!(organizationId);
    expect(await collectAllUsers(adapter, inOrganization, 50)).toEqual([]);
    const users = adapter.snapshot().users;
    expect(users.some((u) => u.roleIds.includes('admin') || u.memberships?.some((m) => m.roleIds.includes('admin') || m.organization.id === organizationId))).toBe(false);
    expect(users).toHaveLength(200);
  });

  it('takes an organization role from that organization’s members only, and drops an organization’s own roles with it', async () => {
    const adapter = createMemoryAdapter({ seed: 4, userCount: 200 });
    const { roles, organizations } = adapter.snapshot();
    const approver = roles.find((r) => r.organizationId && r.id.endsWith(':approver'))!;
    const holdersBefore = adapter.snapshot().users.filter((u) => u.memberships?.some((m) => m.roleIds.includes(approver.id)));
    expect(holdersBefore.length).toBeGreaterThan(0);
    await adapter.deleteRole!(approver.id, { organizationId: approver.organizationId! });
    expect(adapter.snapshot().users.some((u) => u.memberships?.some((m) => m.roleIds.includes(approver.id)))).toBe(false);

    const withRoles = organizations.find((o) => roles.some((r) => r.organizationId === o.id && r.id !== approver.id))!;
    await adapter.deleteOrganization!(withRoles.id);
    expect(adapter.snapshot().roles.some((r) => r.organizationId === withRoles.id)).toBe(false);
  });

  it('renames an organization in every membership that names it', async () => {
    const adapter = createMemoryAdapter({ seed: 4, userCount: 100 });
    const member = adapter.snapshot().users.find((u) => u.memberships?.length)!;
    const organizationId = member.memberships![0]!.organization.id;
    await adapter.updateOrganization!(organizationId, { name: 'Renamed Holdings' });
    expect((await adapter.listUserMemberships(member.id)).find((m) => m.organization.id === organizationId)?.organization.name).toBe('Renamed Holdings');
    expect(adapter.snapshot().users.flatMap((u) => u.memberships ?? []).filter((m) => m.organization.id === organizationId).every((m) => m.organization.name === 'Renamed Holdings')).toBe(true);
  });
});
