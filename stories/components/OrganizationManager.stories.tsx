/**
 * OrganizationManager on the memory directory, and on the SSOJet and Descope emulators. Each story
 * runs in Chromium under the storybook test project with an axe check; the play functions drive
 * the writes and read the result back from the backend.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createMemoryAdapter, generateDirectory, type MemoryAdapter } from 'react-roster/memory';
import { OrganizationManager } from 'react-roster';
import { serverAdapter } from '../adapters/ServerAdapterPage.js';
import { onSsojetEmulator } from './ssojetStory.js';

const directory = generateDirectory({ seed: 7, userCount: 80, organizationCount: 8 });
const [acme, globex] = directory.organizations as [(typeof directory.organizations)[0], (typeof directory.organizations)[0]];
const memory = (options: Parameters<typeof createMemoryAdapter>[0] = {}) => () => createMemoryAdapter({ directory, latencyMs: 120, ...options });

const meta = preview.meta({
  title: 'Components/OrganizationManager',
  component: OrganizationManager,
  parameters: { roster: { adapter: memory() } },
});

const LOAD = { timeout: 8000 };
const names = (root: HTMLElement) => [...root.querySelectorAll('[data-roster-part="organization-manager-name"]')].map((el) => el.textContent);
const onServer = (adapter: MemoryAdapter) => adapter.snapshot().organizations;
const membersOf = (id: string) => directory.users.filter((u) => u.memberships?.some((m) => m.organization.id === id)).length;

export const Default = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(names(canvasElement)).toEqual(directory.organizations.map((o) => o.name)), LOAD);
    expect(canvas.getByText('8 organizations')).toBeInTheDocument();
    await canvas.findByText(`${membersOf(acme.id)} members`, {}, LOAD);
    expect(within(canvas.getByRole('list', { name: `Domains of ${acme.name}` })).getByText(acme.domains[0]!)).toBeInTheDocument();
  },
});

/** The first page never arrives. */
export const Loading = meta.story({ parameters: { roster: { adapter: memory({ latencyMs: 600_000 }) } } });

export const Empty = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory: { ...directory, organizations: [] }, latencyMs: 120 }) } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No organizations yet.', {}, LOAD);
  },
});

export const LoadFailed = meta.story({
  parameters: { roster: { adapter: memory({ faults: [{ operation: 'listOrganizations', error: { code: 'server', status: 503 }, times: 1 }] }), provider: { retry: false } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(await canvas.findByRole('alert', {}, LOAD)).toHaveTextContent('The identity provider had a problem handling the request.');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(names(canvasElement)).toHaveLength(8), LOAD);
  },
});

export const RateLimited = meta.story({
  parameters: { roster: { adapter: memory({ faults: [{ operation: 'listOrganizations', error: { code: 'rate_limited', status: 429, retryAfterMs: 30_000 } }] }) } },
  play: async ({ canvasElement }) => {
    expect(await within(canvasElement).findByRole('alert', {}, LOAD)).toHaveTextContent(/Too many requests right now\. Try again in \d+ seconds\./);
  },
});

/** 180 organizations, 10 a page, searched on the backend. */
export const ManyOrganizations = meta.story({
  args: { pageSize: 10 },
  parameters: { roster: { adapter: () => createMemoryAdapter({ seed: 7, userCount: 400, organizationCount: 180, latencyMs: 120 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Page 1 of 18', {}, LOAD);
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await canvas.findByText('Page 2 of 18', {}, LOAD);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search organizations' }), 'Hooli 1');
    await waitFor(() => expect(names(canvasElement)).toEqual(['Hooli 10']), LOAD);
  },
});

const HOSTILE = ['<img src=x onerror=alert(1)>', '\u202Egnp.exe Corp', `${'Long name '.repeat(100)}`.trim()];
export const HostileNames = meta.story({
  parameters: {
    roster: { adapter: () => createMemoryAdapter({ directory: { ...directory, organizations: HOSTILE.map((name, i) => ({ id: `org_h${i}`, name, domains: i ? [] : ['hostile.example'] })) }, latencyMs: 120 }) },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(names(canvasElement)).toEqual(HOSTILE), LOAD);
    expect(canvasElement.querySelector('img')).toBeNull();
  },
});

export const ReadOnlyBackend = meta.story({
  parameters: { roster: { adapter: memory({ readOnly: true }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(names(canvasElement)).toHaveLength(8), LOAD);
    expect(canvas.queryByRole('button', { name: 'Create organization' })).toBeNull();
    expect(canvas.queryByRole('button', { name: /^(Edit|Delete) / })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: `Members of ${acme.name}` }));
    await canvas.findByRole('heading', { name: `Members of ${acme.name}` });
  },
});

export const CreateDialog = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Create organization' }, LOAD));
    const dialog = await canvas.findByRole('dialog', { name: 'Create organization' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await userEvent.type(name, acme.name);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Email domains' }), 'nakatomi.example{Enter}@NT.example');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('An organization with this name already exists.'), LOAD);
    await userEvent.clear(name);
    await userEvent.type(name, 'Nakatomi Trading');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    await canvas.findByText('Created Nakatomi Trading.', {}, LOAD);
    expect(onServer(adapter).find((o) => o.name === 'Nakatomi Trading')?.domains).toEqual(['nakatomi.example', 'nt.example']);
  },
});

