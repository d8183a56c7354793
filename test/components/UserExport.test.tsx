/**
 * UserExport on the memory directory: the file it hands over (read back with papaparse), the
 * dialog through every state — exporting, done, cancelled, failed — with focus kept inside it,
 * and one export however often the button is pressed.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserExport, type UserExportProps } from '../../src/components/UserExport/index.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

async function rowsOf(file: Blob): Promise<string[][]> {
  const rows = Papa.parse<string[]>(new TextDecoder().decode(await file.arrayBuffer())).data;
  return rows[rows.length - 1]?.join('') === '' ? rows.slice(0, -1) : rows;
}

function setup(memory: MemoryAdapter, props: Partial<UserExportProps> = {}) {
  const spy = spyOnAdapter(memory);
  const onExported = vi.fn<(file: File) => void>();
  renderWithRoster(<UserExport onExported={onExported} {...props} />, spy.adapter, { retry: false });
  return { spy, onExported, user: userEvent.setup() };
}

const exportButton = () => screen.getByRole('button', { name: 'Export CSV' });

describe('UserExport', () => {
  it('exports the query across pages to a CSV file: id first, columns headed, cells as text', async () => {
    const base = createMemoryAdapter({ userCount: 1200, seed: 4 }).snapshot();
    base.users[0] = { ...base.users[0]!, name: '=HYPERLINK("http://evil.example")', roleIds: [base.roles[0]!.id, 'gone-role'] };
    const memory = createMemoryAdapter({ directory: base });
    const { onExported, user, spy } = setup(memory, { query: { sort: { field: 'email', direction: 'asc' } }, columns: ['name', 'email', 'status', 'roles', 'organizations', 'createdAt'] });
    await user.click(exportButton());
    const dialog = await screen.findByRole('dialog', { name: 'Export users' });
    await within(dialog).findByText(/^Exported 1,200 users to users-\d{4}-\d{2}-\d{2}\.csv\.$/);
    expect(onExported).toHaveBeenCalledTimes(1);
    const file = onExported.mock.calls[0]![0];
    expect(file.name).toMatch(/^users-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = await rowsOf(file);
    expect(rows[0]).toEqual(['ID', 'Name', 'Email', 'Status', 'Roles', 'Organizations', 'Created']);
    expect(rows).toHaveLength(1201);
    const byEmail = [...base.users].sort((a, b) => (a.email ?? '').localeCompare(b.email ?? '', 'en', { sensitivity: 'base', numeric: true }) || (a.id < b.id ? -1 : 1));
    expect(rows.slice(1).map((r) => r[0])).toEqual(byEmail.map((u) => u.id));
    const hostile = rows.find((r) => r[0] === base.users[0]!.id)!;
    expect(hostile[1]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(hostile[3]).toBe({ active: 'Active', invited: 'Invited', disabled: 'Disabled' }[base.users[0]!.status]);
    expect(hostile[4]).toBe(`${base.roles[0]!.name}; gone-role`);
    expect(hostile[5]).toBe((base.users[0]!.memberships ?? []).map((m) => m.organization.name).join('; '));
    expect(hostile[6]).toBe(base.users[0]!.createdAt);
    // Pages of 1000 (the directory's largest).
    expect(spy.count('listUsers')).toBe(2);
    const bar = within(dialog).getByRole('progressbar', { name: 'Export progress' });
    expect(bar).toHaveAttribute('value', '1200');
    expect(bar).toHaveAttribute('max', '1200');
    expect(bar).toHaveAccessibleDescription('1,200 of 1,200 users read');
  });

  it('shows progress while it reads; Cancel stops it, keeps focus on the button that is now Done, and saves nothing', async () => {
    const memory = createMemoryAdapter({ userCount: 2500 });
    const { onExported, user, spy } = setup(memory);
    spy.hold('listUsers');
    await user.click(exportButton());
    const dialog = await screen.findByRole('dialog', { name: 'Export users' });
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held.shift()!.release();
    await waitFor(() => expect(spy.held).toHaveLength(1));
    expect(within(dialog).getByText('1,000 of 2,500 users read')).toBeInTheDocument();
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('value', '1000');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    cancel.focus();
    await user.keyboard('{Enter}');
    await within(dialog).findByText('Export cancelled. No file was saved.');
    expect(spy.held[0]!.signal?.aborted).toBe(true);
    expect(cancel).toHaveFocus();
    expect(cancel).toHaveTextContent('Done');
    expect(onExported).not.toHaveBeenCalled();
    expect(spy.count('listUsers')).toBe(2);

    // Export again from the cancelled dialog; focus moves to the button that stays.
    spy.held.length = 0;
    await user.click(within(dialog).getByRole('button', { name: 'Export again' }));
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held.shift()!.release();
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held.shift()!.release();
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held.shift()!.release();
    await within(dialog).findByText(/^Exported 2,500 users/);
    expect(onExported).toHaveBeenCalledTimes(1);
  });

  it('closing the dialog while it exports cancels it and returns focus to Export CSV', async () => {
    const memory = createMemoryAdapter({ userCount: 50 });
    const { onExported, user, spy } = setup(memory);
    spy.hold('listUsers');
    await user.click(exportButton());
    await screen.findByRole('dialog');
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(spy.held[0]!.signal?.aborted).toBe(true);
    await waitFor(() => expect(exportButton()).toHaveFocus());
    spy.held[0]!.release();
    expect(onExported).not.toHaveBeenCalled();
  });

  it('exports once however often the button is pressed', async () => {
    const memory = createMemoryAdapter({ userCount: 30 });
    const { onExported, user, spy } = setup(memory);
    spy.hold('listUsers');
    const button = exportButton();
    // The second click lands outside the dialog the first one opened: that must not cancel it.
    await user.dblClick(button);
    button.click();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held.shift()!.release();
    await screen.findByText(/^Exported 30 users/);
    expect(onExported).toHaveBeenCalledTimes(1);
    expect(spy.count('listUsers')).toBe(1);
  });

  it('a failure shows the shared error with Try again, which exports again with focus kept in the dialog', async () => {
    const memory = createMemoryAdapter({ userCount: 30 });
    memory.faults.failNext('listUsers', { code: 'forbidden', status: 403 });
    const { onExported, user } = setup(memory);
    await user.click(exportButton());
    const dialog = await screen.findByRole('dialog');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('You do not have permission to do this.');
    expect(within(dialog).getByRole('status')).toHaveTextContent('The export stopped.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(dialog).findByText(/^Exported 30 users/);
    expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
    expect(onExported).toHaveBeenCalledTimes(1);
  });

  it('exports one organization’s members with the roles they hold there', async () => {
    const base = createMemoryAdapter({ userCount: 120, organizationCount: 3 }).snapshot();
    const organization = base.organizations[0]!;
    const members = base.users.filter((u) => u.memberships?.some((m) => m.organization.id === organization.id));
    const memory = createMemoryAdapter({ directory: base });
    const { onExported, user } = setup(memory, { organizationId: organization.id, columns: ['email', 'roles'] });
    await user.click(exportButton());
    await screen.findByText(/^Exported/);
    const rows = await rowsOf(onExported.mock.calls[0]![0]);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(members.map((u) => u.id).sort());
    const roleNames = new Map(memory.snapshot().roles.map((r) => [r.id, r.name]));
    for (const row of rows.slice(1)) {
      const held = members.find((u) => u.id === row[0])!.memberships!.find((m) => m.organization.id === organization.id)!.roleIds;
      expect(row[2]).toBe(held.map((id) => roleNames.get(id) ?? id).join('; '));
    }
  });
});
