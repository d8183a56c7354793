/**
 * One role per organization membership (`rolesPerMembership: 'one'`, as on Clerk), on the memory
 * directory configured that way: the role editor, the add-to-organization dialog, the create
 * dialog and the bulk bar offer a single choice that replaces the held role.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { OrgList } from '../../src/components/OrgList/OrgList.js';
import { RoleEditor } from '../../src/components/RoleEditor/RoleEditor.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { directory, editor, editorOrganization } from '../../stories/components/roleFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const organizationId = editorOrganization.id;

function setup() {
  const memory = createMemoryAdapter({ directory, capabilities: { rolesPerMembership: 'one' } });
  const spy = spyOnAdapter(memory);
  const writes = () => spy.calls.filter((c) => ['addUserRoles', 'removeUserRoles', 'setUserRoles'].includes(c.method)).map((c) => [c.method, c.args[1]]);
  const heldIn = (userId = editor.id) => memory.snapshot().users.find((u) => u.id === userId)!.memberships!.find((m) => m.organization.id === organizationId)!.roleIds;
  const roleName = (id: string) => memory.snapshot().roles.find((r) => r.id === id)!.name;
  return { memory, spy, writes, heldIn, roleName };
}

const radio = (name: string) => screen.getByRole('radio', { name: new RegExp(`^${name}`) }) as HTMLInputElement;
const picked = () => (screen.getAllByRole('radio') as HTMLInputElement[]).filter((r) => r.checked).map((r) => r.closest('li')!.querySelector('[data-roster-part="role-editor-role-name"]')!.textContent);
const status = () => document.querySelector('[data-roster-part="role-editor-status"]');

describe('RoleEditor with one role per membership', () => {
  it('offers radios, not checkboxes, and Save sends setUserRoles with the one picked role', async () => {
    const { spy, writes, heldIn, roleName } = setup();
    const held = roleName(heldIn()[0]!);
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} organizationId={organizationId} />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: `Roles in ${editorOrganization.name}` });
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(picked()).toEqual([held]);

    const other = ['Admin', 'Viewer'].find((n) => n !== held)!;
    await user.click(radio(other));
    expect(picked()).toEqual([other]);
    expect(status()).toHaveTextContent(`Unsaved: adds ${other}, removes ${held}.`);
    expect(writes()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(status()).toHaveTextContent('Roles saved.'));
    expect(writes()).toEqual([['setUserRoles', heldIn()]]);
    expect(roleName(heldIn()[0]!)).toBe(other);
    expect(heldIn()).toHaveLength(1);
  });

  it('moves the pick with the arrow keys, as a radio group does, and picking back leaves no change', async () => {
    const { spy, writes, heldIn, roleName } = setup();
    const held = roleName(heldIn()[0]!);
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} organizationId={organizationId} />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: `Roles in ${editorOrganization.name}` });
    radio(held).focus();
    await user.keyboard('{ArrowDown}');
    const next = picked()[0]!;
    expect(next).not.toBe(held);
    expect(document.activeElement).toBe(radio(next));
    expect(status()).toHaveTextContent(`Unsaved: adds ${next}, removes ${held}.`);
    await user.keyboard('{ArrowUp}');
    expect(picked()).toEqual([held]);
    expect(status()).toHaveTextContent('No unsaved changes.');
    expect(writes()).toEqual([]);
  });

  it('immediate mode: a pick is sent at once, shown at once, and rolled back exactly when it fails', async () => {
    const { memory, spy, writes, heldIn, roleName } = setup();
    const held = roleName(heldIn()[0]!);
    const other = ['Admin', 'Viewer'].find((n) => n !== held)!;
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} organizationId={organizationId} mode="immediate" />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: `Roles in ${editorOrganization.name}` });

    memory.faults.failNext('setUserRoles', 'server');
    spy.hold('setUserRoles');
    await user.click(radio(other));
    // Optimistic: the pick shows while the write waits.
    expect(picked()).toEqual([other]);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held[0]!.release();
    await screen.findByText(`Role not changed to ${other}.`);
    expect(picked()).toEqual([held]);
    expect(roleName(heldIn()[0]!)).toBe(held);

    await user.click(radio(other));
    await waitFor(() => expect(spy.held).toHaveLength(2));
    spy.held[1]!.release();
    await screen.findByText(`Role changed to ${other}.`);
    expect(picked()).toEqual([other]);
    expect(heldIn().map(roleName)).toEqual([other]);
    expect(writes().map(([method, roleIds]) => [method, (roleIds as string[]).length])).toEqual([
      ['setUserRoles', 1],
      ['setUserRoles', 1],
    ]);
  });
});

describe('dialogs and the bulk bar with one role per membership', () => {
  it('Add to organization asks for one role, none preselected, and grants exactly it', async () => {
    const { memory, spy } = setup();
    const idOf = (name: string) => memory.snapshot().roles.find((r) => r.name === name && (!r.organizationId || r.organizationId === organization.value))!.id;
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<OrgList userId={editor.id} />, spy.adapter, { retry: false });
    await user.click(await screen.findByRole('button', { name: 'Add to organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to organization' });
    const organization = (await within(dialog).findAllByRole('radio'))[0] as HTMLInputElement;
    await user.click(organization);
    const roles = await waitFor(() => {
      const group = dialog.querySelector<HTMLElement>('[data-roster-part="org-list-picker-roles"]')!;
      expect(within(group).getAllByRole('radio').length).toBeGreaterThan(1);
      return group;
    });
    expect(within(roles).queryAllByRole('checkbox')).toEqual([]);
    expect(within(roles).getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
    expect(within(dialog).getByRole('button', { name: 'Add to organization' })).toHaveAttribute('aria-disabled', 'true');

    const [first, second] = within(roles).getAllByRole('radio') as HTMLInputElement[];
    await user.click(first!);
    await user.click(second!);
    expect([first!.checked, second!.checked]).toEqual([false, true]);
    await user.click(within(dialog).getByRole('button', { name: 'Add to organization' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add to organization' })).toBeNull());
    const membership = memory.snapshot().users.find((u) => u.id === editor.id)!.memberships!.find((m) => m.organization.id === organization.value);
    expect(membership?.roleIds).toEqual([idOf(second!.closest('label')!.textContent!.trim())]);
  });

  it('the bulk bar in an organization says “Set role” and replaces each member’s role', async () => {
    const { spy, heldIn } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<UserTable organizationId={organizationId} />, spy.adapter, { retry: false });
    const boxes = await screen.findAllByRole('checkbox', { name: /^Select (?!all)/ });
    await user.click(boxes[0]!);
    await user.click(boxes[1]!);
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).queryByRole('combobox', { name: 'Role to assign' })).toBeNull();
    const picker = within(bar).getByRole('combobox', { name: 'Set role' }) as HTMLSelectElement;
    const target = [...picker.options].find((o) => o.text === 'Viewer')!;
    await user.selectOptions(picker, target.value);
    await user.click(within(bar).getByRole('button', { name: 'Apply' }));
    await screen.findByText('Done for 2 users.');
    const selectedIds = spy.calls.filter((c) => c.method === 'setUserRoles').map((c) => c.args[0] as string);
    expect(selectedIds).toHaveLength(2);
    for (const id of selectedIds) expect(heldIn(id)).toEqual([target.value]);
    expect(spy.calls.some((c) => c.method === 'addUserRoles')).toBe(false);
  });
});
