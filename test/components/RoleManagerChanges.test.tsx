import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { RoleManager } from '../../src/components/RoleManager/index.js';
import { directory } from '../../stories/components/roleFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

function setup(options: MemoryAdapterOptions = {}) {
  const memory = createMemoryAdapter({ directory, ...options });
  const spy = spyOnAdapter(memory);
  renderWithRoster(<RoleManager />, spy.adapter, { retry: false });
  return { memory, spy, user: userEvent.setup({ delay: null }) };
}

const rowOf = async (name: string) => (await screen.findByText(name, { selector: '[data-roster-part="role-manager-role-name"]' })).closest('li')!;
const stored = (memory: MemoryAdapter, id: string) => memory.snapshot().roles.find((r) => r.id === id);
const holders = (memory: MemoryAdapter, roleId: string) =>
  memory.snapshot().users.filter((u) => u.roleIds.includes(roleId) || u.memberships?.some((m) => m.roleIds.includes(roleId)));

describe('RoleManager: permissions of a role', () => {
  it('stages grants and revocations as a diff and saves the whole set once', async () => {
    const { memory, spy, user } = setup();
    await user.click(within(await rowOf('Viewer')).getByRole('button', { name: 'Change the permissions of Viewer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Permissions of Viewer' });
    const group = within(dialog).getByRole('group', { name: 'Permissions of Viewer' });
    expect(within(group).getByRole('checkbox', { name: 'users:read' })).toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'users:read' }));
    await user.click(within(group).getByRole('checkbox', { name: /^audit:read/ }));
    await user.click(within(group).getByRole('checkbox', { name: /^reports:export/ }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Unsaved: +2 granted, −1 revoked.');
    expect(within(group).getByRole('checkbox', { name: 'users:read (will be revoked)' })).not.toBeChecked();
    expect(stored(memory, 'viewer')!.permissions).toEqual(['users:read', 'projects:read']);

    const save = within(dialog).getByRole('button', { name: 'Save permissions' });
    await user.dblClick(save);
    await screen.findByText('Saved the permissions of Viewer.');
    expect(spy.calls.filter((c) => c.method === 'updateRole').map((c) => c.args.slice(0, 2))).toEqual([['viewer', { permissions: ['projects:read', 'audit:read', 'reports:export'] }]]);
    expect(stored(memory, 'viewer')!.permissions).toEqual(['projects:read', 'audit:read', 'reports:export']);
    expect(within(await rowOf('Viewer')).getByRole('list', { name: 'Permissions of Viewer' })).toHaveTextContent('projects:readaudit:readreports:export');
  });

  it('a failed save rolls the list back, says nothing changed, and keeps the choices to save again', async () => {
    const { memory, user } = setup({ faults: [{ operation: 'updateRole', error: { code: 'server', status: 500 }, times: 1 }] });
    await user.click(within(await rowOf('Auditor')).getByRole('button', { name: 'Change the permissions of Auditor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Permissions of Auditor' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'audit:read' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save permissions' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The identity provider had a problem handling the request. Nothing was changed');
    const chips = within(await rowOf('Auditor')).getByRole('list', { name: 'Permissions of Auditor', hidden: true });
    expect(chips).toHaveTextContent('audit:readreports:export');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Unsaved: −1 revoked.');
    await user.click(within(dialog).getByRole('button', { name: 'Save permissions' }));
    await screen.findByText('Saved the permissions of Auditor.');
    expect(stored(memory, 'auditor')!.permissions).toEqual(['reports:export']);
  });

  it('closing with staged changes asks first', async () => {
    const { user } = setup();
    await user.click(within(await rowOf('Viewer')).getByRole('button', { name: 'Change the permissions of Viewer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Permissions of Viewer' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'users:read' }));
    await user.keyboard('{Escape}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('RoleManager: deleting a role', () => {
  it('says how many users hold it and names a few; after, says how many lost it and focus moves on', async () => {
    const { memory, user } = setup();
    const before = holders(memory, 'admin');
    expect(before.length).toBeGreaterThan(5);
    const remove = within(await rowOf('Admin')).getByRole('button', { name: 'Delete Admin' });
    await within(await rowOf('Admin')).findByText(`${before.length} users`);
    await user.click(remove);
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Admin?' });
    expect(confirm).toHaveAccessibleDescription(`${before.length} users hold Admin; they will lose it.`);
    const named = await within(confirm).findByRole('list', { name: 'Users who hold Admin' });
    const items = within(named).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(6);
    expect(items.at(-1)).toBe(`and ${before.length - 5} more`);
    expect(before.map((u) => u.name)).toEqual(expect.arrayContaining(items.slice(0, 5)));

    // Cancel first: focus back on the row's Delete button, nothing sent.
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(remove).toHaveFocus());
    await user.click(remove);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete role' }));
    await screen.findByText(`Deleted Admin; ${before.length} users lost it.`);
    expect(stored(memory, 'admin')).toBeUndefined();
    expect(holders(memory, 'admin')).toEqual([]);
    // The row after Admin in the list is Member.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete Member' })).toHaveFocus());
  });

  it('a role nobody holds: the confirmation says so and lists no one', async () => {
    const { memory, user } = setup();
    await memory.createRole!({ name: 'Unused' });
    const row = await rowOf('Unused');
    await within(row).findByText('0 users');
    await user.click(within(row).getByRole('button', { name: 'Delete Unused' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Unused?' });
    expect(confirm).toHaveAccessibleDescription('Nobody holds Unused.');
    expect(within(confirm).queryByRole('list')).toBeNull();
  });

  it('where the backend cannot count, says nothing about a number', async () => {
    const { user } = setup({ capabilities: { totals: false } });
    const row = await rowOf('Viewer');
    expect(row.querySelector('[data-roster-part="role-manager-user-count"]')).toBeNull();
    await user.click(within(row).getByRole('button', { name: 'Delete Viewer' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Viewer?' });
    expect(confirm).toHaveAccessibleDescription('Everyone who holds Viewer will lose it.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete role' }));
    await screen.findByText('Deleted Viewer.');
  });
});
