/**
 * The hooks' writes of definitions — roles, permissions, organizations — against the memory
 * directory: what the screen shows while a write is in flight, after it lands, and after it fails,
 * and that everything else showing the definition follows without a reload.
 */
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { RosterError } from '../../src/core/errors.js';
import { useOrganizations } from '../../src/react/useOrganizations.js';
import { usePermissions } from '../../src/react/usePermissions.js';
import { useRoles } from '../../src/react/useRoles.js';
import { useUser } from '../../src/react/useUser.js';
import { useUserCount } from '../../src/react/useUserCount.js';
import { useUserMemberships } from '../../src/react/useUserMemberships.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

function setup() {
  const memory = createMemoryAdapter({ latencyMs: 0 });
  const spy = spyOnAdapter(memory);
  return { memory, spy };
}

const roleNamed = (memory: ReturnType<typeof createMemoryAdapter>, id: string) => memory.snapshot().roles.find((r) => r.id === id);

describe('useRoles writes', () => {
  it('shows a rename at once, marks it pending, and keeps it once the backend holds it', async () => {
    const { memory, spy } = setup();
    const { result } = renderRosterHook(() => useRoles(), spy.adapter);
    await waitFor(() => expect(result.current.data).toBeDefined());
    spy.hold('updateRole');
    let done!: Promise<unknown>;
    act(() => void (done = result.current.updateRole!('viewer', { name: 'Read-only' })));
    expect(result.current.data!.find((r) => r.id === 'viewer')!.name).toBe('Read-only');
    expect(result.current.pendingIds.has('viewer')).toBe(true);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await act(async () => {
      spy.held[0]!.release();
      await done;
    });
    expect(result.current.pendingIds.size).toBe(0);
    expect(result.current.data!.find((r) => r.id === 'viewer')!.name).toBe('Read-only');
    expect(roleNamed(memory, 'viewer')!.name).toBe('Read-only');
  });

  it('a failed permission change rolls back exactly, keeping an earlier change that landed', async () => {
    const { memory, spy } = setup();
    const { result } = renderRosterHook(() => useRoles(), spy.adapter);
    await waitFor(() => expect(result.current.data).toBeDefined());
    const before = roleNamed(memory, 'member')!.permissions;
    spy.hold('updateRole');
    const outcomes: string[] = [];
    act(() => {
      void result.current.updateRole!('member', { description: 'Everyone' }).then(() => outcomes.push('B ok'));
      void result.current.updateRole!('member', { permissions: [...before, 'audit:read'] }).catch((e: unknown) => outcomes.push(`A ${(e as RosterError).code}`));
    });
    expect(result.current.data!.find((r) => r.id === 'member')).toMatchObject({ description: 'Everyone', permissions: [...before, 'audit:read'] });
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await act(async () => spy.held[0]!.release());
    await waitFor(() => expect(outcomes).toEqual(['B ok']));
    await waitFor(() => expect(spy.held).toHaveLength(2));
    memory.faults.failNext('updateRole', 'server');
    await act(async () => spy.held[1]!.release());
    await waitFor(() => expect(outcomes).toEqual(['B ok', 'A server']));
    expect(result.current.data!.find((r) => r.id === 'member')).toMatchObject({ description: 'Everyone', permissions: before });
    expect(roleNamed(memory, 'member')).toMatchObject({ description: 'Everyone', permissions: before });
  });

  it('creates and deletes only when the backend agrees, and a holder loses a deleted role on screen', async () => {
    const { memory, spy } = setup();
    const holder = memory.snapshot().users.find((u) => u.roleIds.includes('auditor'))!;
    const { result } = renderRosterHook(() => ({ roles: useRoles(), user: useUser(holder.id), count: useUserCount({ roleId: 'auditor' }) }), spy.adapter);
    await waitFor(() => expect(result.current.user.data?.roleIds).toContain('auditor'));
    await waitFor(() => expect(result.current.count.count).toBeGreaterThan(0));

    spy.hold('createRole');
    let created!: Promise<unknown>;
    act(() => void (created = result.current.roles.createRole!({ name: 'Release manager', permissions: ['projects:write'] })));
    expect(result.current.roles.data!.some((r) => r.name === 'Release manager')).toBe(false);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await act(async () => {
      spy.held[0]!.release();
      await created;
    });
    expect(result.current.roles.data!.find((r) => r.name === 'Release manager')).toMatchObject({ permissions: ['projects:write'] });

    await act(async () => result.current.roles.deleteRole!('auditor'));
    expect(result.current.roles.data!.some((r) => r.id === 'auditor')).toBe(false);
    await waitFor(() => expect(result.current.user.data?.roleIds).not.toContain('auditor'));
    await waitFor(() => expect(result.current.count.count).toBe(0));
    expect(memory.snapshot().users.find((u) => u.id === holder.id)!.roleIds).not.toContain('auditor');
  });

  it('a rename of a role another admin deleted fails with not_found, and nothing comes back', async () => {
    const { memory, spy } = setup();
    const { result } = renderRosterHook(() => useRoles(), spy.adapter);
    await waitFor(() => expect(result.current.data).toBeDefined());
    await memory.deleteRole!('developer');
    let failure: unknown;
    await act(async () => {
      await result.current.updateRole!('developer', { name: 'Engineer' }).catch((e: unknown) => (failure = e));
    });
    expect((failure as RosterError).code).toBe('not_found');
    expect(memory.snapshot().roles.some((r) => r.name === 'Engineer' || r.id === 'developer')).toBe(false);
  });

  it('offers no writes where the backend cannot make them', async () => {
    const memory = createMemoryAdapter({ latencyMs: 0, readOnly: true });
    const { result } = renderRosterHook(() => ({ roles: useRoles(), permissions: usePermissions(), organizations: useOrganizations() }), memory);
    await waitFor(() => expect(result.current.roles.data).toBeDefined());
    expect(result.current.roles).toMatchObject({ createRole: undefined, updateRole: undefined, deleteRole: undefined });
    // Listing is a read: a read-only directory still names the permissions, and offers no writes.
    await waitFor(() => expect(result.current.permissions.data).toBeDefined());
    expect(result.current.permissions).toMatchObject({ isSupported: true, createPermission: undefined, updatePermission: undefined, deletePermission: undefined });
    expect(result.current.organizations).toMatchObject({ createOrganization: undefined, updateOrganization: undefined, deleteOrganization: undefined });
  });
});

