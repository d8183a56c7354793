import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { RoleEditor } from '../../src/components/RoleEditor/RoleEditor.js';
import { RoleEditorDialog } from '../../src/components/RoleEditor/RoleEditorDialog.js';
import { directory, editor, editorOrganization, userIn } from '../../stories/components/roleFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

function setup(options: Parameters<typeof createMemoryAdapter>[0] = {}) {
  const memory = createMemoryAdapter({ directory, ...options });
  const spy = spyOnAdapter(memory);
  const writes = () => spy.calls.filter((c) => ['addUserRoles', 'removeUserRoles', 'setUserRoles'].includes(c.method));
  return { memory, spy, writes, held: () => userIn(memory.snapshot(), editor.id).roleIds };
}

const checked = () =>
  screen
    .getAllByRole('checkbox')
    .filter((box) => (box as HTMLInputElement).checked)
    .map((box) => box.closest('li')!.querySelector('[data-roster-part="role-editor-role-name"]')!.textContent);
const status = () => document.querySelector('[data-roster-part="role-editor-status"]');
const box = (name: string) => screen.getByRole('checkbox', { name: new RegExp(`^${name}`) });

describe('RoleEditor (staged)', () => {
  it('shows exactly what Save will change before anything is sent', async () => {
    const { spy, writes } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: 'Roles' });
    expect(status()).toHaveTextContent('No unsaved changes.');

    await user.click(box('Admin'));
    await user.click(box('Developer'));
    expect(status()).toHaveTextContent('Unsaved: adds Admin, removes Developer.');
    expect(box('Admin')).toHaveAccessibleName('Admin (will be added)');
    expect(box('Developer')).toHaveAccessibleName('Developer (will be removed)');
    // Toggling back leaves no trace in the diff.
    await user.click(box('Developer'));
    expect(status()).toHaveTextContent('Unsaved: adds Admin.');
    expect(writes()).toEqual([]);
  });

  it('Save sends the additions then the removals as deltas, once however often it is clicked', async () => {
    const { memory, spy, writes, held } = setup();
    const user = userEvent.setup({ delay: null });
    const onSaved = vi.fn();
    renderWithRoster(<RoleEditor userId={editor.id} onSaved={onSaved} />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: 'Roles' });
    await user.click(box('Admin'));
    await user.click(box('Viewer'));
    await user.click(box('Developer'));
    // Another admin grants a role meanwhile; deltas leave it alone, a full "set" would drop it.
    await memory.addUserRoles!(editor.id, ['auditor']);

    // The save stays in flight until released, so the double click's second click meets it.
    spy.hold('addUserRoles');
    await user.dblClick(screen.getByRole('button', { name: 'Save changes' }));
    expect(writes()).toHaveLength(1);
    spy.held.splice(0).forEach((call) => call.release());
    await screen.findByText('Roles saved.');
    expect(writes().map((c) => [c.method, c.args[0], c.args[1]])).toEqual([
      ['addUserRoles', editor.id, ['admin', 'viewer']],
      ['removeUserRoles', editor.id, ['developer']],
    ]);
    expect(onSaved).toHaveBeenCalledOnce();
    expect(onSaved).toHaveBeenCalledWith({ added: ['admin', 'viewer'], removed: ['developer'] });
    expect([...held()].sort()).toEqual(['admin', 'auditor', 'viewer']);
    await waitFor(() => expect(checked()).toEqual(['Admin', 'Viewer', 'Auditor']));
  });

  it('after a failed save shows exactly the server’s roles again, with the error', async () => {
    const { memory, spy, held } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: 'Roles' });
    const before = checked();
    memory.faults.failNext('addUserRoles', { code: 'server', status: 500 });
    await user.click(box('Admin'));
    await user.click(box('Developer'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The identity provider had a problem handling the request.');
    expect(status()).toHaveTextContent('Nothing was changed.');
    expect(checked()).toEqual(before);
    // The removal is not sent once the addition failed: a failed save changes nothing.
    expect(spy.count('removeUserRoles')).toBe(0);
    expect(held()).toEqual(editor.roleIds);
  });

  it('says which part landed when the additions saved but the removals failed', async () => {
    const { memory, spy, held } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: 'Roles' });
    memory.faults.failNext('removeUserRoles', { code: 'forbidden', status: 403 });
    await user.click(box('Admin'));
    await user.click(box('Developer'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have permission to do this.');
    expect(status()).toHaveTextContent('Added Admin, but the removals were not saved.');
    expect([...held()].sort()).toEqual(['admin', 'developer']);
    await waitFor(() => expect(checked()).toEqual(['Admin', 'Developer']));
  });

  it('reports whether there are unsaved changes, and Discard drops them', async () => {
    const { spy } = setup();
    const user = userEvent.setup({ delay: null });
    const onDirtyChange = vi.fn();
    renderWithRoster(<RoleEditor userId={editor.id} onDirtyChange={onDirtyChange} />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: 'Roles' });
    await user.click(box('Owner'));
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
    expect(checked()).toEqual(['Developer']);
    expect(onDirtyChange).toHaveBeenCalledTimes(2);
  });

  it('searches roles by name, description and permission', async () => {
    const { spy } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} />, spy.adapter, { retry: false });
    const search = await screen.findByRole('searchbox', { name: 'Search roles' });
    await user.type(search, 'billing:');
    expect(screen.getAllByRole('checkbox').map((b) => b.closest('li')!.querySelector('[data-roster-part="role-editor-role-name"]')!.textContent)).toEqual(['Owner', 'Billing manager']);
    await user.clear(search);
    await user.type(search, 'API keys');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(box('Developer')).toBeInTheDocument();
    expect(search).toHaveAccessibleDescription('1 of 8 roles');
  });

  it('edits roles inside one organization only', async () => {
    const { memory, spy } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} organizationId={editorOrganization.id} />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: `Roles in ${editorOrganization.name}` });
    await user.click(box('Site lead'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Roles saved.');
    expect(spy.calls.find((c) => c.method === 'addUserRoles')!.args.slice(0, 3)).toEqual([editor.id, [`${editorOrganization.id}:site-lead`], { organizationId: editorOrganization.id }]);
    const stored = userIn(memory.snapshot(), editor.id);
    expect(stored.roleIds).toEqual(editor.roleIds);
  });

  it('is read-only, with a note, when the adapter cannot change roles', async () => {
    const memory = createMemoryAdapter({ directory, readOnly: true });
    renderWithRoster(<RoleEditor userId={editor.id} />, memory, { retry: false });
    await screen.findByRole('group', { name: 'Roles' });
    expect(screen.getByText(/does not allow changing them/)).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox').every((b) => (b as HTMLInputElement).disabled)).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });
});

