/**
 * UserExport on the memory directory, and on the SSOJet and Descope emulators. Each story runs in
 * Chromium under the storybook test project with an axe check; the play functions export and read
 * the CSV back from `onExported` (the stories save no files: `download` is off where they click).
 */
import Papa from 'papaparse';
import { expect, fn, userEvent, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createMemoryAdapter } from 'react-roster/memory';
import { createDescopeAdapter } from 'react-roster/descope';
import { createDescopeEmulator, type DescopeEmulator } from 'react-roster/testing';
import { UserExport } from 'react-roster';
import { onSsojetEmulator } from './ssojetStory.js';

const meta = preview.meta({
  title: 'Components/UserExport',
  component: UserExport,
  args: { onExported: fn(), download: false, query: { sort: { field: 'name', direction: 'asc' } } },
});

const LOAD = { timeout: 8000 };
const LONG = { timeout: 30_000 };

/** The file's records as a spreadsheet reads them (byte order mark checked, then dropped). */
async function recordsOf(file: File): Promise<string[][]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes)).data;
  return rows[rows.length - 1]?.join('') === '' ? rows.slice(0, -1) : rows;
}

/** Clicks Export CSV and returns the dialog. */
async function startExport(root: HTMLElement) {
  await userEvent.click(within(root).getByRole('button', { name: 'Export CSV' }));
  return within(root).findByRole('dialog', { name: 'Export users' }, LOAD);
}

/** The file the last export handed to `onExported`. */
const exportedFile = (onExported: unknown) => {
  const calls = (onExported as ReturnType<typeof fn>).mock.calls;
  return calls[calls.length - 1]![0] as File;
};

export const Idle = meta.story({
  args: { download: true },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Export CSV' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  },
});

/** The directory takes ten minutes to answer: the dialog shows the export reading, with Cancel. */
export const Exporting = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ latencyMs: 600_000 }) } },
  play: async ({ canvasElement }) => {
    const dialog = await startExport(canvasElement);
    expect(within(dialog).getByRole('progressbar', { name: 'Export progress' })).not.toHaveAttribute('value');
    expect(within(dialog).getByText('0 users read')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
});

export const Done = meta.story({
  args: { columns: ['name', 'email', 'status', 'roles', 'organizations', 'lastLoginAt'] },
  play: async ({ canvasElement, args }) => {
    const dialog = await startExport(canvasElement);
    await within(dialog).findByText(/^Exported 500 users to users-\d{4}-\d{2}-\d{2}\.csv\.$/, {}, LOAD);
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('value', '500');
    expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
    const records = await recordsOf(exportedFile(args.onExported));
    expect(records[0]).toEqual(['ID', 'Name', 'Email', 'Status', 'Roles', 'Organizations', 'Last sign-in']);
    expect(records).toHaveLength(501);
    // Sorted by name, as the query asks.
    const names = records.slice(1).map((r) => r[1]!);
    expect(names).toEqual([...names].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
  },
});

export const Cancelled = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ userCount: 3000, latencyMs: 400 }) } },
  play: async ({ canvasElement, args }) => {
    const dialog = await startExport(canvasElement);
    await within(dialog).findByText('1,000 of 3,000 users read', {}, LOAD);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await within(dialog).findByText('Export cancelled. No file was saved.', {}, LOAD);
    expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
    expect(args.onExported).not.toHaveBeenCalled();
  },
});

export const Failed = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ latencyMs: 50, faults: [{ operation: 'listUsers', error: { code: 'forbidden', status: 403 }, times: 1 }] }) } },
  play: async ({ canvasElement }) => {
    const dialog = await startExport(canvasElement);
    const alert = await within(dialog).findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent('You do not have permission to do this.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(dialog).findByText(/^Exported 500 users/, {}, LOAD);
  },
});

/** A 429 with Retry-After: 30 s on the first page: the export says it waits, and goes on after. */
export const RateLimited = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ latencyMs: 50, faults: [{ operation: 'listUsers', error: { code: 'rate_limited', status: 429, retryAfterMs: 30_000 }, times: 1 }] }) } },
  play: async ({ canvasElement }) => {
    const dialog = await startExport(canvasElement);
    await within(dialog).findByText(/^Too many requests right now\. Trying again in (30|29) seconds\.$/, {}, LOAD);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
  },
});

