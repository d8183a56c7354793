/**
 * Replacing pieces without forking: a custom cell and column, custom row actions, custom empty
 * and error states, and a custom avatar.
 */
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createMemoryAdapter } from 'react-roster/memory';
import { createUserColumnHelper, UserTable, type UserTableProps, type User } from 'react-roster';

const h = createUserColumnHelper();

const departmentColumn = h.accessor((u) => (u.customAttributes.department as string | undefined) ?? null, {
  id: 'department',
  header: 'Department',
  cell: ({ getValue }) => {
    const value = getValue();
    return value ? <span style={{ fontWeight: 600, color: '#1f4e8c' }}>{value}</span> : <span aria-label="No department">·</span>;
  },
});

function GradientAvatar(user: User) {
  const hue = [...user.id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 360;
  return <span aria-hidden="true" data-testid="custom-avatar" style={{ display: 'inline-block', width: 28, height: 28, borderRadius: 8, background: `linear-gradient(135deg, hsl(${hue} 70% 45%), hsl(${(hue + 60) % 360} 70% 35%))` }} />;
}

function WithOverrides(props: UserTableProps) {
  const [resetFor, setResetFor] = useState<string | null>(null);
  return (
    <div>
      <UserTable
        columns={['select', 'name', 'email', departmentColumn, 'status', 'actions']}
        renderAvatar={GradientAvatar}
        rowActions={(user) => [{ id: 'reset', label: 'Send password reset', onSelect: () => setResetFor(user.email) }]}
        defaultQuery={{ pageSize: 10 }}
        {...props}
      />
      <p role="status">{resetFor && `Password reset sent to ${resetFor}.`}</p>
    </div>
  );
}

const meta = preview.meta({
  title: 'Customization/Render overrides',
  component: WithOverrides,
});

export const CustomCellsActionsAndAvatar = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), { timeout: 8000 });
    expect(canvas.getByRole('columnheader', { name: 'Department' })).toBeInTheDocument();
    expect(canvas.getAllByTestId('custom-avatar')).toHaveLength(10);
    await userEvent.click(canvas.getAllByRole('button', { name: /^Actions for/ })[0]!);
    await userEvent.click(canvas.getByRole('menuitem', { name: 'Send password reset' }));
    await canvas.findByText(/Password reset sent to .+@.+\./);
  },
});

export const CustomEmptyState = meta.story({
  args: {
    renderEmpty: ({ isFiltered, clearFilters }) => (
      <div style={{ padding: 24 }}>
        <strong>{isFiltered ? 'Nobody matches.' : 'Your team is empty.'}</strong>{' '}
        {isFiltered ? (
          <button type="button" onClick={clearFilters}>
            Show everyone
          </button>
        ) : (
          <a href="#invite">Invite your first teammate</a>
        )}
      </div>
    ),
  },
  parameters: { roster: { adapter: () => createMemoryAdapter({ userCount: 0, latencyMs: 30 }) } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Your team is empty.', {}, { timeout: 8000 });
  },
});

export const CustomErrorState = meta.story({
  args: {
    renderError: (error, retry) => (
      <div role="alert" style={{ border: '2px dashed #a61b1b', padding: 12, color: '#7a1010' }}>
        Directory unavailable ({error.code}).{' '}
        <button type="button" onClick={retry}>
          Reload users
        </button>
      </div>
    ),
  },
  parameters: {
    roster: {
      adapter: () => createMemoryAdapter({ latencyMs: 30, faults: [{ operation: 'listUsers', error: { code: 'server', status: 502 }, times: 1 }] }),
      provider: { retry: false },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Directory unavailable (server).');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload users' }));
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), { timeout: 8000 });
  },
});
