/**
 * OrgList and OrgListDialog on the memory directory. Each story runs in Chromium under the
 * storybook test project with an axe check; the play functions are the component tests.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
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
} from './roleFixtures.js';
import { withBrandTheme } from '../support/brandTheme.js';
import { createMemoryAdapter, type MemoryAdapter } from 'react-roster/memory';
import { OrgList, OrgListDialog } from 'react-roster';

const meta = preview.meta({
  title: 'Components/OrgList',
  component: OrgList,
  args: { userId: editor.id },
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory, latencyMs: 120 }) } },
});

const LOAD = { timeout: 8000 };
const [home, other] = editor.memberships!.map((m) => m.organization) as [{ id: string; name: string }, { id: string; name: string }];
const itemNames = (root: HTMLElement) => [...root.querySelectorAll('[data-roster-part="org-list-name"]')].map((el) => el.textContent);
const membershipsOnServer = (adapter: MemoryAdapter, userId: string) => userIn(adapter.snapshot(), userId).memberships!;

export const Default = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: `Roles in ${home.name}` }, LOAD);
    expect(within(list).getByText('Member')).toBeInTheDocument();
    expect(itemNames(canvasElement)).toEqual([home.name, other.name]);
    expect(canvas.getByRole('button', { name: `Edit roles in ${home.name}` })).toBeInTheDocument();
    expect(canvas.getByRole('button', { name: `Remove from ${other.name}` })).toBeInTheDocument();
    expect(canvas.getByRole('button', { name: 'Add to organization' })).toBeInTheDocument();
  },
});

export const ManyOrganizations = meta.story({
  args: { userId: memberOfAll.id },
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory: directoryWithManyOrganizations, latencyMs: 120 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(itemNames(canvasElement)).toHaveLength(50), LOAD);
    // Organization-scoped roles are named from their organization's roles once those arrive.
    await waitFor(() => expect(canvasElement.querySelector('[data-roster-part="org-list-role-chips"][data-state="loading"]')).toBeNull(), LOAD);
    expect(canvas.getAllByText('Approver')).toHaveLength(9);
  },
});

export const EditRolesInOrganization = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    const edit = await canvas.findByRole('button', { name: `Edit roles in ${home.name}` }, LOAD);
    await userEvent.click(edit);
    const dialog = await canvas.findByRole('dialog', { name: (name) => name.startsWith(`Edit roles in ${home.name}`) }, LOAD);
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: /^Site lead/ }, LOAD));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull(), LOAD);
    await waitFor(() => expect(edit).toHaveFocus());
    expect(within(canvas.getByRole('list', { name: `Roles in ${home.name}` })).getByText('Site lead')).toBeInTheDocument();
    expect(membershipsOnServer(adapter, editor.id).find((m) => m.organization.id === home.id)!.roleIds).toEqual(['member', `${home.id}:site-lead`]);
  },
});

export const RemoveWithConfirmation = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    const remove = await canvas.findByRole('button', { name: `Remove from ${other.name}` }, LOAD);
    await userEvent.click(remove);
    const confirm = await canvas.findByRole('alertdialog', { name: (name) => name.startsWith('Remove ') && name.endsWith(` from ${other.name}?`) });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(remove).toHaveFocus());
    expect(membershipsOnServer(adapter, editor.id)).toHaveLength(2);

    await userEvent.click(remove);
    await userEvent.click(within(await canvas.findByRole('alertdialog')).getByRole('button', { name: 'Remove from organization' }));
    await waitFor(() => expect(itemNames(canvasElement)).toEqual([home.name]));
    await canvas.findByText(`Removed from ${other.name}.`, {}, LOAD);
    expect(membershipsOnServer(adapter, editor.id).map((m) => m.organization.id)).toEqual([home.id]);
    // The row and its button are gone: focus lands on the list as a whole, not on the page body.
    await waitFor(() => expect(canvas.getByRole('region', { name: 'Organizations' })).toHaveFocus());
  },
});

export const RemoveFailureRollsBack = meta.story({
  parameters: {
    roster: { adapter: () => createMemoryAdapter({ directory, latencyMs: 120, faults: [{ operation: 'removeUserMembership', error: { code: 'forbidden', status: 403 } }] }) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: `Remove from ${other.name}` }, LOAD));
    await userEvent.click(within(await canvas.findByRole('alertdialog')).getByRole('button', { name: 'Remove from organization' }));
    const alert = await canvas.findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent('You do not have permission to do this.');
    await waitFor(() => expect(itemNames(canvasElement)).toEqual([home.name, other.name]));
  },
});

export const AddToOrganization = meta.story({
  args: { userId: joiner.id },
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory: directoryWithManyOrganizations, latencyMs: 120 }) } },
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    const add = await canvas.findByRole('button', { name: 'Add to organization' }, LOAD);
    await userEvent.click(add);
    const dialog = await canvas.findByRole('dialog', { name: 'Add to organization' });
    await within(dialog).findByText(/Showing 20 of 50/, {}, LOAD);
    await userEvent.type(within(dialog).getByRole('searchbox', { name: 'Search organizations' }), organizationWithOwnRoles.name);
    await userEvent.click(await within(dialog).findByRole('radio', { name: organizationWithOwnRoles.name }, LOAD));
    const roles = await within(dialog).findByRole('group', { name: `Roles to grant in ${organizationWithOwnRoles.name}` }, LOAD);
    await userEvent.click(await within(roles).findByRole('checkbox', { name: 'Approver' }, LOAD));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add to organization' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull(), LOAD);
    await waitFor(() => expect(add).toHaveFocus());
    const chips = await canvas.findByRole('list', { name: `Roles in ${organizationWithOwnRoles.name}` });
    await within(chips).findByText('Approver', {}, LOAD);
    expect(membershipsOnServer(adapter, joiner.id).find((m) => m.organization.id === organizationWithOwnRoles.id)!.roleIds).toEqual([`${organizationWithOwnRoles.id}:approver`]);
  },
});

export const AddRateLimited = meta.story({
  parameters: {
    roster: {
      adapter: () => createMemoryAdapter({ directory, latencyMs: 80, faults: [{ operation: 'addUserMembership', error: { code: 'rate_limited', status: 429, retryAfterMs: 5000 } }] }),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Add to organization' }, LOAD));
    const dialog = await canvas.findByRole('dialog', { name: 'Add to organization' });
    const first = (await within(dialog).findAllByRole('radio', {}, LOAD))[0]!;
    await userEvent.click(first);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add to organization' }));
    const alert = await within(dialog).findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent(/Too many requests right now\. Try again in \d seconds?\./);
    // The optimistic row is rolled back; the dialog stays open with the choice still made.
    await waitFor(() => expect(itemNames(canvasElement)).toEqual([home.name, other.name]));
    expect(first).toBeChecked();
  },
});

export const Empty = meta.story({
  args: { userId: loner.id },
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory: directoryWithLoner, latencyMs: 80 }) } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Not a member of any organization.', {}, LOAD);
  },
});

export const LoadErrorThenRetry = meta.story({
  parameters: {
    roster: { adapter: () => createMemoryAdapter({ directory, latencyMs: 50, faults: [{ operation: 'listUserMemberships', error: { code: 'forbidden', status: 403 }, times: 1 }] }) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, LOAD);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(itemNames(canvasElement)).toEqual([home.name, other.name]), LOAD);
    expect(canvas.queryByRole('alert')).toBeNull();
  },
});

export const ReadOnly = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory, readOnly: true, latencyMs: 50 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(itemNames(canvasElement)).toEqual([home.name, other.name]), LOAD);
    expect(canvas.queryByRole('button')).toBeNull();
  },
});

// A dark host page: the story's frame (.storybook/preview.tsx) dark, with its own background and padding.
export const Dark = meta.story({
  globals: { rosterTheme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(itemNames(canvasElement)).toHaveLength(2), LOAD);
    // The remove confirmation portals inside the themed wrapper, so it is checked dark too.
    await userEvent.click(canvas.getByRole('button', { name: `Remove from ${other.name}` }));
    await canvas.findByRole('alertdialog');
  },
});

export const BrandTheme = meta.story({
  decorators: [withBrandTheme],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(itemNames(canvasElement)).toHaveLength(2), LOAD);
    // The picker, with an organization and its roles showing, is checked in the brand colours too.
    await userEvent.click(canvas.getByRole('button', { name: 'Add to organization' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Add to organization' });
    await userEvent.click((await within(dialog).findAllByRole('radio', {}, LOAD))[0]!);
    await within(dialog).findAllByRole('checkbox', {}, LOAD);
  },
});

export const Unstyled = meta.story({
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(itemNames(canvasElement)).toHaveLength(2), LOAD);
    expect(canvasElement.querySelector('[class*="roster-"]')).toBeNull();
    expect(canvasElement.querySelector('[data-roster-part="org-list-item"]')).not.toBeNull();
  },
});

export const InDialog = meta.story({
  render: (args) => <OrgListDialog userId={args.userId} trigger={<button type="button">Organizations</button>} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Organizations' });
    await userEvent.click(trigger);
    const dialog = await canvas.findByRole('dialog', { name: (name) => name.startsWith('Organizations') });
    await userEvent.click(await within(dialog).findByRole('button', { name: `Edit roles in ${home.name}` }, LOAD));
    await canvas.findByRole('dialog', { name: (name) => name.startsWith(`Edit roles in ${home.name}`) }, LOAD);
    // Escape closes only the dialog on top.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog', { name: (name) => name.startsWith(`Edit roles in ${home.name}`) })).toBeNull());
    expect(canvas.getByRole('dialog', { name: (name) => name.startsWith('Organizations') })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
});
