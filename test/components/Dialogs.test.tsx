/**
 * Issue 15, dialogs: every dialog names whose record it acts on, Create user asks before throwing
 * typed input away (like Edit roles), one × close control, disable asks first, and the texts say
 * what the button does ("Delete 2 users", "View roles…").
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { OrgListDialog } from '../../src/components/OrgList/OrgListDialog.js';
import { RoleEditorDialog } from '../../src/components/RoleEditor/RoleEditorDialog.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const setupUser = () => userEvent.setup({ delay: null });
const bodyRows = () => screen.getAllByRole('row').slice(1);

/** Opens the row menu of the first body row and returns its user's name and the menu's items. */
async function openFirstRowMenu(user: ReturnType<typeof setupUser>) {
  const button = within(bodyRows()[0]!).getByRole('button', { name: /^Actions for / });
  await user.click(button);
  return { button, name: button.getAttribute('aria-label')!.replace('Actions for ', ''), items: () => screen.getAllByRole('menuitem') };
}

describe('dialogs name whose record they act on', () => {
  it('Edit roles and Organizations from the table carry the row’s name, with no request for the user', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 5 }));
    const user = setupUser();
    renderWithRoster(<UserTable />, spy.adapter);
    await screen.findByText('5 users');
    const { name } = await openFirstRowMenu(user);
    await user.click(screen.getByRole('menuitem', { name: 'Organizations…' }));
    const orgs = await screen.findByRole('dialog', { name: `Organizations — ${name}` });
    await waitFor(() => expect(orgs.querySelector('[data-roster-part="org-list"]')).toHaveAttribute('data-state', 'ready'));
    // The table had the user: the name costs no request.
    expect(spy.count('getUser')).toBe(0);
    await user.click(within(orgs).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await openFirstRowMenu(user);
    await user.click(screen.getByRole('menuitem', { name: 'Edit roles…' }));
    expect(await screen.findByRole('dialog', { name: `Edit roles — ${name}` })).toBeInTheDocument();
  });

  it('standalone dialogs read the name when the host does not pass it', async () => {
    const memory = createMemoryAdapter({ userCount: 3 });
    const target = memory.snapshot().users[0]!;
    const user = setupUser();
    renderWithRoster(
      <>
        <RoleEditorDialog userId={target.id} trigger={<button type="button">Roles</button>} />
        <OrgListDialog userId={target.id} userName="Given Name" trigger={<button type="button">Orgs</button>} />
      </>,
      memory,
    );
    await user.click(screen.getByRole('button', { name: 'Roles' }));
    expect(await screen.findByRole('dialog', { name: `Edit roles — ${target.name}` })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Orgs' }));
    expect(await screen.findByRole('dialog', { name: 'Organizations — Given Name' })).toBeInTheDocument();
  });

  it('read-only roles say "View roles…" and the dialog does not claim to edit', async () => {
    const memory = createMemoryAdapter({ userCount: 3 });
    const adapter = { ...memory, setUserRoles: undefined, addUserRoles: undefined, removeUserRoles: undefined };
    const user = setupUser();
    renderWithRoster(<UserTable />, adapter);
    await screen.findByText('3 users');
    const { name } = await openFirstRowMenu(user);
    expect(screen.queryByRole('menuitem', { name: 'Edit roles…' })).toBeNull();
    await user.click(screen.getByRole('menuitem', { name: 'View roles…' }));
    expect(await screen.findByRole('dialog', { name: `Roles — ${name}` })).toBeInTheDocument();
  });
});

describe('row menu and confirmations', () => {
  it('a separator stands before Delete…', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 3 }));
    await screen.findByText('3 users');
    await openFirstRowMenu(user);
    const menu = screen.getByRole('menu');
    const separator = within(menu).getByRole('separator');
    expect(separator).toHaveAttribute('data-roster-part', 'user-table-menu-separator');
    expect(separator.nextElementSibling).toHaveTextContent('Delete…');
    // Arrows skip it: Up from the first item wraps to Delete…, whose previous item is not the separator.
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Delete…');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAttribute('role', 'menuitem');
  });

  it('disable asks first, naming the user; Cancel changes nothing, confirming shows the result', async () => {
    const memory = createMemoryAdapter({ userCount: 6 });
    const user = setupUser();
    renderWithRoster(<UserTable />, memory);
    await screen.findByText('6 users');
    const row = bodyRows().find((r) => /Active/.test(r.textContent ?? ''))!;
    const button = within(row).getByRole('button', { name: /^Actions for / });
    const name = button.getAttribute('aria-label')!.replace('Actions for ', '');
    const id = memory.snapshot().users.find((u) => u.name === name)!.id;
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Disable' }));
    const confirm = await screen.findByRole('alertdialog', { name: `Disable ${name}?` });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(memory.snapshot().users.find((u) => u.id === id)!.status).toBe('active');

    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Disable' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Disable user' }));
    const feedback = document.querySelector('[data-roster-part="user-table-feedback"]')!;
    await waitFor(() => expect(feedback).toHaveTextContent(`${name} is now disabled.`));
    expect(memory.snapshot().users.find((u) => u.id === id)!.status).toBe('disabled');
  });

  it('"Delete 2 users?" is confirmed with "Delete 2 users"', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 4 }));
    await screen.findByText('4 users');
    for (const row of bodyRows().slice(0, 2)) await user.click(within(row).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete 2 users?' });
    expect(within(confirm).getByRole('button', { name: 'Delete 2 users' })).toBeInTheDocument();
    expect(within(confirm).queryByRole('button', { name: 'Delete user' })).toBeNull();
  });
});

describe('Create user asks before discarding', () => {
  async function openCreate(user: ReturnType<typeof setupUser>) {
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    return screen.findByRole('dialog', { name: 'Create user' });
  }

  it('Escape, Cancel and the × ask when something was typed; Keep editing keeps it; Discard drops it', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 2 }));
    await screen.findByText('2 users');
    const dialog = await openCreate(user);
    await user.type(within(dialog).getByRole('textbox', { name: /Email/ }), 'zo@example.com');
    for (const leave of [() => user.keyboard('{Escape}'), () => user.click(within(dialog).getByRole('button', { name: 'Cancel' })), () => user.click(within(dialog).getByRole('button', { name: 'Close' }))]) {
      await leave();
      const confirm = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
      await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
      expect(within(screen.getByRole('dialog', { name: 'Create user' })).getByRole('textbox', { name: /Email/ })).toHaveValue('zo@example.com');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create user' })).toHaveFocus());
    const again = await openCreate(user);
    expect(within(again).getByRole('textbox', { name: /Email/ })).toHaveValue('');
  });

  it('closes at once when nothing was typed', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 2 }));
    await screen.findByText('2 users');
    const dialog = await openCreate(user);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
