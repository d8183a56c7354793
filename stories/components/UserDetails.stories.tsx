/**
 * UserDetails inline and opened from a UserTable row, on the memory directory and on the SSOJet
 * and Descope emulators. Each story runs in Chromium under the storybook test project with an axe
 * check; the play functions drive the writes and read the result back from the backend.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createMemoryAdapter, type MemoryAdapter } from 'react-roster/memory';
import { createDescopeAdapter } from 'react-roster/descope';
import { createDescopeEmulator, type DescopeEmulator } from 'react-roster/testing';
import { UserDetails, UserTable } from 'react-roster';
import { ANA, detailsDirectory, HOSTILE, INVITEE, MEGABYTE } from './userDetailsFixtures.js';
import { onSsojetEmulator } from './ssojetStory.js';

type MemoryOptions = Parameters<typeof createMemoryAdapter>[0];
const memory = (options: MemoryOptions = {}) => () => createMemoryAdapter({ directory: detailsDirectory, latencyMs: 80, ...options });

const meta = preview.meta({
  title: 'Components/UserDetails',
  component: UserDetails,
  args: { userId: ANA.id },
  parameters: { roster: { adapter: memory() } },
});

const LOAD = { timeout: 8000 };
const LONG = { timeout: 20_000 };
const stored = (adapter: MemoryAdapter, id: string) => adapter.snapshot().users.find((u) => u.id === id);
const profile = (root: HTMLElement) => within(root).findByRole('textbox', { name: 'Given name' }, LOAD);

/** Types a new given name and picks a department, then saves and waits for the word it landed. */
async function editNameAndDepartment(root: HTMLElement, given: string, department: string) {
  const canvas = within(root);
  const field = await canvas.findByRole('textbox', { name: 'Given name' }, LOAD);
  await userEvent.clear(field);
  await userEvent.type(field, given);
  await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Department' }, LOAD), department);
  await userEvent.click(canvas.getByRole('button', { name: 'Save profile' }));
}

export const Default = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    await editNameAndDepartment(canvasElement, 'Anna', 'Engineering');
    await within(canvasElement).findByText('Saved the profile of Ana Silva.', {}, LOAD);
    expect(stored(adapter, ANA.id)).toMatchObject({ givenName: 'Anna', customAttributes: { ...ANA.customAttributes, department: 'Engineering' } });
  },
});

/** The admin's way in: a table row opens the details in a drawer; the table shows the change. */
export const FromTableRow = meta.story({
  render: () => <UserTable defaultQuery={{ pageSize: 10 }} />,
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    const row = (await canvas.findByRole('button', { name: 'Open details of Ana Silva' }, LOAD)).closest('tr')!;
    await userEvent.click(row.querySelector('td[data-column="email"]')!);
    const dialog = await canvas.findByRole('dialog', { name: 'Details — Ana Silva' }, LOAD);
    const name = await within(dialog).findByRole('textbox', { name: 'Display name' }, LOAD);
    await userEvent.clear(name);
    await userEvent.type(name, 'Ana Silva-Costa');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Works remotely' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await within(dialog).findByText('Saved the profile of Ana Silva-Costa.', {}, LOAD);
    expect(stored(adapter, ANA.id)).toMatchObject({ name: 'Ana Silva-Costa', customAttributes: { remote: false } });
    await userEvent.keyboard('{Escape}');
    await canvas.findByRole('button', { name: 'Open details of Ana Silva-Costa' }, LOAD);
  },
});

/** The user never arrives. */
export const Loading = meta.story({
  parameters: { roster: { adapter: memory({ latencyMs: 600_000 }) } },
  play: async ({ canvasElement }) => {
    expect(await within(canvasElement).findByText('Loading…')).toBeInTheDocument();
  },
});

export const NotFound = meta.story({
  args: { userId: 'usr_nobody' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('This user does not exist, or no longer does.', {}, LOAD);
  },
});

export const ByEmail = meta.story({
  args: { userId: undefined, email: 'ANA.SILVA@example.com' },
  play: async ({ canvasElement }) => {
    await profile(canvasElement);
    expect(within(canvasElement).getByRole('region', { name: 'Details of Ana Silva' })).toBeInTheDocument();
  },
});

export const LoadFailedThenRetry = meta.story({
  parameters: { roster: { adapter: memory({ faults: [{ operation: 'getUser', error: { code: 'server', status: 503 }, times: 1 }] }), provider: { retry: false } } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, LOAD);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await profile(canvasElement);
  },
});

