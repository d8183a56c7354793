import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { RoleManager } from '../../src/components/RoleManager/index.js';
import { directory, directoryWithManyRoles } from '../../stories/components/roleFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

function setup(options: MemoryAdapterOptions = {}) {
  const memory = createMemoryAdapter({ directory, ...options });
  const spy = spyOnAdapter(memory);
  renderWithRoster(<RoleManager />, spy.adapter, { retry: false });
  return { memory, spy, user: userEvent.setup({ delay: null }) };
}

const rolesList = () => screen.findByRole('list', { name: 'Roles' });
const rowOf = async (name: string) => (await screen.findByText(name, { selector: '[data-roster-part="role-manager-role-name"]' })).closest('li')!;
/** Users who hold a role project-wide or inside any membership: all of them lose it when it goes. */
const holdersOf = (memory: ReturnType<typeof createMemoryAdapter>, roleId: string) =>
  memory.snapshot().users.filter((u) => u.roleIds.includes(roleId) || u.memberships?.some((m) => m.roleIds.includes(roleId))).length;

describe('RoleManager: the roles', () => {
  it('lists each role with its description, permissions as chips and how many users hold it', async () => {
    const { memory } = setup();
    const admin = await rowOf('Admin');
    expect(within(admin).getByText('Manages users, roles and settings.')).toBeInTheDocument();
    const chips = within(within(admin).getByRole('list', { name: 'Permissions of Admin' })).getAllByRole('listitem');
    // Five permissions: three chips, then "+2" read as "and 2 more".
    expect(chips.map((c) => c.textContent)).toEqual(['users:read', 'users:write', 'users:delete', '+2and 2 more']);
    const held = holdersOf(memory, 'admin');
    await within(admin).findByText(`${held} ${held === 1 ? 'user' : 'users'}`);
  });

  it('pages 200 roles in the browser and counts holders only for the page shown', async () => {
    const memory = createMemoryAdapter({ directory: directoryWithManyRoles });
    const spy = spyOnAdapter(memory);
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleManager />, spy.adapter, { retry: false });
    const list = await rolesList();
    expect(list.querySelectorAll('[data-roster-part="role-manager-role"]')).toHaveLength(25);
    await waitFor(() => expect(spy.count('listUsers')).toBe(25));
    expect(screen.getByText('208 roles')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 9')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2 of 9');
    await waitFor(() => expect(spy.count('listUsers')).toBe(50));

    await user.type(screen.getByRole('searchbox', { name: 'Search roles' }), 'refunds');
    expect(screen.getByText('5 of 208 roles')).toBeInTheDocument();
    // A search starts at the first page, and one page needs no paging.
    expect(screen.queryByRole('navigation', { name: 'Pages of roles' })).toBeNull();
  });

  it('creates a role with permissions chosen from the searchable catalogue, once however often Create is pressed', async () => {
    const { memory, spy, user } = setup();
    await rolesList();
    await user.click(screen.getByRole('button', { name: 'Create role' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create role' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), '  Release manager ');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Ships releases.');
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search permissions' }), 'projects');
    expect(within(dialog).getAllByRole('checkbox').map((b) => b.closest('li')!.querySelector('bdi')!.textContent)).toEqual(['projects:write', 'projects:read']);
    await user.click(within(dialog).getByRole('checkbox', { name: 'projects:write' }));
    await user.clear(within(dialog).getByRole('searchbox', { name: 'Search permissions' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'audit:read' }));

    spy.hold('createRole');
    const create = within(dialog).getByRole('button', { name: 'Create role' });
    await user.click(create);
    await user.click(create);
    // Pessimistic: not listed before the backend has it.
    expect(screen.queryByText('Release manager')).toBeNull();
    spy.held.splice(0).forEach((call) => call.release());
    await screen.findByText('Created Release manager.');
    expect(spy.count('createRole')).toBe(1);
    const stored = memory.snapshot().roles.find((r) => r.name === 'Release manager')!;
    // Trimmed, and in the catalogue's order whatever order they were ticked in.
    expect(stored).toMatchObject({ description: 'Ships releases.', permissions: ['projects:write', 'audit:read'], organizationId: null });
    expect(within(await rowOf('Release manager')).getByRole('list', { name: 'Permissions of Release manager' })).toHaveTextContent('projects:writeaudit:read');
  });

  it('shows a duplicate name as an error on the name field, in its own words', async () => {
    const { user } = setup();
    await rolesList();
    await user.click(screen.getByRole('button', { name: 'Create role' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create role' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.click(within(dialog).getByRole('button', { name: 'Create role' }));
    expect(name).toHaveAccessibleDescription('Enter a name.');
    await user.type(name, ' admin ');
    await user.click(within(dialog).getByRole('button', { name: 'Create role' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('Another role already has this name.'));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
  });

  it('renames at once, shows the role as pending until the backend answers, and says so after', async () => {
    const { memory, spy, user } = setup();
    await user.click(within(await rowOf('Auditor')).getByRole('button', { name: 'Edit Auditor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Auditor' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Compliance auditor');
    spy.hold('updateRole');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const row = await rowOf('Compliance auditor');
    expect(row).toHaveAttribute('aria-busy', 'true');
    expect(within(row).getByText('Saving…')).toBeInTheDocument();
    spy.held.splice(0).forEach((call) => call.release());
    await screen.findByText('Saved Compliance auditor.');
    expect(memory.snapshot().roles.find((r) => r.id === 'auditor')!.name).toBe('Compliance auditor');
    expect(spy.calls.filter((c) => c.method === 'updateRole').map((c) => c.args.slice(0, 2))).toEqual([['auditor', { name: 'Compliance auditor' }]]);
  });

  it('renaming a role another admin deleted says so, and recreates nothing', async () => {
    const { memory, user } = setup();
    await user.click(within(await rowOf('Support agent')).getByRole('button', { name: 'Edit Support agent' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Support agent' });
    // Meanwhile, another admin deletes it.
    await memory.deleteRole!('support');
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Helpdesk');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Support agent no longer exists: another admin has probably deleted it. Nothing was saved or recreated.');
    await waitFor(() => expect(screen.queryByText('Support agent', { selector: '[data-roster-part="role-manager-role-name"]' })).toBeNull());
    expect(memory.snapshot().roles.map((r) => r.name)).not.toContain('Helpdesk');
    expect(memory.snapshot().roles.map((r) => r.id)).not.toContain('support');
  });
});