export const EditDialog = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    const edit = await canvas.findByRole('button', { name: `Edit ${globex.name}` }, LOAD);
    await userEvent.click(edit);
    const dialog = await canvas.findByRole('dialog', { name: `Edit ${globex.name}` });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Globex International');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    // Optimistic: the row shows the new name before the backend has answered.
    await waitFor(() => expect(names(canvasElement)).toContain('Globex International'));
    await canvas.findByText('Saved Globex International.', {}, LOAD);
    expect(onServer(adapter).find((o) => o.id === globex.id)!.name).toBe('Globex International');
  },
});

export const DeleteDialog = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: `Delete ${acme.name}` }, LOAD));
    const confirm = await canvas.findByRole('alertdialog', { name: `Delete ${acme.name}?` });
    await within(confirm).findByText(new RegExp(`^Its ${membersOf(acme.id)} members lose their membership`), {}, LOAD);
    const remove = within(confirm).getByRole('button', { name: 'Delete organization' });
    expect(remove).toBeDisabled();
    await userEvent.type(within(confirm).getByRole('textbox'), acme.name);
    await userEvent.click(remove);
    await canvas.findByText(`Deleted ${acme.name}. Its ${membersOf(acme.id)} members kept their accounts.`, {}, LOAD);
    expect(onServer(adapter).map((o) => o.id)).not.toContain(acme.id);
    await waitFor(() => expect(canvas.getByRole('button', { name: `Members of ${globex.name}` })).toHaveFocus());
  },
});

export const MembersView = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const open = await canvas.findByRole('button', { name: `Members of ${globex.name}` }, LOAD);
    await userEvent.click(open);
    await waitFor(() => expect(canvas.getByRole('heading', { name: `Members of ${globex.name}` })).toHaveFocus());
    await canvas.findByText(`${membersOf(globex.id)} users`, {}, LOAD);
    await userEvent.click(canvas.getByRole('button', { name: 'Back to organizations' }));
    await waitFor(() => expect(open).toHaveFocus());
  },
});

const ssojet = onSsojetEmulator();

/** SSOJet through its real adapter and fetch, answered by the strict emulator in the browser. */
export const OnSsojet = meta.story({
  parameters: ssojet.parameters,
  beforeEach: ssojet.beforeEach,
  play: async ({ canvasElement }) => {
    const emulator = ssojet.emulator();
    const canvas = within(canvasElement);
    await waitFor(() => expect(names(canvasElement)).toHaveLength(emulator.state.organizations.length), LOAD);
    await userEvent.click(canvas.getByRole('button', { name: 'Create organization' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Create organization' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Nakatomi Trading');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Email domains' }), 'nakatomi.example');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    await canvas.findByText('Created Nakatomi Trading.', {}, LOAD);
    await waitFor(() => expect(emulator.state.organizations.some((o) => o.name === 'Nakatomi Trading')).toBe(true), LOAD);
    await waitFor(() => expect(names(canvasElement)).toContain('Nakatomi Trading'), LOAD);
  },
});

/** Descope with a management key, behind Roster's handler in Node; the page uses the remote adapter. */
export const OnDescope = meta.story({
  parameters: { roster: { adapter: serverAdapter('descope', 'organization-manager-stories') } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const LONG = { timeout: 30_000 };
    await waitFor(() => expect(names(canvasElement).length).toBeGreaterThan(1), LONG);
    const [firstName] = names(canvasElement) as [string];
    await userEvent.click(canvas.getByRole('button', { name: `Edit ${firstName}` }));
    const dialog = await canvas.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, `${firstName} Renamed`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await canvas.findByText(`Saved ${firstName} Renamed.`, {}, LONG);
    // Read back from Descope: the search asks the backend again.
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search organizations' }), 'Renamed');
    await waitFor(() => expect(names(canvasElement)).toEqual([`${firstName} Renamed`]), LONG);
  },
});
