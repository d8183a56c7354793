/**
 * UserImport on the memory directory, and on the SSOJet and Descope emulators: every state of the
 * dialog (a file chosen, a preview with problems, the import running, paused by a 429, results
 * with failures, a retry). Each story runs in Chromium under the storybook test project with an
 * axe check; the play functions import a small CSV and read the users back from the backend.
 */
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createMemoryAdapter, type MemoryAdapter } from 'react-roster/memory';
import { createDescopeAdapter } from 'react-roster/descope';
import { createDescopeEmulator, type DescopeEmulator } from 'react-roster/testing';
import { UserImport, UserTable } from 'react-roster';
import { onSsojetEmulator } from './ssojetStory.js';

const meta = preview.meta({
  title: 'Components/UserImport',
  component: UserImport,
  args: { onImported: fn() },
  parameters: { roster: { adapter: () => createMemoryAdapter({ userCount: 30, latencyMs: 60 }) } },
});

const LOAD = { timeout: 8000 };
const LONG = { timeout: 30_000 };

const SMALL = ['email,name,roles', 'ada@example.com,Ada Lovelace,Admin', 'grace@example.com,Grace Hopper,viewer;member', 'alan@example.com,Alan Turing,'].join('\n');
const WITH_PROBLEMS = [
  'E-Mail,First Name,Last Name,Roles,Organization,Invite,Department',
  'ada@example.com,Ada,Lovelace,admin,Acme Corporation,yes,R&D',
  'not-an-email,No,Body,,,,',
  'ADA@example.com,Ada,Again,,,,',
  'bob@example.com,Bob,"<img src=x onerror=""window.__rosterPwned=1"">",Wizard,,maybe,',
  'eve@example.com,Eve,,,Nowhere Inc,,',
  '"line@example.com","Multi","Line\nName",viewer,,no,',
].join('\r\n');

const csv = (text: string) => new File([text], 'users.csv', { type: 'text/csv' });
const part = (root: HTMLElement, name: string) => root.querySelector<HTMLElement>(`[data-roster-part="user-import-${name}"]`);

/** Opens the dialog and chooses `text` as the file; resolves with the dialog once it shows the file's rows. */
async function chooseFile(root: HTMLElement, text: string) {
  await userEvent.click(await within(root).findByRole('button', { name: 'Import CSV' }, LOAD));
  const dialog = await within(root).findByRole('dialog', { name: 'Import users' }, LOAD);
  await userEvent.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, csv(text));
  return dialog;
}

const summaryOf = (dialog: HTMLElement) => part(dialog, 'summary')?.textContent ?? '';

export const Closed = meta.story({
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: 'Import CSV' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  },
});

/** The dialog open, waiting for a file: the drop zone and what the file must hold. */
export const ChoosingAFile = meta.story({
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'Import users' }, LOAD);
    expect(within(dialog).getByText(/A header row, then one user per row/)).toBeInTheDocument();
  },
});

/** A file chosen, all rows ready; Import creates them and the play function reads them back. */
export const FileChosenAndImported = meta.story({
  play: async ({ canvasElement, loaded, args }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const dialog = await chooseFile(canvasElement, SMALL);
    await waitFor(() => expect(summaryOf(dialog)).toBe('3 rows: 3 ready, 0 with problems.'), LOAD);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 3 users' }));
    await waitFor(() => expect(summaryOf(dialog)).toBe('Created 3 users.'), LOAD);
    const users = adapter.snapshot().users;
    expect(users.find((u) => u.email === 'grace@example.com')).toMatchObject({ name: 'Grace Hopper', roleIds: ['viewer', 'member'] });
    expect(users.filter((u) => ['ada@example.com', 'alan@example.com'].includes(u.email!))).toHaveLength(2);
    await waitFor(() => expect(args.onImported).toHaveBeenCalledTimes(1));
    expect((args.onImported as ReturnType<typeof fn>).mock.calls[0]![0]).toHaveLength(3);
  },
});

