import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { RoleManager } from '../../src/components/RoleManager/index.js';
import { directory, editorOrganization } from '../../stories/components/roleFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

function setup(options: MemoryAdapterOptions = {}, props: { organizationId?: string } = {}) {
  const memory = createMemoryAdapter({ directory, ...options });
  const spy = spyOnAdapter(memory);
  renderWithRoster(<RoleManager searchDebounceMs={0} {...props} />, spy.adapter, { retry: false });
  return { memory, spy, user: userEvent.setup({ delay: null }) };
}

const nameCell = { selector: '[data-roster-part="role-manager-role-name"], [data-roster-part="role-manager-permission-name"]' };
const itemOf = async (name: string) => (await screen.findByText(name, nameCell)).closest('li')!;
const rolesGranting = (memory: MemoryAdapter, permission: string) => memory.snapshot().roles.filter((r) => r.permissions.includes(permission));

describe('RoleManager: tabs and scopes', () => {
  it('offers project roles, organization roles and permissions as tabs, by keyboard', async () => {
    const { user } = setup();
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Project roles', 'Organization roles', 'Permissions']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    await user.click(tabs[0]!);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Organization roles' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Organization roles' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Permissions' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Project roles' })).toHaveFocus();
  });

  it('starts in an organization and lists and creates the roles defined there', async () => {
    const { memory, user } = setup({}, { organizationId: editorOrganization.id });
    expect(await screen.findByRole('tab', { name: 'Organization roles' })).toHaveAttribute('aria-selected', 'true');
    const list = await screen.findByRole('list', { name: `Roles in ${editorOrganization.name}` });
    const own = memory.snapshot().roles.filter((r) => r.organizationId === editorOrganization.id);
    expect([...list.querySelectorAll('[data-roster-part="role-manager-role-name"]')].map((n) => n.textContent)).toEqual(own.map((r) => r.name));
    await user.click(screen.getByRole('button', { name: 'Create role' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create role' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Night shift');
    await user.click(within(dialog).getByRole('button', { name: 'Create role' }));
    await screen.findByText('Created Night shift.');
    expect(memory.snapshot().roles.find((r) => r.name === 'Night shift')!.organizationId).toBe(editorOrganization.id);
  });

  it('picks an organization through a search', async () => {
    const { memory, user } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Organization roles' }));
    expect(await screen.findByText('Choose an organization to see the roles defined in it.')).toBeInTheDocument();
    const { organizations, roles } = memory.snapshot();
    const target = organizations.filter((o) => roles.some((r) => r.organizationId === o.id)).at(-1)!;
    await user.type(screen.getByRole('searchbox', { name: 'Find an organization' }), target.name);
    const select = screen.getByRole('combobox', { name: 'Organization' });
    await waitFor(() => expect(within(select).getByRole('option', { name: target.name })).toBeInTheDocument());
    await user.selectOptions(select, target.id);
    const list = await screen.findByRole('list', { name: `Roles in ${target.name}` });
    const own = roles.filter((r) => r.organizationId === target.id).map((r) => r.name);
    expect([...list.querySelectorAll('[data-roster-part="role-manager-role-name"]')].map((n) => n.textContent)).toEqual(own);
  });

  it('manages permissions: rename follows into roles, delete says how many roles grant it', async () => {
    const { memory, user } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Permissions' }));
    const item = await itemOf('billing:read');
    expect(within(item).getByText('Granted by 1 project role')).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Rename billing:read' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename billing:read' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'invoices:read');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Renamed to invoices:read.');
    expect(rolesGranting(memory, 'invoices:read').map((r) => r.id)).toEqual(['billing']);

    const granting = rolesGranting(memory, 'users:read').filter((r) => !r.organizationId).length;
    await user.click(within(await itemOf('users:read')).getByRole('button', { name: 'Delete users:read' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete users:read?' });
    expect(confirm).toHaveAccessibleDescription(`${granting} project roles grant users:read; they will stop granting it. Roles defined inside organizations stop granting it too.`);
    await user.click(within(confirm).getByRole('button', { name: 'Delete permission' }));
    await screen.findByText('Deleted users:read.');
    expect(rolesGranting(memory, 'users:read')).toEqual([]);
  });

  it('creates a permission; a duplicate name is an error on the name field', async () => {
    const { memory, user } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Permissions' }));
    await user.click(await screen.findByRole('button', { name: 'Create permission' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create permission' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.type(name, 'USERS:READ');
    await user.click(within(dialog).getByRole('button', { name: 'Create permission' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('Another permission already has this name.'));
    await user.clear(name);
    await user.type(name, 'reports:schedule');
    await user.click(within(dialog).getByRole('button', { name: 'Create permission' }));
    await screen.findByText('Created reports:schedule.');
    expect(memory.snapshot().permissions.map((p) => p.name)).toContain('reports:schedule');
  });

  it('a read-only backend gets a clean list: roles and permissions to read, no write controls', async () => {
    const { user } = setup({ readOnly: true });
    await itemOf('Admin');
    const writeControls = () => screen.queryAllByRole('button').filter((b) => b.getAttribute('role') !== 'tab');
    // No organization tab: nothing there would be the admin's to change.
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Project roles', 'Permissions']);
    expect(writeControls()).toEqual([]);
    await user.click(screen.getByRole('tab', { name: 'Permissions' }));
    await itemOf('users:read');
    expect(writeControls()).toEqual([]);
  });

  it('shows only the writes the backend declares', async () => {
    const { user } = setup({ capabilities: { manage: { permissions: false, organizationRoles: false } } });
    const admin = await itemOf('Admin');
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Project roles', 'Permissions']);
    expect(within(admin).getAllByRole('button').map((b) => b.textContent)).toEqual(['Edit', 'Permissions', 'Delete']);
    expect(screen.getByRole('button', { name: 'Create role' })).toBeInTheDocument();
    // Permissions can be listed (and granted to roles) but not changed.
    await user.click(screen.getByRole('tab', { name: 'Permissions' }));
    expect(within(await itemOf('users:read')).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create permission' })).toBeNull();
  });

  it('renders hostile names as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe';
    const memory = createMemoryAdapter({ directory });
    await memory.createPermission!({ name: hostile });
    await memory.createRole!({ name: hostile, description: hostile, permissions: [hostile] });
    renderWithRoster(<RoleManager />, memory, { retry: false });
    const row = await itemOf(hostile);
    expect(row.querySelector('img')).toBeNull();
    expect(within(row).getByRole('list', { name: `Permissions of ${hostile}` })).toHaveTextContent(hostile);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
