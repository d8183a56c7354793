/**
 * Every visible or announced string comes from the messages object: with all messages replaced,
 * no English word of Roster's own is left anywhere, in any state the components can reach.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';
import { dataText, englishVocabulary, expectNoStrayEnglish, markerMessages, MARKER, strayEnglish } from './strayEnglish.js';

describe('no stray English', () => {
  it('the probe itself finds English when the messages are the defaults', async () => {
    const adapter = createMemoryAdapter({ userCount: 30 });
    renderWithRoster(<UserTable />, adapter);
    await screen.findByText('30 users');
    expect(englishVocabulary().has('search')).toBe(true);
    expect(strayEnglish(document.body, dataText(adapter)).length).toBeGreaterThan(5);
  });

  it('UserTable: table, toolbar, columns chooser, bulk bar, row menu and both dialogs', async () => {
    const adapter = createMemoryAdapter({ userCount: 30 });
    renderWithRoster(<UserTable />, adapter, { messages: markerMessages() });
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(5));
    expectNoStrayEnglish(adapter);

    const buttons = () => screen.getAllByRole('button');
    // Columns chooser, a selection with its bulk bar, a row menu.
    const columnsButton = buttons().find((b) => b.getAttribute('aria-controls')?.endsWith('-columns'))!;
    await userEvent.click(columnsButton);
    await userEvent.click(within(screen.getAllByRole('row')[1]!).getByRole('checkbox'));
    expectNoStrayEnglish(adapter);
    // The row's menu button; the name's button (it opens the details) carries the marker too.
    const menuButton = within(screen.getAllByRole('row')[1]!).getAllByRole('button', { name: MARKER }).find((b) => b.getAttribute('aria-haspopup') === 'menu');
    await userEvent.click(menuButton!);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    expectNoStrayEnglish(adapter);
    // The last item of the menu is Delete: it opens the confirmation.
    const items = screen.getAllByRole('menuitem');
    await userEvent.click(items[items.length - 1]!);
    await screen.findByRole('alertdialog');
    expectNoStrayEnglish(adapter);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('UserTable: create dialog with validation errors, empty and error states', async () => {
    const adapter = createMemoryAdapter({ userCount: 0 });
    adapter.faults.failNext('listRoles', { code: 'rate_limited', status: 429, retryAfterMs: 3000 });
    renderWithRoster(<UserTable />, adapter, { messages: markerMessages(), retry: false });
    await waitFor(() => expect(document.querySelector('[data-roster-part="user-table-empty"]')).not.toBeNull());
    expectNoStrayEnglish(adapter);
    const create = screen.getAllByRole('button').find((b) => b.getAttribute('data-variant') === 'primary')!;
    await userEvent.click(create);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getAllByRole('button').find((b) => b.getAttribute('type') === 'submit')!);
    expect(within(dialog).getAllByRole('textbox')[0]).toHaveAttribute('aria-invalid', 'true');
    expectNoStrayEnglish(adapter);

    adapter.faults.failNext('listUsers', { code: 'server', status: 500 });
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getAllByRole('button').find((b) => b.getAttribute('data-roster-part') === 'user-table-sort-button')!);
    await screen.findByRole('alert');
    expectNoStrayEnglish(adapter);
  });
});

describe('no stray English in RoleEditor and OrgList', () => {
  it('RoleEditor: roles, search, staged diff, save failure', async () => {
    const { RoleEditor } = await import('../../src/components/RoleEditor/RoleEditor.js');
    const adapter = createMemoryAdapter({ userCount: 30 });
    const user = adapter.snapshot().users.find((u) => u.roleIds.length === 1)!;
    renderWithRoster(<RoleEditor userId={user.id} />, adapter, { messages: markerMessages() });
    const boxes = await screen.findAllByRole('checkbox', {}, { timeout: 3000 });
    expectNoStrayEnglish(adapter);
    await userEvent.click(boxes.find((b) => !(b as HTMLInputElement).checked)!);
    expectNoStrayEnglish(adapter);
    adapter.faults.failNext('addUserRoles', 'server');
    const save = screen.getAllByRole('button').find((b) => b.getAttribute('data-variant') === 'primary')!;
    await userEvent.click(save);
    await screen.findByRole('alert');
    expectNoStrayEnglish(adapter);
    await userEvent.type(screen.getByRole('searchbox'), 'zzz-nothing');
    expectNoStrayEnglish(adapter);
  });

  it('OrgList: memberships, remove confirmation, add picker', async () => {
    const { OrgList } = await import('../../src/components/OrgList/OrgList.js');
    const adapter = createMemoryAdapter({ userCount: 30 });
    const user = adapter.snapshot().users.find((u) => (u.memberships?.length ?? 0) > 1)!;
    renderWithRoster(<OrgList userId={user.id} />, adapter, { messages: markerMessages() });
    await waitFor(() => expect(document.querySelector('[data-roster-part="org-list-item"]')).not.toBeNull());
    expectNoStrayEnglish(adapter);
    const item = document.querySelector<HTMLElement>('[data-roster-part="org-list-item"]')!;
    await userEvent.click(item.querySelector<HTMLElement>('[data-roster-part="org-list-remove-button"]')!);
    await screen.findByRole('alertdialog');
    expectNoStrayEnglish(adapter);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await userEvent.click(document.querySelector<HTMLElement>('[data-roster-part="org-list-add-button"]')!);
    await waitFor(() => expect(document.querySelector('[data-roster-part="org-list-picker-option"]')).not.toBeNull());
    expectNoStrayEnglish(adapter);
  });
});

describe('no stray English in RoleManager', () => {
  it('RoleManager: roles, each dialog, the organization and permission tabs', async () => {
    const { RoleManager } = await import('../../src/components/RoleManager/RoleManager.js');
    const adapter = createMemoryAdapter({ userCount: 30 });
    renderWithRoster(<RoleManager />, adapter, { messages: markerMessages() });
    await waitFor(() => expect(document.querySelector('[data-roster-part="role-manager-user-count"]')).not.toBeNull());
    expectNoStrayEnglish(adapter);
    const first = () => document.querySelector<HTMLElement>('[data-roster-part="role-manager-role"]')!;
    for (const button of ['edit-button', 'permissions-button', 'delete-button']) {
      await userEvent.click(first().querySelector<HTMLElement>(`[data-roster-part="role-manager-${button}"]`)!);
      await waitFor(() => expect(document.querySelector('[role="dialog"], [role="alertdialog"]')).not.toBeNull());
      if (button === 'permissions-button') await userEvent.click(screen.getAllByRole('checkbox')[0]!);
      if (button === 'delete-button') await waitFor(() => expect(document.querySelector('[data-roster-part="role-manager-holder"]')).not.toBeNull());
      expectNoStrayEnglish(adapter);
      await userEvent.keyboard('{Escape}');
      // The permissions dialog asks before dropping the staged change.
      if (button === 'permissions-button') await userEvent.click(await screen.findByRole('alertdialog').then((d) => within(d).getAllByRole('button')[1]!));
      await waitFor(() => expect(document.querySelector('[role="dialog"], [role="alertdialog"]')).toBeNull());
    }
    await userEvent.click(document.querySelector<HTMLElement>('[data-roster-part="role-manager-create-button"]')!);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getAllByRole('button').find((b) => b.getAttribute('type') === 'submit')!);
    expectNoStrayEnglish(adapter);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [, organizationTab, permissionsTab] = screen.getAllByRole('tab');
    await userEvent.click(organizationTab!);
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
    expectNoStrayEnglish(adapter);
    await userEvent.click(permissionsTab!);
    await waitFor(() => expect(document.querySelector('[data-roster-part="role-manager-granted-by"]')).not.toBeNull());
    expectNoStrayEnglish(adapter);
  });
});

describe('no stray English in OrganizationManager', () => {
  it('OrganizationManager: list, each dialog with its errors, the members view', async () => {
    const { OrganizationManager } = await import('../../src/components/OrganizationManager/OrganizationManager.js');
    const adapter = createMemoryAdapter({ userCount: 30, organizationCount: 30 });
    adapter.faults.failNext('deleteOrganization', 'server');
    renderWithRoster(<OrganizationManager pageSize={10} searchDebounceMs={0} />, adapter, { messages: markerMessages() });
    await waitFor(() => expect(document.querySelector('[data-roster-part="organization-manager-member-count"]')).not.toBeNull());
    expectNoStrayEnglish(adapter);
    const button = (part: string) => document.querySelector<HTMLElement>(`[data-roster-part="organization-manager-${part}"]`)!;
    // Create, sent empty and with a bad domain: both field errors.
    await userEvent.click(button('create-button'));
    const create = await screen.findByRole('dialog');
    await userEvent.type(within(create).getAllByRole('textbox')[1]!, 'qqq_zzz');
    await userEvent.click(within(create).getAllByRole('button').find((b) => b.getAttribute('type') === 'submit')!);
    expectNoStrayEnglish(adapter);
    await userEvent.keyboard('{Escape}');
    await screen.findByRole('alertdialog');
    expectNoStrayEnglish(adapter);
    await userEvent.click(within(screen.getByRole('alertdialog')).getAllByRole('button')[1]!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Edit, and the typed delete with its failure.
    await userEvent.click(button('edit-button'));
    await screen.findByRole('dialog');
    expectNoStrayEnglish(adapter);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const name = button('name').textContent!;
    await userEvent.click(button('delete-button'));
    const confirm = await screen.findByRole('alertdialog');
    await userEvent.type(within(confirm).getByRole('textbox'), `${name}{Enter}`);
    await within(confirm).findByRole('alert');
    expectNoStrayEnglish(adapter);
    await userEvent.click(within(confirm).getAllByRole('button')[0]!);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    // Paging, no match, and the members view.
    expect(button('pagination')).not.toBeNull();
    await userEvent.type(screen.getByRole('searchbox'), 'zzz-nothing');
    await waitFor(() => expect(button('no-match')).not.toBeNull());
    expectNoStrayEnglish(adapter);
    await userEvent.clear(screen.getByRole('searchbox'));
    await waitFor(() => expect(button('members-button')).not.toBeNull());
    await userEvent.click(button('members-button'));
    await waitFor(() => expect(document.querySelector('[data-roster-part="user-table-row"]')).not.toBeNull());
    expectNoStrayEnglish(adapter);
  });
});