export const RateLimited = meta.story({
  parameters: { roster: { adapter: memory({ faults: [{ operation: 'getUser', error: { code: 'rate_limited', status: 429, retryAfterMs: 30_000 } }] }), provider: { retry: false } } },
  play: async ({ canvasElement }) => {
    expect(await within(canvasElement).findByRole('alert', {}, LOAD)).toHaveTextContent(/Too many requests right now\. Try again in \d+ seconds\./);
  },
});

export const ReadOnly = meta.story({
  parameters: { roster: { adapter: memory({ readOnly: true }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('region', { name: 'Details of Ana Silva' }, LOAD);
    await waitFor(() => expect(canvas.getByText('Department').closest('[data-roster-part="user-details-field"]')).toHaveTextContent('Sales'), LOAD);
    expect(canvas.queryByRole('button', { name: 'Save profile' })).toBeNull();
    expect(canvas.queryByRole('button', { name: /^Mark/ })).toBeNull();
  },
});

/** Where the backend defines no attributes, each is typed by its value. */
export const AttributesWithoutDefinitions = meta.story({
  parameters: { roster: { adapter: memory({ capabilities: { details: { attributeDefinitions: false } } }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await profile(canvasElement);
    expect(canvas.getByRole('textbox', { name: 'department' })).toHaveValue('Sales');
    expect(canvas.getByRole('textbox', { name: 'employeeId' })).toHaveValue('10018');
    expect(canvas.getByRole('checkbox', { name: 'remote' })).toBeChecked();
  },
});

export const HostileAttributes = meta.story({
  args: { userId: HOSTILE.id },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await profile(canvasElement);
    expect(canvasElement.querySelector('img')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Show all' }));
    expect(canvas.getByRole('textbox', { name: 'notes' })).toHaveValue(MEGABYTE);
    expect((window as { __rosterPwned?: number }).__rosterPwned).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  },
});

/** The backend refuses two fields: each says so under itself. */
export const FieldErrors = meta.story({
  parameters: {
    roster: { adapter: memory({ faults: [{ operation: 'updateUser', error: { code: 'invalid_input', status: 400, fieldErrors: { givenName: 'x', 'customAttributes.department': 'x' } } }] }) },
  },
  play: async ({ canvasElement }) => {
    await editNameAndDepartment(canvasElement, 'Anna', 'Legal');
    await waitFor(() => expect(within(canvasElement).getByRole('textbox', { name: 'Given name' })).toHaveAccessibleDescription('The identity provider did not accept this value.'), LOAD);
  },
});

/** Another admin saves while this one edits: both values, and the choice. */
export const Conflict = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    const field = await profile(canvasElement);
    await userEvent.clear(field);
    await userEvent.type(field, 'Anna');
    await adapter.updateUser!(ANA.id, { givenName: 'Annie' });
    await userEvent.click(canvas.getByRole('button', { name: 'Save profile' }));
    const notice = await canvas.findByRole('group', { name: 'Someone else changed this user while you were editing.' }, LOAD);
    expect(within(notice).getByRole('listitem')).toHaveTextContent('Given nameYoursAnnaSaved meanwhileAnnie');
    expect(stored(adapter, ANA.id)!.givenName).toBe('Annie');
    await userEvent.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    await canvas.findByText('Saved the profile of Ana Silva.', {}, LOAD);
    expect(stored(adapter, ANA.id)!.givenName).toBe('Anna');
  },
});

export const Invited = meta.story({
  args: { userId: INVITEE.id },
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    const section = await canvas.findByRole('region', { name: 'Invitation' }, LOAD);
    await userEvent.click(within(section).getByRole('button', { name: 'Resend invitation' }));
    await canvas.findByText('Sent the invitation to Ivo Invited again.', {}, LOAD);
    expect(stored(adapter, INVITEE.id)!.invitation!.sentAt).not.toBe(INVITEE.invitation!.sentAt);
    // The confirmation left open, for its own axe check.
    await userEvent.click(within(section).getByRole('button', { name: 'Revoke invitation' }));
    await canvas.findByRole('alertdialog', { name: 'Revoke the invitation of Ivo Invited?' }, LOAD);
  },
});

/** The details in the drawer with unsaved input, and the question before closing it. */
export const DiscardQuestion = meta.story({
  render: () => <UserTable defaultQuery={{ pageSize: 10 }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Open details of Ana Silva' }, LOAD));
    const dialog = await canvas.findByRole('dialog', {}, LOAD);
    await userEvent.type(await within(dialog).findByRole('textbox', { name: 'Phone' }, LOAD), '9');
    await userEvent.keyboard('{Escape}');
    await canvas.findByRole('alertdialog', { name: 'Discard changes?' }, LOAD);
  },
});

