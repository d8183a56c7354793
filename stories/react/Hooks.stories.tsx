/**
 * The headless hooks on live data from the memory directory, drawn with plain elements: what a
 * host gets before any styled component is involved.
 */
import { useState } from 'react';
import { expect, waitFor, within, userEvent } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createMemoryAdapter } from 'react-roster/memory';
import { type User, useRoles, useUserRoles, useUsers } from 'react-roster';

function RoleToggles({ user }: { user: User }) {
  const roles = useRoles();
  const held = useUserRoles(user.id);
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset aria-busy={held.isPending}>
      <legend>Roles of {user.name ?? user.email}</legend>
      {roles.data?.map((role) => {
        const checked = held.data?.includes(role.id) ?? false;
        return (
          <label key={role.id} style={{ marginInlineEnd: 12 }}>
            <input
              type="checkbox"
              checked={checked}
              disabled={!held.addUserRoles}
              onChange={() => {
                setError(null);
                (checked ? held.removeUserRoles : held.addUserRoles)?.([role.id]).catch((e: Error) => setError(e.message));
              }}
            />{' '}
            {role.name}
          </label>
        );
      })}
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}

function UsersWithHooks() {
  const [search, setSearch] = useState('');
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<User | null>(null);
  const users = useUsers({ search, sort: { field: 'name', direction: 'asc' }, page: { size: 10, index } });
  const pageCount = users.data?.total != null ? Math.ceil(users.data.total / 10) : null;
  return (
    <section aria-labelledby="hooks-title" style={{ fontFamily: 'system-ui, sans-serif' }}>
      <h2 id="hooks-title">Users, from the hooks alone</h2>
      <label>
        Search users{' '}
        <input type="search" value={search} onChange={(e) => (setSearch(e.target.value), setIndex(0))} />
      </label>
      <p aria-live="polite">
        {users.isLoading ? 'Loading…' : users.error ? users.error.message : `${users.data?.total ?? '?'} users${users.isPreviousData ? ' (updating…)' : ''}`}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Status</th>
            <th scope="col">Roles</th>
          </tr>
        </thead>
        <tbody>
          {users.data?.items.map((u) => (
            <tr key={u.id}>
              <td>
                <button type="button" onClick={() => setSelected(u)}>
                  {u.name ?? u.email}
                </button>
              </td>
              <td>{u.email}</td>
              <td>{u.status}</td>
              <td>{u.roleIds.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages">
        <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          Previous page
        </button>{' '}
        <span>
          Page {index + 1}
          {pageCount !== null && ` of ${pageCount}`}
        </span>{' '}
        <button type="button" disabled={!users.data?.nextCursor} onClick={() => setIndex(index + 1)}>
          Next page
        </button>
      </nav>
      {selected && <RoleToggles key={selected.id} user={selected} />}
    </section>
  );
}

const meta = preview.meta({
  title: 'Hooks/useUsers and useUserRoles',
  component: UsersWithHooks,
});

export const LiveDirectory = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), { timeout: 5000 });
    await userEvent.type(canvas.getByLabelText('Search users'), 'okafor');
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(1), { timeout: 5000 });
    await waitFor(() => expect(canvas.getAllByRole('row').slice(1).every((row) => /okafor/i.test(row.textContent ?? ''))).toBe(true), { timeout: 5000 });
  },
});

export const FailingRoleChangeRollsBack = meta.story({
  parameters: {
    roster: {
      adapter: () => createMemoryAdapter({ latencyMs: 80, faults: [{ operation: ['addUserRoles', 'removeUserRoles'], error: { code: 'server', status: 500 } }] }),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(1), { timeout: 5000 });
    await userEvent.click(within(canvas.getAllByRole('row')[1]!).getByRole('button'));
    const boxes = await canvas.findAllByRole('checkbox', {}, { timeout: 5000 });
    const before = boxes.map((b) => (b as HTMLInputElement).checked);
    await userEvent.click(boxes[0]!);
    await canvas.findByRole('alert', {}, { timeout: 5000 });
    await waitFor(() => expect(canvas.getAllByRole('checkbox').map((b) => (b as HTMLInputElement).checked)).toEqual(before));
  },
});
