/**
 * What an optimistic change costs UserTable: only the row it belongs to renders again, not the
 * toolbar, the header, the bulk bar, the pagination or the closed dialogs. "Nothing
 * else happens afterwards" is waited for by asking the backend, not by sleeping: every call the
 * table made has been answered, including the revalidation the write causes.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { createUserColumnHelper } from '../../src/components/UserTable/columns.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { useUserActions } from '../../src/react/useUserActions.js';
import { spyOnAdapter, type AdapterSpy } from '../helpers/adapterSpy.js';
import { watchRenders } from '../helpers/componentRenders.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

/** Every adapter call answered and every resulting render committed. */
async function quiet(spy: AdapterSpy<ReturnType<typeof createMemoryAdapter>>) {
  await waitFor(() => expect(spy.inFlight()).toBe(0));
  await act(async () => undefined);
  expect(spy.inFlight()).toBe(0);
}

describe('UserTable rendering cost', () => {
  it('an optimistic role change renders only the row it belongs to', async () => {
    const renders = new Map<string, number>();
    const probe = createUserColumnHelper().display({
      id: 'probe',
      header: 'Probe',
      cell: ({ row }) => {
        renders.set(row.original.id, (renders.get(row.original.id) ?? 0) + 1);
        return null;
      },
    });
    // One page: every user is on screen, so any row rendering again would be counted.
    const memory = createMemoryAdapter({ userCount: 20 });
    const spy = spyOnAdapter(memory);
    const users = memory.snapshot().users;
    const target = users.find((u) => !u.roleIds.includes('owner') && users.filter((o) => o.name === u.name).length === 1)!;
    function Page() {
      const actions = useUserActions();
      return (
        <>
          <button type="button" onClick={() => void actions.addUserRoles(target.id, ['owner'])}>
            Make owner
          </button>
          <UserTable columns={['name', 'roles', probe]} />
        </>
      );
    }
    renderWithRoster(<Page />, spy.adapter);
    await screen.findByText('20 users');
    await waitFor(() => expect(screen.getAllByText('Auditor').length).toBeGreaterThan(0));
    await quiet(spy);
    renders.clear();

    const listsBefore = spy.count('listUsers');
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Make owner' }));
    const row = screen.getAllByRole('row').find((r) => r.textContent?.includes(target.name!))!;
    await waitFor(() => expect(within(row).getByText('Owner')).toBeInTheDocument());
    // The write is followed by a revalidation of the list; wait for its answer too.
    await waitFor(() => expect(spy.count('listUsers')).toBeGreaterThan(listsBefore));
    await quiet(spy);
    expect([...renders.keys()]).toEqual([target.id]);
  });

  it('an optimistic role change renders none of the pieces around the rows', async () => {
    const memory = createMemoryAdapter({ userCount: 20 });
    const spy = spyOnAdapter(memory);
    const users = memory.snapshot().users;
    const target = users.find((u) => !u.roleIds.includes('owner') && users.filter((o) => o.name === u.name).length === 1)!;
    function Page() {
      const actions = useUserActions();
      return (
        <>
          <button type="button" onClick={() => void actions.addUserRoles(target.id, ['owner'])}>
            Make owner
          </button>
          <UserTable />
        </>
      );
    }
    // One page: the target's row is on screen, so the change reaches the table.
    const { container } = renderWithRoster(<Page />, spy.adapter);
    await screen.findByText('20 users');
    await waitFor(() => expect(screen.getAllByText('Auditor').length).toBeGreaterThan(0));
    await quiet(spy);
    const renders = watchRenders(container);

    const listsBefore = spy.count('listUsers');
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Make owner' }));
    const row = screen.getAllByRole('row').find((r) => r.textContent?.includes(target.name!))!;
    await waitFor(() => expect(within(row).getByText('Owner')).toBeInTheDocument());
    await waitFor(() => expect(spy.count('listUsers')).toBeGreaterThan(listsBefore));
    await quiet(spy);

    const rendered = renders.rendered();
    expect(rendered.get('UserTableRow')).toBe(1);
    const pieces = ['UserTableToolbar', 'UserTableHead', 'BulkBar', 'UserTablePagination', 'UserTableDialogs', 'CreateUserDialog', 'ConfirmDialog', 'UserExport', 'UserImport'];
    expect(pieces.filter((name) => rendered.has(name))).toEqual([]);
  });
});