/** 5,000 entries of activity: one page of them is drawn, and the page moves on. */
export const LongActivity = meta.story({
  parameters: { roster: { adapter: memory({ activityPerUser: (u) => (u.id === ANA.id ? 5000 : undefined) }) } },
  play: async ({ canvasElement }) => {
    const section = await within(canvasElement).findByRole('region', { name: 'Activity' }, LOAD);
    await waitFor(() => expect(within(section).getAllByRole('listitem').length).toBeGreaterThan(5), LOAD);
    expect(within(section).getAllByRole('listitem').length).toBeLessThanOrEqual(20 * 4);
  },
});

// A dark host page, a phone and Arabic (right to left): the details, checked by axe in each.
export const Dark = meta.story({
  globals: { rosterTheme: 'dark' },
  play: async ({ canvasElement }) => {
    await profile(canvasElement);
  },
});
export const Phone = meta.story({
  name: 'Phone (390 px)',
  globals: { viewport: { value: 'phone390', isRotated: false } },
  render: () => <UserTable defaultQuery={{ pageSize: 10 }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Open details of Ana Silva' }, LOAD));
    await within(await canvas.findByRole('dialog', {}, LOAD)).findByRole('textbox', { name: 'Given name' }, LOAD);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
});
export const Arabic = meta.story({
  globals: { rosterLocale: 'ar' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('textbox', { name: 'الاسم الأول' }, LOAD);
  },
});

const ssojet = onSsojetEmulator(12);

/** SSOJet: a row opens the details; a name and a custom attribute (typed by value) are saved to the emulator. */
export const OnSsojet = meta.story({
  parameters: ssojet.parameters,
  beforeEach: ssojet.beforeEach,
  render: () => <UserTable defaultQuery={{ pageSize: 10 }} />,
  play: async ({ canvasElement }) => {
    const emulator = ssojet.emulator();
    const canvas = within(canvasElement);
    const [id, wire] = [...emulator.state.users.entries()].find(([, u]) => typeof u.raw_attributes?.department === 'string')!;
    const opener = await canvas.findByRole('button', { name: `Open details of ${[wire.first_name, wire.last_name].filter(Boolean).join(' ')}` }, LONG);
    await userEvent.click(opener);
    const dialog = await canvas.findByRole('dialog', {}, LOAD);
    const given = await within(dialog).findByRole('textbox', { name: 'Given name' }, LONG);
    await userEvent.clear(given);
    await userEvent.type(given, 'Renamed');
    const department = within(dialog).getByRole('textbox', { name: 'department' });
    await userEvent.clear(department);
    await userEvent.type(department, 'Research');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await within(dialog).findByText(/^Saved the profile of Renamed/, {}, LONG);
    const after = emulator.state.users.get(id)!;
    expect(after.first_name).toBe('Renamed');
    expect(after.raw_attributes).toMatchObject({ department: 'Research' });
  },
});

let descope: DescopeEmulator | undefined;
const DESCOPE = { projectId: 'P2RosterEmulator', session: 'tenant-admin-session', tenant: 'org_001' };

/** Descope as a tenant admin's session: a member's name and a defined attribute, saved to the emulator. */
export const OnDescopeTenantSession = meta.story({
  parameters: {
    roster: { adapter: () => createDescopeAdapter({ projectId: DESCOPE.projectId, auth: { getSessionToken: () => DESCOPE.session, tenantId: DESCOPE.tenant } }) },
  },
  beforeEach: ({ msw }) => {
    descope = createDescopeEmulator({ projectId: DESCOPE.projectId, sessions: { [DESCOPE.session]: { tenantId: DESCOPE.tenant } } });
    msw.use(...descope.handlers);
  },
  render: () => <UserTable organizationId={DESCOPE.tenant} defaultQuery={{ pageSize: 10 }} />,
  play: async ({ canvasElement }) => {
    const emulator = descope!;
    const canvas = within(canvasElement);
    const member = emulator.state.users.find((u) => u.status === 'enabled' && u.name && u.userTenants.some((t) => t.tenantId === DESCOPE.tenant))!;
    await userEvent.click(await canvas.findByRole('button', { name: `Open details of ${member.name}` }, LONG));
    const dialog = await canvas.findByRole('dialog', {}, LOAD);
    const name = await within(dialog).findByRole('textbox', { name: 'Display name' }, LONG);
    await userEvent.clear(name);
    await userEvent.type(name, 'Renamed Member');
    await userEvent.selectOptions(await within(dialog).findByRole('combobox', { name: 'Department' }, LONG), 'Legal');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await within(dialog).findByText('Saved the profile of Renamed Member.', {}, LONG);
    const after = emulator.state.users.find((u) => u.userId === member.userId)!;
    expect(after.name).toBe('Renamed Member');
    expect(after.customAttributes).toMatchObject({ department: 'Legal' });
  },
});
