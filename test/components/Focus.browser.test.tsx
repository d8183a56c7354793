/**
 * Issue 15, focus never drops: after "Try again" on an error banner and after deleting a user,
 * focus has a defined landing place; never <body>. And the discard confirmation dims the dialog
 * it stands over. Real Chromium, with the theme's CSS.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { OrgList } from '../../src/components/OrgList/OrgList.js';
import { RoleEditor } from '../../src/components/RoleEditor/RoleEditor.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import '../../src/theme/styles.css';

const root = (name: string) => document.querySelector<HTMLElement>(`[data-roster-part="${name}"]`)!;

describe('focus after "Try again"', () => {
  it.each([
    ['user-table', 'listUsers', () => <UserTable />],
    ['role-editor', 'listRoles', (id: string) => <RoleEditor userId={id} />],
    ['org-list', 'listUserMemberships', (id: string) => <OrgList userId={id} />],
  ] as const)('%s: goes to the component root, not <body>', async (part, method, element) => {
    const adapter = createMemoryAdapter({ userCount: 3 });
    const id = adapter.snapshot().users[0]!.id;
    adapter.faults.failNext(method as never, { code: 'server', status: 500 }, 1);
    render(<RosterProvider adapter={adapter} retry={false}>{element(id)}</RosterProvider>);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 5000 });
    expect(document.activeElement).toBe(root(part));
  });
});

describe('focus after deleting a user', () => {
  it('goes to the previous row’s menu button when the last row goes, and to the table when none is left', async () => {
    const adapter = createMemoryAdapter({ userCount: 2 });
    render(<RosterProvider adapter={adapter}><UserTable /></RosterProvider>);
    await screen.findByText('2 users', {}, { timeout: 5000 });
    const deleteRow = async (index: number) => {
      const rows = screen.getAllByRole('row').slice(1);
      await userEvent.click(within(rows[index]!).getByRole('button', { name: /^Actions for / }));
      await userEvent.click(screen.getByRole('menuitem', { name: 'Delete…' }));
      await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete user' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    };
    const first = within(screen.getAllByRole('row')[1]!).getByRole('button', { name: /^Actions for / });
    await deleteRow(1);
    await screen.findByText('1 user');
    expect(document.activeElement).toBe(first);
    await deleteRow(0);
    await screen.findByText('0 users');
    expect(document.activeElement).toBe(screen.getByRole('table', { name: 'Users' }));
  });
});

describe('a confirmation over a dialog', () => {
  // The overlay shares the dialogs' layer (dialog.css), so DOM order stacks a confirmation's
  // overlay over the dialog below it.
  it('dims the dialog it stands over: the overlay is on top where the dialog was', async () => {
    const adapter = createMemoryAdapter({ userCount: 2 });
    render(<RosterProvider adapter={adapter}><UserTable /></RosterProvider>);
    await screen.findByText('2 users', {}, { timeout: 5000 });
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Email/ }), 'a@b.co');
    await userEvent.keyboard('{Escape}');
    await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    // Radix turns pointer events off below the top dialog, which elementFromPoint honours: turned
    // back on here, the hit test says what paints on top, not what takes clicks.
    dialog.style.pointerEvents = 'auto';
    const box = dialog.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + 4, box.top + 4);
    expect(dialog.contains(hit)).toBe(false);
    expect(hit).toHaveAttribute('data-roster-part', 'user-table-dialog-overlay');
  });
});