/** Bad and duplicate emails, unknown roles and organization, an unreadable invite, hostile text. */
export const PreviewWithProblems = meta.story({
  play: async ({ canvasElement }) => {
    const dialog = await chooseFile(canvasElement, WITH_PROBLEMS);
    await waitFor(() => expect(summaryOf(dialog)).toBe('6 rows: 2 ready, 4 with problems.'), LOAD);
    for (const text of ['Not a valid email address.', 'The same email as row 2.', 'Unknown role: Wizard.', 'Invite must be yes or no, not “maybe”.', 'Unknown organization: Nowhere Inc.']) {
      expect(within(dialog).getByText(text)).toBeInTheDocument();
    }
    expect(within(dialog).getByText('Not imported: Department.')).toBeInTheDocument();
    expect(dialog.querySelector('img')).toBeNull();
    expect((window as { __rosterPwned?: number }).__rosterPwned).toBeUndefined();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Show only rows with problems' }));
    expect(within(dialog).getAllByRole('row')).toHaveLength(1 + 4);
  },
});

/** A file without an email column: the error names what it needs and what it found. */
export const WrongColumns = meta.story({
  play: async ({ canvasElement }) => {
    const dialog = await chooseFile(canvasElement, 'Full name;Phone\nAda Lovelace;+44 20 7946 0000\n');
    expect(await within(dialog).findByRole('alert', {}, LOAD)).toHaveTextContent('The file needs an “email” column. Its header row has: Full name and Phone.');
  },
});

/** 50,000 rows: refused at the limit, with the reason, without the page freezing. */
export const TooManyRows = meta.story({
  play: async ({ canvasElement }) => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `user${i}@example.com,User ${i}`).join('\n');
    const dialog = await chooseFile(canvasElement, `email,name\n${rows}\n`);
    expect(await within(dialog).findByRole('alert', {}, LONG)).toHaveTextContent(/^The file has more than 10,000 rows\./);
  },
});

/** The import under way: the backend now takes ten minutes per create. */
export const Running = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const dialog = await chooseFile(canvasElement, SMALL);
    await waitFor(() => expect(summaryOf(dialog)).toBe('3 rows: 3 ready, 0 with problems.'), LOAD);
    adapter.setLatency(600_000);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 3 users' }));
    expect(await within(dialog).findByRole('progressbar', { name: 'Import progress' }, LOAD)).toHaveAttribute('value', '0');
    expect(within(dialog).getByText('0 of 3 sent · 0 created, 0 failed')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Stop' })).toBeInTheDocument();
  },
});

/** A 429 with Retry-After: 30 s: the whole import waits, and says how long. */
export const RateLimitedPause = meta.story({
  args: { concurrency: 1 },
  parameters: { roster: { adapter: () => createMemoryAdapter({ userCount: 30, latencyMs: 60, faults: [{ operation: 'createUser', error: { code: 'rate_limited', status: 429, retryAfterMs: 30_000 }, times: 1 }] }) } },
  play: async ({ canvasElement }) => {
    const dialog = await chooseFile(canvasElement, SMALL);
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Import 3 users' }, LOAD));
    await waitFor(() => expect(part(dialog, 'paused')).toHaveTextContent(/^The identity provider asked to slow down: going on in (30|29) seconds\.$/), LOAD);
    expect(part(dialog, 'progress')).toHaveAttribute('data-state', 'paused');
  },
});

/** Two creates fail; the results say which and why, and Retry failed sends only those two. */
export const ResultsWithFailuresThenRetry = meta.story({
  args: { concurrency: 1 },
  parameters: { roster: { adapter: () => createMemoryAdapter({ userCount: 30, latencyMs: 60, faults: [{ operation: 'createUser', error: { code: 'server', status: 503 }, times: 2 }] }) } },
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const dialog = await chooseFile(canvasElement, SMALL);
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Import 3 users' }, LOAD));
    await waitFor(() => expect(summaryOf(dialog)).toBe('Created 1 user. 2 failed.'), LOAD);
    expect(within(dialog).getAllByText('The identity provider had a problem handling the request.')).toHaveLength(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry 2 failed' }));
    await waitFor(() => expect(summaryOf(dialog)).toBe('Created 3 users.'), LOAD);
    expect(adapter.snapshot().users.filter((u) => u.email?.endsWith('@example.com') && ['ada', 'grace', 'alan'].some((n) => u.email!.startsWith(n)))).toHaveLength(3);
  },
});

