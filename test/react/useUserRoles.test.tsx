import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { RosterError } from '../../src/core/errors.js';
import { useUser } from '../../src/react/useUser.js';
import { useUserMemberships } from '../../src/react/useUserMemberships.js';
import { useUserRoles } from '../../src/react/useUserRoles.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

function setup() {
  const memory = createMemoryAdapter();
  const user = memory.snapshot().users.find((u) => u.roleIds.length === 1 && (u.memberships?.length ?? 0) >= 1)!;
  const spy = spyOnAdapter(memory);
  return { memory, user, spy };
}

const serverRoles = (memory: ReturnType<typeof createMemoryAdapter>, userId: string) => memory.snapshot().users.find((u) => u.id === userId)!.roleIds;

describe('useUserRoles', () => {
  it('shows a role change at once, before the backend answers, and keeps it when it lands', async () => {
    const { memory, user, spy } = setup();
    const { result } = renderRosterHook(() => useUserRoles(user.id), spy.adapter);
    await waitFor(() => expect(result.current.data).toEqual(user.roleIds));
    const extra = user.roleIds.includes('auditor') ? 'billing' : 'auditor';

    spy.hold('addUserRoles');
    let done!: Promise<void>;
    act(() => void (done = result.current.addUserRoles!([extra])));
    expect(result.current.data).toEqual([...user.roleIds, extra]);
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await act(async () => {
      spy.held[0]!.release();
      await done;
    });
    expect(result.current.data).toEqual([...user.roleIds, extra]);
    expect(result.current.isPending).toBe(false);
    expect(serverRoles(memory, user.id)).toEqual([...user.roleIds, extra]);
  });

  it('rolls back exactly to the prior roles when the change fails, and reports the error', async () => {
    const { memory, user, spy } = setup();
    const { result } = renderRosterHook(() => useUserRoles(user.id), spy.adapter);
    await waitFor(() => expect(result.current.data).toEqual(user.roleIds));
    memory.faults.failNext('setUserRoles', 'server');
    let failure: unknown;
    spy.hold('setUserRoles');
    act(() => void result.current.setUserRoles!(['viewer', 'developer']).catch((e) => (failure = e)));
    expect(result.current.data).toEqual(['viewer', 'developer']);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await act(async () => spy.held[0]!.release());
    await waitFor(() => expect(failure).toBeInstanceOf(RosterError));
    expect((failure as RosterError).code).toBe('server');
    expect(result.current.data).toEqual(user.roleIds);
    expect(serverRoles(memory, user.id)).toEqual(user.roleIds);
  });

  it('a failed change A after a successful change B ends in the server’s state, with B kept', async () => {
    const { memory, user, spy } = setup();
    const { result } = renderRosterHook(() => useUserRoles(user.id), spy.adapter);
    await waitFor(() => expect(result.current.data).toBeDefined());
    const [b, a] = ['auditor', 'billing'].filter((r) => !user.roleIds.includes(r)).concat('support');

    spy.hold('addUserRoles');
    const outcomes: string[] = [];
    act(() => {
      void result.current.addUserRoles!([b!]).then(() => outcomes.push('B ok'));
      void result.current.addUserRoles!([a!]).catch(() => outcomes.push('A failed'));
    });
    expect(result.current.data).toEqual([...user.roleIds, b, a]);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    // B reaches the backend first (queued in order); only once it settles does A go out.
    await act(async () => spy.held[0]!.release());
    await waitFor(() => expect(outcomes).toEqual(['B ok']));
    await waitFor(() => expect(spy.held).toHaveLength(2));
    memory.faults.failNext('addUserRoles', 'server');
    await act(async () => spy.held[1]!.release());
    await waitFor(() => expect(outcomes).toEqual(['B ok', 'A failed']));
    await waitFor(() => expect(result.current.data).toEqual(serverRoles(memory, user.id)));
    expect(result.current.data).toEqual([...user.roleIds, b]);
  });

  it('sends changes to one user strictly in order, even when the first is slow', async () => {
    const { memory, user, spy } = setup();
    const { result } = renderRosterHook(() => useUserRoles(user.id), spy.adapter);
    await waitFor(() => expect(result.current.data).toBeDefined());
    // The first change is held at the backend: the second must not be sent until it has landed.
    spy.hold('setUserRoles');
    let both!: Promise<unknown>;
    act(() => {
      both = Promise.all([result.current.setUserRoles!(['viewer']), result.current.addUserRoles!(['developer'])]);
    });
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await act(async () => undefined);
    expect(spy.count('addUserRoles')).toBe(0);
    await act(async () => {
      spy.held.splice(0).forEach((call) => call.release());
      await both;
    });
    expect(spy.calls.filter((c) => c.method === 'setUserRoles' || c.method === 'addUserRoles').map((c) => c.method)).toEqual(['setUserRoles', 'addUserRoles']);
    expect(serverRoles(memory, user.id)).toEqual(['viewer', 'developer']);
    expect(result.current.data).toEqual(['viewer', 'developer']);
  });

  it('an optimistic change shows in every view of the user: the user, the table row', async () => {
    const { user, spy } = setup();
    const { result } = renderRosterHook(
      () => ({ roles: useUserRoles(user.id), user: useUser(user.id), list: useUsers({ search: user.email!, page: { size: 5 } }) }),
      spy.adapter,
    );
    await waitFor(() => expect(result.current.list.data && result.current.user.data).toBeDefined());
    spy.hold('addUserRoles');
    act(() => void result.current.roles.addUserRoles!(['auditor', 'billing']));
    for (const roleIds of [result.current.user.data!.roleIds, result.current.list.data!.items.find((u) => u.id === user.id)!.roleIds]) {
      expect(roleIds).toEqual(expect.arrayContaining(['auditor', 'billing']));
    }
  });

  it('edits roles inside one organization only, optimistically in the memberships too', async () => {
    const { memory, user, spy } = setup();
    const orgId = user.memberships![0]!.organization.id;
    const { result } = renderRosterHook(() => ({ roles: useUserRoles(user.id, { organizationId: orgId }), orgs: useUserMemberships(user.id) }), spy.adapter);
    await waitFor(() => expect(result.current.roles.data).toEqual(user.memberships![0]!.roleIds));
    const extra = ['auditor', 'billing'].find((r) => !user.memberships![0]!.roleIds.includes(r))!;
    await act(() => result.current.roles.addUserRoles!([extra]));
    const stored = memory.snapshot().users.find((u) => u.id === user.id)!;
    expect(stored.memberships!.find((m) => m.organization.id === orgId)!.roleIds).toContain(extra);
    expect(stored.roleIds).toEqual(user.roleIds);
    expect(result.current.orgs.data!.find((m) => m.organization.id === orgId)!.roleIds).toContain(extra);
  });

  it('a read-only adapter offers no edit functions', async () => {
    const memory = createMemoryAdapter({ readOnly: true });
    const user = memory.snapshot().users[0]!;
    const { result } = renderRosterHook(() => useUserRoles(user.id), memory);
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.addUserRoles).toBeUndefined();
    expect(result.current.setUserRoles).toBeUndefined();
  });
});

describe('useUserMemberships', () => {
  it('removing a membership shows at once and rolls back exactly when it fails', async () => {
    const { memory, user, spy } = setup();
    const { result } = renderRosterHook(() => useUserMemberships(user.id), spy.adapter);
    await waitFor(() => expect(result.current.data).toEqual(user.memberships));
    memory.faults.failNext('removeUserMembership', { code: 'forbidden', status: 403 });
    spy.hold('removeUserMembership');
    let failure: unknown;
    act(() => void result.current.removeUserMembership!(user.memberships![0]!.organization.id).catch((e) => (failure = e)));
    expect(result.current.data).toEqual(user.memberships!.slice(1));
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await act(async () => spy.held[0]!.release());
    await waitFor(() => expect((failure as RosterError | undefined)?.code).toBe('forbidden'));
    expect(result.current.data).toEqual(user.memberships);
  });
});