describe('RoleEditor (immediate)', () => {
  it('saves each toggle at once; two quick toggles both land, in order', async () => {
    const { spy, writes, held } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} mode="immediate" />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: 'Roles' });
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    spy.hold('addUserRoles');
    await user.click(box('Viewer'));
    await user.click(box('Developer'));
    // The second toggle is made while the first is still on its way: both show at once.
    expect(checked()).toEqual(['Viewer']);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held[0]!.release();
    await waitFor(() => expect(held()).toEqual(['viewer']));
    expect(writes().map((c) => [c.method, c.args[1]])).toEqual([
      ['addUserRoles', ['viewer']],
      ['removeUserRoles', ['developer']],
    ]);
    await screen.findByText('Developer removed.');
    expect(checked()).toEqual(['Viewer']);
  });

  it('rolls back only the toggle that failed, and says which', async () => {
    const { memory, spy, held } = setup();
    const user = userEvent.setup({ delay: null });
    renderWithRoster(<RoleEditor userId={editor.id} mode="immediate" />, spy.adapter, { retry: false });
    await screen.findByRole('group', { name: 'Roles' });
    memory.faults.failNext('addUserRoles', { code: 'conflict', status: 409 });
    spy.hold('addUserRoles');
    await user.click(box('Viewer'));
    await user.click(box('Auditor'));
    expect(checked()).toEqual(['Viewer', 'Auditor', 'Developer']);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held[0]!.release();
    await waitFor(() => expect(spy.held).toHaveLength(2));
    spy.held[1]!.release();
    expect(await screen.findByRole('alert')).toHaveTextContent('This conflicts with something that already exists.');
    await waitFor(() => expect(held()).toEqual(['developer', 'auditor']));
    await waitFor(() => expect(checked()).toEqual(['Auditor', 'Developer']));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(status()).toHaveTextContent('Viewer was not added.');
  });
});

describe('RoleEditorDialog', () => {
  function renderDialog() {
    const setupResult = setup();
    renderWithRoster(<RoleEditorDialog userId={editor.id} trigger={<button type="button">Edit roles</button>} />, setupResult.spy.adapter, { retry: false });
    return setupResult;
  }

  it('asks before leaving with unsaved changes: Escape, Cancel and the close button', async () => {
    const { writes, held } = renderDialog();
    const user = userEvent.setup({ delay: null });
    const trigger = screen.getByRole('button', { name: 'Edit roles' });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: `Edit roles — ${editor.name}` });
    await within(dialog).findByRole('group', { name: 'Roles' });
    await user.click(within(dialog).getByRole('checkbox', { name: /^Owner/ }));

    for (const leave of [() => user.keyboard('{Escape}'), () => user.click(within(dialog).getByRole('button', { name: 'Cancel' })), () => user.click(within(dialog).getByRole('button', { name: 'Close' }))]) {
      await leave();
      const confirm = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
      await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
      expect(screen.getByRole('dialog', { name: `Edit roles — ${editor.name}` })).toBeInTheDocument();
      expect(within(dialog).getByRole('checkbox', { name: /^Owner/ })).toBeChecked();
    }

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(writes()).toEqual([]);
    expect(held()).toEqual(editor.roleIds);
  });

  it('closes without asking when nothing changed', async () => {
    renderDialog();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Edit roles' }));
    await within(await screen.findByRole('dialog')).findByRole('group', { name: 'Roles' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('closes once the change is saved, and focus returns to the trigger', async () => {
    const { held } = renderDialog();
    const user = userEvent.setup({ delay: null });
    const trigger = screen.getByRole('button', { name: 'Edit roles' });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('checkbox', { name: /^Viewer/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(held()).toEqual(['developer', 'viewer']);
    await waitFor(() => expect(trigger).toHaveFocus());
  });
});
