/**
 * Every visible or announced string comes from the messages object: with all messages replaced,
 * no English word of Roster's own is left anywhere, in any state the components can reach.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';
import { englishVocabulary, markerMessages, MARKER, strayEnglish } from './strayEnglish.js';

function dataText(adapter: MemoryAdapter): string[] {
  const { users, roles, organizations } = adapter.snapshot();
  return [
    ...users.flatMap((u) => [u.name ?? '', u.email ?? '', String(u.customAttributes.department ?? '')]),
    ...roles.flatMap((r) => [r.name, r.description ?? '', ...r.permissions]),
    ...organizations.flatMap((o) => [o.name, ...o.domains]),
  ];
}

function expectNoStrayEnglish(adapter: MemoryAdapter) {
  expect(strayEnglish(document.body, dataText(adapter))).toEqual([]);
}

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
    await userEvent.click(within(screen.getAllByRole('row')[1]!).getByRole('button', { name: MARKER }));
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
