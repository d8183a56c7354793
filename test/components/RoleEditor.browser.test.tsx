/**
 * The role editor by keyboard alone, in real Chromium: open it from a button, change roles with
 * Space, save with Enter, and focus lands back on the button that opened it.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { OrgList } from '../../src/components/OrgList/OrgList.js';
import { RoleEditorDialog } from '../../src/components/RoleEditor/RoleEditorDialog.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import { directory, editor, userIn } from '../../stories/components/roleFixtures.js';
import '../../src/theme/styles.css';
import '../../src/theme/role-editor.css';
import '../../src/theme/org-list.css';
import { tabTo } from '../helpers/tabTo.js';


const heldOnServer = (adapter: MemoryAdapter) => userIn(adapter.snapshot(), editor.id).roleIds;

describe('RoleEditorDialog by keyboard alone', () => {
  it('opens from a button, changes roles with Space, saves with Enter, and returns focus', async () => {
    const adapter = createMemoryAdapter({ directory, latencyMs: 30 });
    render(
      <RosterProvider adapter={adapter}>
        <p>Ana’s account</p>
        <RoleEditorDialog userId={editor.id} trigger={<button type="button">Edit roles</button>} />
      </RosterProvider>,
    );
    const trigger = screen.getByRole('button', { name: 'Edit roles' });
    await tabTo(() => trigger);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: /^Edit roles — / });
    await within(dialog).findByRole('group', { name: 'Roles' }, { timeout: 5000 });

    await tabTo(() => within(dialog).getByRole('checkbox', { name: /^Admin/ }));
    await userEvent.keyboard(' ');
    await tabTo(() => within(dialog).getByRole('checkbox', { name: /^Developer/ }));
    await userEvent.keyboard(' ');
    expect(within(dialog).getByText('Unsaved: adds Admin, removes Developer.')).toBeInTheDocument();
    expect(heldOnServer(adapter)).toEqual(['developer']);

    await tabTo(() => within(dialog).getByRole('button', { name: 'Save changes' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect(heldOnServer(adapter)).toEqual(['admin']);
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('Escape with unsaved changes asks first; Discard closes and focus returns to the trigger', async () => {
    const adapter = createMemoryAdapter({ directory, latencyMs: 30 });
    render(
      <RosterProvider adapter={adapter}>
        <RoleEditorDialog userId={editor.id} trigger={<button type="button">Edit roles</button>} />
      </RosterProvider>,
    );
    const trigger = screen.getByRole('button', { name: 'Edit roles' });
    await tabTo(() => trigger);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: /^Edit roles — / });
    // The roles arrive after the dialog opens (adapter latency); wait for them before tabbing.
    await within(dialog).findByRole('checkbox', { name: /^Owner/ }, { timeout: 5000 });
    await tabTo(() => within(dialog).getByRole('checkbox', { name: /^Owner/ }));
    await userEvent.keyboard(' ');

    await userEvent.keyboard('{Escape}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    // The safe choice has focus first; Escape on the question keeps the editor open.
    expect(within(confirm).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(within(dialog).getByRole('checkbox', { name: /^Owner/ })).toHaveFocus());

    await userEvent.keyboard('{Escape}');
    await tabTo(() => within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }), 5);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(heldOnServer(adapter)).toEqual(['developer']);
  });

  it('from OrgList: edit roles in an organization by keyboard, focus back on its button', async () => {
    const adapter = createMemoryAdapter({ directory, latencyMs: 30 });
    render(
      <RosterProvider adapter={adapter}>
        <OrgList userId={editor.id} />
      </RosterProvider>,
    );
    const home = editor.memberships![0]!.organization;
    const edit = await screen.findByRole('button', { name: `Edit roles in ${home.name}` }, { timeout: 5000 });
    await tabTo(() => edit);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: new RegExp(`^Edit roles in ${home.name} — `) });
    await tabTo(() => within(dialog).getByRole('checkbox', { name: /^Approver/ }));
    await userEvent.keyboard(' ');
    await tabTo(() => within(dialog).getByRole('button', { name: 'Save changes' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    await waitFor(() => expect(edit).toHaveFocus());
    expect(within(screen.getByRole('list', { name: `Roles in ${home.name}` })).getByText('Approver')).toBeInTheDocument();
  });
});
