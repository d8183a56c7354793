/**
 * Every write while `useUsers` finishes the query in the browser (the backend cannot sort, as on
 * SSOJet): the write lands, resolves as a success, and the list on screen follows it.
 */
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { UsersQuery } from '../../src/core/model.js';
import { useUserActions } from '../../src/react/useUserActions.js';
import { useUsers } from '../../src/react/useUsers.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

const query: UsersQuery = { sort: { field: 'name', direction: 'asc' }, page: { size: 10 } };

function narrowDirectory(): MemoryAdapter {
  return createMemoryAdapter({
    userCount: 30,
    capabilities: { search: false, sortFields: [], filters: { status: false, roleIds: false, organizationId: false }, pagination: 'cursor', totals: false },
  });
}

async function renderClientMode(adapter = narrowDirectory()) {
  const view = renderRosterHook(() => ({ users: useUsers(query, { prefetchNext: false }), actions: useUserActions() }), adapter);
  await waitFor(() => expect(view.result.current.users.data?.items).toHaveLength(10));
  expect(view.result.current.users.mode).toBe('client');
  const first = view.result.current.users.data!.items[0]!;
  const shown = () => view.result.current.users.data!.items.find((u) => u.id === first.id);
  return { ...view, adapter, first, shown, actions: () => view.result.current.actions };
}

const held = (adapter: MemoryAdapter, userId: string) => adapter.snapshot().users.find((u) => u.id === userId);

describe('writes in client mode', () => {
  it('changes roles: resolves, lands, and the row shows the new roles', async () => {
    const { adapter, first, shown, actions } = await renderClientMode();
    const role = adapter.snapshot().roles.find((r) => !r.organizationId && !first.roleIds.includes(r.id))!;
    await act(() => actions().addUserRoles(first.id, [role.id]));
    expect(held(adapter, first.id)!.roleIds).toContain(role.id);
    expect(shown()!.roleIds).toContain(role.id);
  });

  it('changes roles inside an organization', async () => {
    const { adapter, actions } = await renderClientMode();
    const member = adapter.snapshot().users.find((u) => u.memberships?.length)!;
    const orgId = member.memberships![0]!.organization.id;
    const role = adapter.snapshot().roles.find((r) => r.organizationId === orgId) ?? adapter.snapshot().roles.find((r) => !r.organizationId)!;
    await act(() => actions().setUserRoles(member.id, [role.id], { organizationId: orgId }));
    expect(held(adapter, member.id)!.memberships!.find((m) => m.organization.id === orgId)!.roleIds).toEqual([role.id]);
  });

  it('disables a user and the row says so', async () => {
    const { adapter, first, shown, actions } = await renderClientMode();
    const next = first.status === 'disabled' ? 'active' : 'disabled';
    await act(() => actions().setUserStatus(first.id, next));
    expect(held(adapter, first.id)!.status).toBe(next);
    expect(shown()!.status).toBe(next);
  });

  it('edits a user and the row shows the new name', async () => {
    const { adapter, first, shown, actions } = await renderClientMode();
    await act(() => actions().updateUser(first.id, { name: 'Aaron Aardvark' }));
    expect(held(adapter, first.id)!.name).toBe('Aaron Aardvark');
    expect(shown()!.name).toBe('Aaron Aardvark');
  });

  it('deletes a user and the row goes', async () => {
    const { adapter, first, shown, actions } = await renderClientMode();
    await act(() => actions().deleteUser(first.id));
    expect(held(adapter, first.id)).toBeUndefined();
    expect(shown()).toBeUndefined();
  });

  it('creates a user who then appears in the list', async () => {
    const { result, adapter, actions } = await renderClientMode();
    const user = await act(() => actions().createUser({ email: 'aaa.first@example.com', name: 'Aaa First' }));
    expect(held(adapter, user.id)!.email).toBe('aaa.first@example.com');
    await waitFor(() => expect(result.current.users.data!.items[0]!.id).toBe(user.id));
  });

  it('adds to and removes from an organization', async () => {
    const { adapter, first, actions } = await renderClientMode();
    const org = adapter.snapshot().organizations.find((o) => !first.memberships?.some((m) => m.organization.id === o.id))!;
    await act(() => actions().addUserMembership(first.id, org));
    expect(held(adapter, first.id)!.memberships!.map((m) => m.organization.id)).toContain(org.id);
    await act(() => actions().removeUserMembership(first.id, org.id));
    expect(held(adapter, first.id)!.memberships!.map((m) => m.organization.id)).not.toContain(org.id);
  });
});