/** Where the backend cannot create users, there is nothing to show. */
export const ReadOnlyBackend = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ userCount: 30, readOnly: true }) } },
  play: async ({ canvasElement }) => {
    expect(within(canvasElement).queryByRole('button', { name: 'Import CSV' })).toBeNull();
  },
});

/** In UserTable's toolbar: the imported users appear in the table. */
export const InUserTable = meta.story({
  render: () => <UserTable defaultQuery={{ pageSize: 10 }} />,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('30 users', {}, LOAD);
    const dialog = await chooseFile(canvasElement, SMALL);
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Import 3 users' }, LOAD));
    await waitFor(() => expect(summaryOf(dialog)).toBe('Created 3 users.'), LOAD);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await within(canvasElement).findByText('33 users', {}, LOAD);
  },
});

// A dark host page, a phone and Arabic (right to left): the preview with its problems, checked by axe in each.
const previewProblems = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const dialog = await chooseFile(canvasElement, WITH_PROBLEMS);
  await waitFor(() => expect(part(dialog, 'issue')).not.toBeNull(), LOAD);
};
export const Dark = meta.story({ globals: { rosterTheme: 'dark' }, play: previewProblems });
export const Phone = meta.story({
  name: 'Phone (390 px)',
  globals: { viewport: { value: 'phone390', isRotated: false } },
  play: async (context) => {
    await previewProblems(context);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
});
export const Arabic = meta.story({
  globals: { rosterLocale: 'ar' },
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'استيراد CSV' }, LOAD));
    const dialog = await within(canvasElement).findByRole('dialog', {}, LOAD);
    await userEvent.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, csv(WITH_PROBLEMS));
    await waitFor(() => expect(part(dialog, 'issue')).not.toBeNull(), LOAD);
  },
});

const ssojet = onSsojetEmulator(20);

/** SSOJet through its real adapter and the strict emulator: a 429 on the way is waited out, then the users are there. */
export const OnSsojet = meta.story({
  parameters: ssojet.parameters,
  beforeEach: ssojet.beforeEach,
  play: async ({ canvasElement }) => {
    const emulator = ssojet.emulator();
    const dialog = await chooseFile(canvasElement, 'email,first name,last name\nada@example.com,Ada,Lovelace\ngrace@example.com,Grace,Hopper\n');
    await waitFor(() => expect(summaryOf(dialog)).toBe('2 rows: 2 ready, 0 with problems.'), LONG);
    emulator.faults.failNext('createUser', { status: 429, retryAfterSeconds: 1 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 2 users' }));
    await waitFor(() => expect(summaryOf(dialog)).toBe('Created 2 users.'), LONG);
    const emails = [...emulator.state.users.values()].map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(['ada@example.com', 'grace@example.com']));
  },
});

let descope: DescopeEmulator | undefined;
const DESCOPE = { projectId: 'P2RosterEmulator', session: 'tenant-admin-session', tenant: 'org_001' };

/** Descope as a tenant admin's session: it only invites, into the tenant, with the tenant's roles. */
export const OnDescopeTenantSession = meta.story({
  args: { organizationId: DESCOPE.tenant },
  parameters: {
    roster: { adapter: () => createDescopeAdapter({ projectId: DESCOPE.projectId, auth: { getSessionToken: () => DESCOPE.session, tenantId: DESCOPE.tenant } }) },
  },
  beforeEach: ({ msw }) => {
    descope = createDescopeEmulator({ projectId: DESCOPE.projectId, sessions: { [DESCOPE.session]: { tenantId: DESCOPE.tenant } } });
    msw.use(...descope.handlers);
  },
  play: async ({ canvasElement }) => {
    const dialog = await chooseFile(canvasElement, 'email,name,roles\nada@example.com,Ada Lovelace,Approver\n');
    await waitFor(() => expect(summaryOf(dialog)).toBe('1 row: 1 ready, 0 with problems.'), LONG);
    expect(within(dialog).getByText('This identity provider only invites: every user gets an invitation.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 1 user' }));
    await waitFor(() => expect(summaryOf(dialog)).toBe('Created 1 user.'), LONG);
    const created = descope!.state.users.find((u) => u.email === 'ada@example.com')!;
    expect(created.userTenants.find((t) => t.tenantId === DESCOPE.tenant)?.roleNames).toEqual(['Approver']);
  },
});