describe('usePermissions writes', () => {
  it('a renamed permission is renamed in the roles that grant it, without a reload', async () => {
    const { memory, spy } = setup();
    const { result } = renderRosterHook(() => ({ permissions: usePermissions(), roles: useRoles() }), spy.adapter);
    await waitFor(() => expect(result.current.permissions.data && result.current.roles.data).toBeDefined());
    const read = result.current.permissions.data!.find((p) => p.name === 'users:read')!;
    await act(async () => void (await result.current.permissions.updatePermission!(read.id, { name: 'people:read' })));
    expect(result.current.permissions.data!.find((p) => p.id === read.id)!.name).toBe('people:read');
    expect(result.current.roles.data!.find((r) => r.id === 'viewer')!.permissions).toContain('people:read');
    expect(result.current.roles.data!.some((r) => r.permissions.includes('users:read'))).toBe(false);
    expect(roleNamed(memory, 'viewer')!.permissions).toContain('people:read');

    await act(async () => void (await result.current.permissions.deletePermission!(read.id)));
    expect(result.current.roles.data!.some((r) => r.permissions.includes('people:read'))).toBe(false);
  });
});

describe('useOrganizations writes', () => {
  it('a rename shows at once, then in every membership; a delete takes the membership away', async () => {
    const { memory, spy } = setup();
    const member = memory.snapshot().users.find((u) => (u.memberships?.length ?? 0) >= 1)!;
    const organization = member.memberships![0]!.organization;
    const { result } = renderRosterHook(() => ({ organizations: useOrganizations({ page: { size: 100 } }), memberships: useUserMemberships(member.id) }), spy.adapter);
    await waitFor(() => expect(result.current.organizations.data && result.current.memberships.data).toBeDefined());

    spy.hold('updateOrganization');
    let renamed!: Promise<unknown>;
    act(() => void (renamed = result.current.organizations.updateOrganization!(organization.id, { name: 'Renamed Corp' })));
    expect(result.current.organizations.data!.items.find((o) => o.id === organization.id)!.name).toBe('Renamed Corp');
    expect(result.current.organizations.pendingIds.has(organization.id)).toBe(true);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await act(async () => {
      spy.held[0]!.release();
      await renamed;
    });
    await waitFor(() => expect(result.current.memberships.data!.find((m) => m.organization.id === organization.id)!.organization.name).toBe('Renamed Corp'));

    await act(async () => result.current.organizations.deleteOrganization!(organization.id));
    expect(result.current.organizations.data!.items.some((o) => o.id === organization.id)).toBe(false);
    await waitFor(() => expect(result.current.memberships.data!.some((m) => m.organization.id === organization.id)).toBe(false));
    expect(memory.snapshot().organizations.some((o) => o.id === organization.id)).toBe(false);
  });

  it('a failed rename goes back to the name the backend holds', async () => {
    const { memory, spy } = setup();
    const { result } = renderRosterHook(() => useOrganizations({ page: { size: 100 } }), spy.adapter);
    await waitFor(() => expect(result.current.data).toBeDefined());
    const organization = result.current.data!.items[0]!;
    memory.faults.failNext('updateOrganization', 'conflict');
    let failure: unknown;
    await act(async () => {
      await result.current.updateOrganization!(organization.id, { name: 'Taken' }).catch((e: unknown) => (failure = e));
    });
    expect((failure as RosterError).code).toBe('conflict');
    expect(result.current.data!.items.find((o) => o.id === organization.id)!.name).toBe(organization.name);
    expect(result.current.pendingIds.size).toBe(0);
  });
});
