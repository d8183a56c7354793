/**
 * An optimistic change re-renders only the hooks of the user it changes (issue 21): the views of
 * other users, and a list that does not show the user, stay as they are.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { useUserMemberships } from '../../src/react/useUserMemberships.js';
import { useUserRoles, type UseUserRolesResult } from '../../src/react/useUserRoles.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const renders: Record<string, number> = {};
const roles: Record<string, UseUserRolesResult> = {};
const count = (what: string) => void (renders[what] = (renders[what] ?? 0) + 1);

function UserView({ userId }: { userId: string }) {
  roles[userId] = useUserRoles(userId);
  const memberships = useUserMemberships(userId);
  count(userId);
  return <p data-testid={userId}>{`${roles[userId]!.data?.join(' ')} in ${memberships.data?.length ?? '…'}`}</p>;
}

function List({ search }: { search: string }) {
  const users = useUsers({ search, page: { size: 5 } }, { prefetchNext: false });
  count('list');
  return <p data-testid="list">{users.data?.items.map((u) => `${u.id}: ${u.roleIds.join(' ')}`).join('; ')}</p>;
}

describe('pending changes reach only their own user', () => {
  it('a role change re-renders that user’s views and the lists showing them, nothing else', async () => {
    const memory = createMemoryAdapter();
    const [a, b] = memory.snapshot().users.filter((u) => !u.roleIds.includes('auditor'));
    const spy = spyOnAdapter(memory);
    renderWithRoster(
      <>
        <UserView userId={a!.id} />
        <UserView userId={b!.id} />
        <List search={b!.email!} />
      </>,
      spy.adapter,
    );
    await waitFor(() => expect(screen.getByTestId('list').textContent).toContain(b!.id));
    await waitFor(() => expect(screen.getByTestId(a!.id).textContent).not.toMatch(/undefined|…/));
    await waitFor(() => expect(screen.getByTestId(b!.id).textContent).not.toMatch(/undefined|…/));
    await waitFor(() => expect(spy.inFlight()).toBe(0));
    spy.hold('addUserRoles');

    const before = { ...renders };
    act(() => void roles[a!.id]!.addUserRoles!(['auditor']));
    expect(screen.getByTestId(a!.id).textContent).toContain('auditor');
    expect(renders[a!.id]).toBeGreaterThan(before[a!.id]!);
    expect(renders[b!.id]).toBe(before[b!.id]);
    expect(renders.list).toBe(before.list);

    act(() => void roles[b!.id]!.addUserRoles!(['auditor']));
    expect(screen.getByTestId(b!.id).textContent).toContain('auditor');
    expect(screen.getByTestId('list').textContent).toContain(`${b!.id}: ${[...b!.roleIds, 'auditor'].join(' ')}`);
    expect(renders.list).toBeGreaterThan(before.list!);
  });
});
