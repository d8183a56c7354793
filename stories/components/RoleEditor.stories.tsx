/**
 * RoleEditor and RoleEditorDialog on the memory directory. Each story runs in Chromium under the
 * storybook test project with an axe check; the play functions are the component tests.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { directory, directoryWithManyRoles, editor, editorOrganization, userIn } from './roleFixtures.js';
import { withBrandTheme } from '../support/brandTheme.js';
import { createMemoryAdapter, type MemoryAdapter } from 'react-roster/memory';
import { RoleEditor, RoleEditorDialog } from 'react-roster';

const meta = preview.meta({
  title: 'Components/RoleEditor',
  component: RoleEditor,
  args: { userId: editor.id },
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory, latencyMs: 120 }) } },
});

const LOAD = { timeout: 8000 };
const checkedNames = (root: HTMLElement) =>
  within(root)
    .getAllByRole('checkbox')
    .filter((box) => (box as HTMLInputElement).checked)
    .map((box) => box.closest('li')!.querySelector('[data-roster-part="role-editor-role-name"]')!.textContent);
const heldOnServer = (adapter: MemoryAdapter, userId: string) => userIn(adapter.snapshot(), userId).roleIds;

export const Default = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Roles' }, LOAD);
    expect(checkedNames(canvasElement)).toEqual(['Developer']);
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Admin/ }));
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Developer/ }));
    // The admin sees exactly what Save will do before anything is sent.
    expect(canvasElement.querySelector('[data-roster-part="role-editor-status"]')).toHaveTextContent('Unsaved: adds Admin, removes Developer.');
    expect(heldOnServer(adapter, editor.id)).toEqual(['developer']);
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await canvas.findByText('Roles saved.', {}, LOAD);
    expect(heldOnServer(adapter, editor.id)).toEqual(['admin']);
    expect(checkedNames(canvasElement)).toEqual(['Admin']);
  },
});

export const OrganizationScoped = meta.story({
  args: { organizationId: editorOrganization.id },
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: `Roles in ${editorOrganization.name}` }, LOAD);
    // The organization's own roles are offered next to the project-wide ones.
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Approver/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await canvas.findByText('Roles saved.', {}, LOAD);
    const stored = userIn(adapter.snapshot(), editor.id);
    expect(stored.memberships!.find((m) => m.organization.id === editorOrganization.id)!.roleIds).toContain(`${editorOrganization.id}:approver`);
    expect(stored.roleIds).toEqual(editor.roleIds);
  },
});

export const ManyRoles = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory: directoryWithManyRoles, latencyMs: 120 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Roles' }, LOAD);
    expect(canvas.getAllByRole('checkbox')).toHaveLength(208);
    const search = canvas.getByRole('searchbox', { name: 'Search roles' });
    await userEvent.type(search, 'refunds:approve');
    await waitFor(() => expect(canvas.getAllByRole('checkbox')).toHaveLength(1));
    expect(canvas.getByText('1 of 208 roles')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Refunds approver/ }));
    await userEvent.clear(search);
    await userEvent.type(search, 'nothing like this');
    await canvas.findByText('No roles match “nothing like this”.');
    // The staged change survives filtering: it is still what Save would send.
    expect(canvasElement.querySelector('[data-roster-part="role-editor-status"]')).toHaveTextContent('Unsaved: adds Refunds approver.');
  },
});

export const SaveFailureRollsBack = meta.story({
  parameters: {
    roster: { adapter: () => createMemoryAdapter({ directory, latencyMs: 120, faults: [{ operation: 'removeUserRoles', error: { code: 'server', status: 500 } }] }) },
  },
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Roles' }, LOAD);
    const before = checkedNames(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Developer/ }));
    expect(checkedNames(canvasElement)).toEqual([]);
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    const alert = await canvas.findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent('The identity provider had a problem handling the request.');
    expect(canvas.getByText(/Nothing was changed/)).toBeInTheDocument();
    await waitFor(() => expect(checkedNames(canvasElement)).toEqual(before));
    expect(heldOnServer(adapter, editor.id)).toEqual(editor.roleIds);
  },
});

export const RateLimited = meta.story({
  parameters: {
    roster: { adapter: () => createMemoryAdapter({ directory, latencyMs: 80, faults: [{ operation: 'addUserRoles', error: { code: 'rate_limited', status: 429, retryAfterMs: 5000 }, times: 1 }] }) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Roles' }, LOAD);
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Auditor/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    const alert = await canvas.findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent(/Too many requests right now\. Try again in \d seconds?\./);
    await waitFor(() => expect(checkedNames(canvasElement)).toEqual(['Developer']));
  },
});

export const LoadErrorThenRetry = meta.story({
  parameters: {
    roster: { adapter: () => createMemoryAdapter({ directory, latencyMs: 50, faults: [{ operation: 'listRoles', error: { code: 'forbidden', status: 403 }, times: 1 }] }) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent('You do not have permission to do this.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await canvas.findByRole('group', { name: 'Roles' }, LOAD);
    expect(canvas.queryByRole('alert')).toBeNull();
  },
});

export const ReadOnly = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory, readOnly: true, latencyMs: 50 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Roles' }, LOAD);
    expect(canvas.getByText(/does not allow changing them/)).toBeInTheDocument();
    for (const box of canvas.getAllByRole('checkbox')) expect(box).toBeDisabled();
    expect(canvas.queryByRole('button', { name: 'Save changes' })).toBeNull();
  },
});

export const Immediate = meta.story({
  args: { mode: 'immediate' },
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Roles' }, LOAD);
    expect(canvas.queryByRole('button', { name: 'Save changes' })).toBeNull();
    // Two toggles in quick succession, the second before the first has landed: both land.
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Viewer/ }));
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Billing manager/ }));
    expect(checkedNames(canvasElement)).toEqual(['Viewer', 'Billing manager', 'Developer']);
    await waitFor(() => expect([...heldOnServer(adapter, editor.id)].sort()).toEqual(['billing', 'developer', 'viewer']), LOAD);
    await canvas.findByText('Billing manager added.', {}, LOAD);
  },
});

// A dark host page: the story's frame (.storybook/preview.tsx) dark, with its own background and padding.
export const Dark = meta.story({
  globals: { rosterTheme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Roles' }, LOAD);
    // Every state on screen at once for the contrast check: staged add and removal, the diff.
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Admin/ }));
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Developer/ }));
  },
});

export const BrandTheme = meta.story({
  decorators: [withBrandTheme],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Roles' }, LOAD);
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Admin/ }));
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Developer/ }));
  },
});

export const Unstyled = meta.story({
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('group', { name: 'Roles' }, LOAD);
    expect(canvasElement.querySelector('[class*="roster-"]')).toBeNull();
    expect(canvasElement.querySelector('[data-roster-part="role-editor-role"]')).not.toBeNull();
  },
});

export const InDialog = meta.story({
  render: (args) => <RoleEditorDialog userId={args.userId} trigger={<button type="button">Edit roles</button>} />,
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Edit roles' });
    await userEvent.click(trigger);
    const dialog = await canvas.findByRole('dialog', { name: (name) => name.startsWith('Edit roles') }, LOAD);
    await within(dialog).findByRole('group', { name: 'Roles' }, LOAD);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Viewer/ }));
    // Leaving with an unsaved change asks first; keeping on editing keeps the change.
    await userEvent.keyboard('{Escape}');
    const confirm = await canvas.findByRole('alertdialog', { name: 'Discard changes?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(canvas.queryByRole('alertdialog')).toBeNull());
    expect(within(dialog).getByRole('checkbox', { name: /^Viewer/ })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull(), LOAD);
    expect(heldOnServer(adapter, editor.id)).toEqual(['developer', 'viewer']);
    await waitFor(() => expect(trigger).toHaveFocus());
  },
});

export const InDialogForOrganization = meta.story({
  args: { organizationId: editorOrganization.id },
  render: (args) => <RoleEditorDialog userId={args.userId} organizationId={args.organizationId} defaultOpen mode="immediate" />,
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: (name) => name.startsWith(`Edit roles in ${editorOrganization.name}`) }, LOAD);
    await within(dialog).findByRole('group', { name: `Roles in ${editorOrganization.name}` }, LOAD);
    expect(dialog).toHaveTextContent('Each change is saved at once.');
  },
});
