/**
 * UserTable on the memory directory, with its latency and fault injection showing every state an
 * admin can meet. Each story runs in Chromium under the storybook test project with an axe check;
 * the play functions are the component tests.
 */
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { withBrandTheme } from '../support/brandTheme.js';
import { createMemoryAdapter } from 'react-roster/memory';
import { createUserColumnHelper, UserTable } from 'react-roster';

const meta = preview.meta({
  title: 'Components/UserTable',
  component: UserTable,
  // Callbacks show in the Actions panel.
  args: { onUserCreated: fn(), onQueryChange: fn() },
});

const LOAD = { timeout: 8000 };

export const Default = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), LOAD);
    expect(canvas.getAllByRole('row')).toHaveLength(26);
    expect(canvas.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  },
});

export const Loading = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ latencyMs: 600_000 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(canvas.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(canvas.getAllByText('Loading…').length).toBeGreaterThan(0);
  },
});

export const Empty = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ userCount: 0, latencyMs: 50 }) } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No users yet.', {}, LOAD);
  },
});

export const ErrorThenRetry = meta.story({
  parameters: {
    roster: {
      adapter: () => createMemoryAdapter({ latencyMs: 50, faults: [{ operation: 'listUsers', error: { code: 'server', status: 503 }, times: 1 }] }),
      provider: { retry: false },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent('The identity provider had a problem handling the request.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), LOAD);
    expect(canvas.queryByRole('alert')).toBeNull();
  },
});

export const RateLimited = meta.story({
  parameters: {
    roster: {
      adapter: () => createMemoryAdapter({ latencyMs: 50, faults: [{ operation: 'listUsers', error: { code: 'rate_limited', status: 429, retryAfterMs: 4000 }, times: 1 }] }),
    },
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent(/Too many requests right now\. Try again in \d seconds?\./);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeDisabled();
  },
});

export const SlowNetwork = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ latencyMs: { min: 1200, max: 2500 } }) } },
});

export const TenThousandUsers = meta.story({
  args: { defaultQuery: { pageSize: 250 } },
  parameters: { roster: { adapter: () => createMemoryAdapter({ userCount: 10_000, latencyMs: 80 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('10,000 users')).toBeInTheDocument(), LOAD);
    // 250 rows on the page, but only those in view (plus overscan) are in the DOM.
    const rendered = canvasElement.querySelectorAll('[data-roster-part="user-table-row"]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    expect(canvas.getByRole('table')).toHaveAttribute('aria-rowcount', '251');
  },
});

export const Dark = meta.story({
  args: { theme: 'dark' },
  // The frame around the story dark too, so the table sits on its own background with room around it.
  globals: { rosterTheme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('500 users')).toBeInTheDocument(), LOAD);
  },
});

/** At `width`, the row menu and the selection column stay on screen; the middle columns scroll under them. */
const rowReachableAt = (width: number) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  expect(window.innerWidth).toBe(width);
  const canvas = within(canvasElement);
  await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), LOAD);
  const row = canvas.getAllByRole('row')[1]!;
  for (const control of [within(row).getByRole('checkbox'), within(row).getByRole('button', { name: /^Actions for/ })]) {
    const box = control.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(window.innerWidth);
  }
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
};

export const Phone = meta.story({
  name: 'Phone (390 px)',
  globals: { viewport: { value: 'phone390', isRotated: false } },
  play: rowReachableAt(390),
});

export const Zoomed = meta.story({
  name: '1280 px at 200 % zoom (640 px)',
  globals: { viewport: { value: 'zoom640', isRotated: false } },
  play: rowReachableAt(640),
});

export const BrandTheme = meta.story({
  decorators: [withBrandTheme],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('500 users')).toBeInTheDocument(), LOAD);
  },
});

export const Unstyled = meta.story({
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('500 users')).toBeInTheDocument(), LOAD);
    expect(canvasElement.querySelector('[class*="roster-"]')).toBeNull();
    expect(canvasElement.querySelector('[data-roster-part="user-table-row"]')).not.toBeNull();
  },
});

const h = createUserColumnHelper();
export const CustomColumns = meta.story({
  args: {
    columns: [
      'select',
      'name',
      h.accessor((u) => u.phone ?? null, { id: 'phone', header: 'Phone', cell: ({ getValue }) => getValue() ?? '—' }),
      h.accessor((u) => (u.customAttributes.department as string | undefined) ?? null, { id: 'department', header: 'Department', cell: ({ getValue }) => getValue() ?? '—' }),
      'organizations',
      'createdAt',
      'actions',
    ],
    defaultHiddenColumns: ['createdAt'],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), LOAD);
    expect(canvas.getByRole('columnheader', { name: 'Department' })).toBeInTheDocument();
    expect(canvas.queryByRole('columnheader', { name: /Created/ })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Columns' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Show Created' }));
    expect(canvas.getByRole('columnheader', { name: /Created/ })).toBeInTheDocument();
  },
});

export const ReadOnly = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ readOnly: true, latencyMs: 50 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), LOAD);
    expect(canvas.queryByRole('button', { name: 'Create user' })).toBeNull();
    expect(canvas.queryByRole('checkbox')).toBeNull();
    // Roles and organizations can still be viewed; nothing in the menu changes anything.
    await userEvent.click(canvas.getAllByRole('button', { name: /^Actions for/ })[0]!);
    expect(canvas.getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['View roles…', 'Organizations…', 'View details…']);
    await userEvent.keyboard('{Escape}');
  },
});

export const HostileData = meta.story({
  parameters: {
    roster: {
      adapter: () => {
        const base = createMemoryAdapter({ userCount: 3 }).snapshot();
        base.users[0] = { ...base.users[0]!, name: '<img src=x onerror="alert(1)">', email: 'evil@example.com', picture: 'javascript:alert(1)' };
        base.users[1] = { ...base.users[1]!, name: '\u202Eevil.exe\u202C and a very long name that goes on and on and on beyond any column width', picture: 'http://insecure.example/p.png' };
        base.users[2] = { ...base.users[2]!, name: null, email: null, roleIds: ['no-such-role'] };
        return createMemoryAdapter({ directory: base, latencyMs: 30 });
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('<img src=x onerror="alert(1)">', {}, LOAD);
    expect(canvasElement.querySelector('img')).toBeNull();
    // A role id the directory does not know is named as such; the raw id is only in a title.
    expect((await canvas.findByText('Unknown role', {}, LOAD)).closest('[title]')).toHaveAttribute('title', 'no-such-role');
  },
});
