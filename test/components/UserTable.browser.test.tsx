/**
 * Keyboard-only flows in real Chromium: every action reachable with Tab, Enter, Space, arrows and
 * Escape, and focus back where it came from after every dialog.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import '../../src/theme/styles.css';
import { tabTo } from '../helpers/tabTo.js';

function renderTable(adapter: MemoryAdapter = createMemoryAdapter({ latencyMs: 20 })) {
  render(
    <RosterProvider adapter={adapter}>
      <UserTable searchDebounceMs={50} />
    </RosterProvider>,
  );
  return adapter;
}


const bodyRows = () => screen.getAllByRole('row').slice(1);
const loaded = () => screen.findByText('500 users', {}, { timeout: 5000 });

describe('UserTable by keyboard alone', () => {
  it('sorts by a header and pages', async () => {
    renderTable();
    await loaded();
    const emailSort = () => screen.getByRole('button', { name: /Email/ });
    await tabTo(emailSort);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'ascending'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'descending'));

    await tabTo(() => screen.getByRole('button', { name: 'Next page' }));
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Page 2 of 20');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next page' }));
  });

  it('selects rows with Space and runs a bulk action', async () => {
    const adapter = renderTable();
    await loaded();
    const activeRows = bodyRows().filter((r) => /Active/.test(r.textContent ?? '')).slice(0, 2);
    for (const row of activeRows) {
      await tabTo(() => within(row).getByRole('checkbox'));
      await userEvent.keyboard(' ');
    }
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await tabTo(() => screen.getByRole('button', { name: 'Disable' }));
    await userEvent.keyboard('{Enter}');
    // Disabling asks first; Cancel has focus, the confirmation is one Tab away.
    const confirm = await screen.findByRole('alertdialog', { name: 'Disable 2 users?' });
    await tabTo(() => within(confirm).getByRole('button', { name: 'Disable 2 users' }), 3);
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Done for 2 users.');
    expect(adapter.snapshot().users.filter((u) => u.status === 'disabled').length).toBeGreaterThanOrEqual(2);
  });

  it('opens a row’s actions, cancels a delete with focus back on the menu button, then deletes', async () => {
    const adapter = renderTable();
    await loaded();
    const menuButton = within(bodyRows()[0]!).getByRole('button', { name: /^Actions for / });
    const nextMenuButton = within(bodyRows()[1]!).getByRole('button', { name: /^Actions for / });
    const name = menuButton.getAttribute('aria-label')!.replace('Actions for ', '');
    await tabTo(() => menuButton);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toHaveAttribute('role', 'menuitem');
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Delete…');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: `Delete ${name}?` });
    // The safe choice has focus first.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(menuButton);

    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveTextContent('Delete…');
    await userEvent.keyboard('{Enter}');
    const again = await screen.findByRole('alertdialog');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(within(again).getByRole('button', { name: 'Delete user' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await screen.findByText('499 users');
    // The row is gone; focus lands on the next row's menu button, not on <body> or the scroller.
    expect(document.activeElement).toBe(nextMenuButton);
    expect(adapter.snapshot().users.some((u) => u.name === name && u.id === menuButton.id)).toBe(false);
  });

  it('edits a user’s roles from the table: menu, RoleEditor, Space, Save, focus back on the row’s menu button', async () => {
    const adapter = renderTable();
    await loaded();
    const row = bodyRows()[0]!;
    const menuButton = within(row).getByRole('button', { name: /^Actions for / });
    const userId = adapter.snapshot().users.find((u) => menuButton.getAttribute('aria-label')!.endsWith(u.name!))!.id;
    const before = adapter.snapshot().users.find((u) => u.id === userId)!.roleIds;
    await tabTo(() => menuButton);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toHaveTextContent('Edit roles…');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: /^Edit roles — / });
    const target = before.includes('auditor') ? /^Billing manager/ : /^Auditor/;
    await within(dialog).findByRole('checkbox', { name: target }, { timeout: 5000 });
    await tabTo(() => within(dialog).getByRole('checkbox', { name: target }));
    await userEvent.keyboard(' ');
    await tabTo(() => within(dialog).getByRole('button', { name: 'Save changes' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    await waitFor(() => expect(document.activeElement).toBe(menuButton));
    const after = adapter.snapshot().users.find((u) => u.id === userId)!.roleIds;
    expect(after).toEqual([...before, before.includes('auditor') ? 'billing' : 'auditor']);
    // The row shows the new role without a reload.
    await waitFor(() => expect(within(row).getByText(before.includes('auditor') ? 'Billing manager' : 'Auditor')).toBeInTheDocument());
  });

  it('creates a user from the keyboard, with focus back on Create user', async () => {
    const adapter = renderTable();
    await loaded();
    const create = screen.getByRole('button', { name: 'Create user' });
    await tabTo(() => create);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await tabTo(() => within(dialog).getByRole('textbox', { name: /Email/ }));
    await userEvent.keyboard('keyboard.person@example.com');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Keyboard Person');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(create);
    expect(adapter.snapshot().users.some((u) => u.email === 'keyboard.person@example.com' && u.name === 'Keyboard Person')).toBe(true);
  });
});