export const TenThousandUsers = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ userCount: 10_000, latencyMs: 80 }) } },
  play: async ({ canvasElement, args }) => {
    const dialog = await startExport(canvasElement);
    await within(dialog).findByText(/^Exported 10,000 users/, {}, LONG);
    expect(await recordsOf(exportedFile(args.onExported))).toHaveLength(10_001);
  },
});

/** Names and emails a spreadsheet would run as formulas: written with a leading `'`. */
export const HostileData = meta.story({
  args: { columns: ['name', 'email'] },
  parameters: {
    roster: {
      adapter: () => {
        const base = createMemoryAdapter({ userCount: 3 }).snapshot();
        base.users[0] = { ...base.users[0]!, name: '=HYPERLINK("http://evil.example","Click me")' };
        base.users[1] = { ...base.users[1]!, name: '@SUM(1+1)*cmd|" /C calc"!A0', email: '-2+3@example.com' };
        base.users[2] = { ...base.users[2]!, name: 'Line one\nLine two, with "quotes"' };
        return createMemoryAdapter({ directory: base, latencyMs: 30 });
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await startExport(canvasElement);
    await within(dialog).findByText(/^Exported 3 users/, {}, LOAD);
    const cells = (await recordsOf(exportedFile(args.onExported))).slice(1).flatMap((r) => r.slice(1));
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","Click me")`);
    expect(cells).toContain(`'@SUM(1+1)*cmd|" /C calc"!A0`);
    expect(cells).toContain(`'-2+3@example.com`);
    expect(cells).toContain('Line one\nLine two, with "quotes"');
  },
});

/** A directory that can neither search nor sort: the browser finishes the query, reading at most `clientSideLimit` users. */
export const FirstUsersOnly = meta.story({
  args: { clientSideLimit: 200 },
  parameters: { roster: { adapter: () => createMemoryAdapter({ latencyMs: 50, capabilities: { search: false, sortFields: [], maxPageSize: 100, pagination: 'cursor' } }) } },
  play: async ({ canvasElement }) => {
    const dialog = await startExport(canvasElement);
    await within(dialog).findByText(/^Exported 200 users/, {}, LOAD);
    expect(within(dialog).getByText(/^Only the first 200 users were read/)).toBeInTheDocument();
  },
});

const ssojet = onSsojetEmulator(120);
/** SSOJet cannot sort: every user is read in its pages of 50 and sorted in the browser; a 429 on the way is waited out. */
export const OnSsojet = meta.story({
  parameters: ssojet.parameters,
  beforeEach: ssojet.beforeEach,
  play: async ({ canvasElement, args }) => {
    const emulator = ssojet.emulator();
    emulator.faults.failNext('listUsers', { status: 429, retryAfterSeconds: 1 });
    const dialog = await startExport(canvasElement);
    await within(dialog).findByText(/^Exported 120 users/, {}, LONG);
    const ids = (await recordsOf(exportedFile(args.onExported))).slice(1).map((r) => r[0]);
    expect(new Set(ids)).toEqual(new Set(emulator.state.users.keys()));
  },
});

let descope: DescopeEmulator | undefined;
const DESCOPE = { projectId: 'P2RosterEmulator', session: 'tenant-admin-session', tenant: 'org_001' };

/** Descope as a tenant admin's session: the tenant's members, with the roles they hold there. */
export const OnDescopeTenantSession = meta.story({
  args: { organizationId: DESCOPE.tenant, columns: ['email', 'roles'] },
  parameters: {
    roster: { adapter: () => createDescopeAdapter({ projectId: DESCOPE.projectId, auth: { getSessionToken: () => DESCOPE.session, tenantId: DESCOPE.tenant } }) },
  },
  beforeEach: ({ msw }) => {
    descope = createDescopeEmulator({ projectId: DESCOPE.projectId, sessions: { [DESCOPE.session]: { tenantId: DESCOPE.tenant } } });
    msw.use(...descope.handlers);
  },
  play: async ({ canvasElement, args }) => {
    const members = descope!.state.users.filter((u) => u.userTenants.some((t) => t.tenantId === DESCOPE.tenant));
    expect(members.length).toBeGreaterThan(1);
    const dialog = await startExport(canvasElement);
    await within(dialog).findByText(/^Exported \d+ users?/, {}, LONG);
    const records = await recordsOf(exportedFile(args.onExported));
    expect(records[0]).toEqual(['ID', 'Email', 'Roles']);
    expect(records.slice(1).map((r) => r[0]).sort()).toEqual(members.map((u) => u.userId).sort());
  },
});
