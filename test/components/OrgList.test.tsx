import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { OrgList } from '../../src/components/OrgList/OrgList.js';
import { OrgListDialog } from '../../src/components/OrgList/OrgListDialog.js';
import {
  directory,
  directoryWithLoner,
  directoryWithManyOrganizations,
  editor,
  joiner,
  loner,
  memberOfAll,
  organizationWithOwnRoles,
  userIn,
} from '../../stories/components/roleFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

function setup(options: MemoryAdapterOptions = {}) {
  const memory = createMemoryAdapter({ directory, ...options });
  const spy = spyOnAdapter(memory);
  return { memory, spy };
}

const [home, other] = editor.memberships!.map((m) => m.organization) as [{ id: string; name: string }, { id: string; name: string }];
const names = () => [...document.querySelectorAll('[data-roster-part="org-list-name"]')].map((el) => el.textContent);

describe('OrgList', () => {
  it('lists the memberships with the roles held in each, named', async () => {
    const { spy } = setup();
    renderWithRoster(<OrgList userId={editor.id} />, spy.adapter, { retry: false });
    const roles = await screen.findByRole('list', { name: `Roles in ${home.name}` });
    expect(within(roles).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Member']);
    expect(names()).toEqual([home.name, other.name]);
  });

  it('names roles with one request for project roles, plus one per organization holding roles of its own', async () => {
    const memory = createMemoryAdapter({ directory: directoryWithManyOrganizations });
    const spy = spyOnAdapter(memory);
    const withOwnRoles = memberOfAll.memberships!.filter((m) => m.roleIds.some((id) => id.includes(':'))).length;
    expect(withOwnRoles).toBe(9);
    renderWithRoster(<OrgList userId={memberOfAll.id} />, spy.adapter, { retry: false });
    await waitFor(() => expect(names()).toHaveLength(50));
    await waitFor(() => expect(document.querySelector('[data-roster-part="org-list-role-chips"][data-state="loading"]')).toBeNull());
    expect(screen.getAllByText('Approver')).toHaveLength(9);
    expect(spy.count('listUserMemberships')).toBe(1);
    expect(spy.count('listRoles')).toBe(1 + withOwnRoles);
    expect(spy.calls.filter((c) => c.method === 'listRoles' && (c.args[0] as { organizationId?: string }).organizationId)).toHaveLength(withOwnRoles);
  });

  it('removes from an organization only after confirmation, optimistically', async () => {
    const { memory, spy } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<OrgList userId={editor.id} />, spy.adapter, { retry: false });
    const remove = await screen.findByRole('button', { name: `Remove from ${other.name}` });

    await user.click(remove);
    const confirm = await screen.findByRole('alertdialog', { name: `Remove ${editor.name} from ${other.name}?` });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(spy.count('removeUserMembership')).toBe(0);
    await waitFor(() => expect(remove).toHaveFocus());

    await user.click(remove);
    spy.hold('removeUserMembership');
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove from organization' }));
    // Gone at once, before the backend has answered.
    await waitFor(() => expect(spy.held).toHaveLength(1));
    expect(names()).toEqual([home.name]);
    spy.held.splice(0).forEach((call) => call.release());
    await screen.findByText(`Removed from ${other.name}.`);
    expect(spy.calls.filter((c) => c.method === 'removeUserMembership').map((c) => c.args.slice(0, 2))).toEqual([[editor.id, other.id]]);
    expect(userIn(memory.snapshot(), editor.id).memberships!.map((m) => m.organization.id)).toEqual([home.id]);
  });

  it('brings a membership back exactly when its removal fails', async () => {
    const { memory, spy } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<OrgList userId={editor.id} />, spy.adapter, { retry: false });
    memory.faults.failNext('removeUserMembership', { code: 'server', status: 503 });
    spy.hold('removeUserMembership');
    await user.click(await screen.findByRole('button', { name: `Remove from ${home.name}` }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove from organization' }));
    // Removed optimistically while the backend is asked…
    await waitFor(() => expect(spy.held).toHaveLength(1));
    expect(names()).toEqual([other.name]);
    spy.held.splice(0).forEach((call) => call.release());
    expect(await screen.findByRole('alert')).toHaveTextContent('The identity provider had a problem handling the request.');
    await waitFor(() => expect(names()).toEqual([home.name, other.name]));
  });

  it('adds to an organization the user is not in, with the roles chosen from that organization', async () => {
    const memory = createMemoryAdapter({ directory: directoryWithManyOrganizations });
    const spy = spyOnAdapter(memory);
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<OrgList userId={joiner.id} searchDebounceMs={0} />, spy.adapter, { retry: false });
    const add = await screen.findByRole('button', { name: 'Add to organization' });
    await user.click(add);
    const dialog = await screen.findByRole('dialog', { name: 'Add to organization' });
    await within(dialog).findByText('Showing 20 of 50. Search to narrow the list.');
    // Organizations the user already belongs to are not offered.
    const offered = within(dialog).getAllByRole('radio').map((r) => r.getAttribute('value'));
    expect(offered.some((id) => joiner.memberships!.some((m) => m.organization.id === id))).toBe(false);

    await user.type(within(dialog).getByRole('searchbox', { name: 'Search organizations' }), organizationWithOwnRoles.name);
    await user.click(await within(dialog).findByRole('radio', { name: organizationWithOwnRoles.name }));
    const roles = await within(dialog).findByRole('group', { name: `Roles to grant in ${organizationWithOwnRoles.name}` });
    await user.click(await within(roles).findByRole('checkbox', { name: 'Approver' }));
    await user.click(within(roles).getByRole('checkbox', { name: 'Viewer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add to organization' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(spy.calls.filter((c) => c.method === 'addUserMembership').map((c) => c.args.slice(0, 3))).toEqual([
      [joiner.id, organizationWithOwnRoles.id, { roleIds: [`${organizationWithOwnRoles.id}:approver`, 'viewer'] }],
    ]);
    const chips = await screen.findByRole('list', { name: `Roles in ${organizationWithOwnRoles.name}` });
    await waitFor(() => expect(within(chips).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Viewer', 'Approver']));
    await waitFor(() => expect(add).toHaveFocus());
  });

  it('opens the role editor scoped to one organization', async () => {
    const { spy } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<OrgList userId={editor.id} />, spy.adapter, { retry: false });
    await user.click(await screen.findByRole('button', { name: `Edit roles in ${home.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `Edit roles in ${home.name} — ${editor.name}` });
    await within(dialog).findByRole('group', { name: `Roles in ${home.name}` });
    expect(within(dialog).getByRole('checkbox', { name: /^Site lead/ })).toBeInTheDocument();
  });

  it('hides every write control the adapter cannot back', async () => {
    const readOnly = createMemoryAdapter({ directory, readOnly: true });
    const { unmount } = renderWithRoster(<OrgList userId={editor.id} />, readOnly, { retry: false });
    await waitFor(() => expect(names()).toHaveLength(2));
    expect(screen.queryByRole('button')).toBeNull();
    unmount();

    // Roles cannot be held per organization here: no "Edit roles", but membership changes stay.
    const noOrgRoles = createMemoryAdapter({ directory, id: 'memory:no-org-roles', capabilities: { organizationRoles: false } });
    renderWithRoster(<OrgList userId={editor.id} />, noOrgRoles, { retry: false });
    await waitFor(() => expect(names()).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /^Edit roles/ })).toBeNull();
    expect(screen.getByRole('button', { name: `Remove from ${home.name}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to organization' })).toBeInTheDocument();
  });

  it('says so when the user belongs to no organization', async () => {
    renderWithRoster(<OrgList userId={loner.id} />, createMemoryAdapter({ directory: directoryWithLoner }), { retry: false });
    expect(await screen.findByText('Not a member of any organization.')).toBeInTheDocument();
  });

  it('shows a load failure with a retry that recovers', async () => {
    const { spy } = setup({ faults: [{ operation: 'listUserMemberships', error: { code: 'forbidden', status: 403 }, times: 1 }] });
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<OrgList userId={editor.id} />, spy.adapter, { retry: false });
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(names()).toEqual([home.name, other.name]));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('OrgListDialog', () => {
  it('works as a dialog, controlled by the host', async () => {
    const { spy } = setup();
    const user = userEvent.setup({ delay: null });
    let open = true;
    const { rerender } = renderWithRoster(<OrgListDialog userId={editor.id} open={open} onOpenChange={(next) => (open = next)} />, spy.adapter, { retry: false });
    const dialog = await screen.findByRole('dialog', { name: 'Organizations' });
    await waitFor(() => expect(within(dialog).getAllByRole('listitem').length).toBeGreaterThan(0));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(open).toBe(false);
    rerender(<OrgListDialog userId={editor.id} open={open} onOpenChange={(next) => (open = next)} />);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
