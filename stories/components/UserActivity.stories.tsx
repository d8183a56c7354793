/**
 * UserActivity on the memory directory, and on the SSOJet and Descope emulators: every state,
 * a 5,000-entry log, a backend's hostile strings, and paging both ways. Each story runs in
 * Chromium under the storybook test project with an axe check.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createMemoryAdapter, generateDirectory } from 'react-roster/memory';
import { UserActivity, useUsers, type ActivityEvent, type Page, type RosterAdapter } from 'react-roster';
import { serverAdapter } from '../adapters/ServerAdapterPage.js';
import { onSsojetEmulator } from './ssojetStory.js';

const directory = generateDirectory({ seed: 7, userCount: 40 });
const member = directory.users.find((u) => u.lastLoginAt && u.status === 'active' && !u.invitation)!;
const quiet = { ...member, id: 'usr_quiet', email: 'quiet@example.com', name: 'Quinn Quiet', lastLoginAt: null, invitation: null };
const memory = (options: Parameters<typeof createMemoryAdapter>[0] = {}) => () =>
  createMemoryAdapter({ directory, latencyMs: 120, activityPerUser: (u) => (u.id === member.id ? 45 : undefined), ...options });

/** The memory directory, but every page of activity is `page`: a backend's own strings, as it sends them. */
function answering(page: Page<ActivityEvent>) {
  return () => {
    const inner = createMemoryAdapter({ directory, latencyMs: 120 });
    const adapter: RosterAdapter = Object.create(inner);
    Object.defineProperty(adapter, 'id', { value: 'memory:fixed-activity' });
    adapter.listUserActivity = async () => structuredClone(page);
    return adapter;
  };
}

const meta = preview.meta({
  title: 'Components/UserActivity',
  component: UserActivity,
  args: { userId: member.id },
  parameters: { roster: { adapter: memory() } },
});

const LOAD = { timeout: 8000 };
const times = (root: HTMLElement) => [...root.querySelectorAll('[data-roster-part="user-activity-time"]')].map((t) => t.getAttribute('datetime'));

/** 45 entries, 20 a page: Older and Newer return the same entries, and keep focus. */
export const Default = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const adapter = loaded.rosterAdapter as ReturnType<ReturnType<typeof memory>>;
    const log = adapter.snapshot().activity[member.id]!.map((e) => e.at);
    await waitFor(() => expect(times(canvasElement)).toEqual(log.slice(0, 20)), LOAD);
    const older = canvas.getByRole('button', { name: 'Older' });
    await userEvent.click(older);
    await waitFor(() => expect(times(canvasElement)).toEqual(log.slice(20, 40)), LOAD);
    await expect(older).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Newer' }));
    await waitFor(() => expect(times(canvasElement)).toEqual(log.slice(0, 20)), LOAD);
    await expect(canvas.getByText('Page 1 of 3')).toBeInTheDocument();
  },
});

/** The first page never arrives. */
export const Loading = meta.story({ parameters: { roster: { adapter: memory({ latencyMs: 600_000 }) } } });

export const Empty = meta.story({
  args: { userId: quiet.id },
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory: { ...directory, users: [...directory.users, quiet] }, latencyMs: 120 }) } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No activity recorded.', {}, LOAD);
  },
});

/** The backend keeps no activity, and the host asked for a note rather than nothing. */
export const NotSupported = meta.story({
  args: { explainUnsupported: true },
  parameters: { roster: { adapter: memory({ capabilities: { details: { activity: false } } }) } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('This identity provider keeps no activity log.')).toBeInTheDocument();
  },
});

export const LoadFailed = meta.story({
  parameters: { roster: { adapter: memory({ faults: [{ operation: 'listUserActivity', error: { code: 'server', status: 503 }, times: 1 }] }), provider: { retry: false } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, LOAD)).toHaveTextContent('The identity provider had a problem handling the request.');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(times(canvasElement)).toHaveLength(20), LOAD);
  },
});

export const RateLimited = meta.story({
  parameters: { roster: { adapter: memory({ faults: [{ operation: 'listUserActivity', error: { code: 'rate_limited', status: 429, retryAfterMs: 30_000 } }] }) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, LOAD)).toHaveTextContent(/Too many requests right now\. Try again in \d+ seconds\./);
  },
});

/** 5,000 entries: one page of 25 on screen, however far back the admin goes. */
export const ManyEntries = meta.story({
  args: { pageSize: 25 },
  parameters: { roster: { adapter: memory({ activityPerUser: (u) => (u.id === member.id ? 5000 : undefined) }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Page 1 of 200', {}, LOAD);
    await userEvent.click(canvas.getByRole('button', { name: 'Older' }));
    await canvas.findByText('Page 2 of 200', {}, LOAD);
    await waitFor(() => expect(canvasElement.querySelector('[data-roster-part="user-activity-list"]')).not.toHaveAttribute('aria-busy'), LOAD);
    await expect(canvasElement.querySelectorAll('[data-roster-part="user-activity-entry"]')).toHaveLength(25);
  },
});

/** Changes written through Roster: who made them and which fields they touched. */
export const Changes = meta.story({
  parameters: {
    roster: {
      adapter: async () => {
        const adapter = createMemoryAdapter({ directory, latencyMs: 120, actor: 'Ada Admin' });
        await adapter.updateUser!(member.id, { givenName: 'Grace', customAttributes: { department: 'Ops' } });
        return adapter;
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Account changed', {}, LOAD);
    await expect(canvas.getByText('Ada Admin')).toBeInTheDocument();
    await expect(canvas.getByText('customAttributes.department')).toBeInTheDocument();
  },
});

const LONG = 'Überlang-'.repeat(24);
const HOSTILE: ActivityEvent[] = [
  { id: 'h1', kind: 'change', at: new Date(Date.now() - 120_000).toISOString(), action: '<img src=x onerror=alert(1)>.update', actor: '\u202Egnp.exe', fields: ['<script>alert(1)</script>', '__proto__', LONG] },
  { id: 'h2', kind: 'sign-in-failed', at: new Date(Date.now() - 7_200_000).toISOString(), action: 'LoginFailed', ip: '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', location: `${LONG} <b>bold</b>`, userAgent: `Mozilla/5.0 (${LONG}) Chrome/131.0.0.0 Safari/537.36` },
  { id: 'h3', kind: 'sign-in', at: new Date(Date.now() - 86_400_000 * 3).toISOString(), action: 'user.login', ip: '203.0.113.9', location: 'القاهرة، مصر', userAgent: `"><svg onload=alert(1)>${LONG}` },
];

export const HostileStrings = meta.story({
  parameters: { roster: { adapter: answering({ items: HOSTILE, total: 3, nextCursor: null }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('<img src=x onerror=alert(1)>.update', {}, LOAD);
    await expect(canvas.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    await expect(canvasElement.querySelector('img, script, svg, b')).toBeNull();
    await userEvent.click(canvasElement.querySelectorAll<HTMLElement>('[data-roster-part="user-activity-agent-summary"]')[1]!);
    await expect(canvasElement.querySelectorAll('[data-roster-part="user-activity-agent-full"]')[1]).toHaveTextContent(`"><svg onload=alert(1)>${LONG}`);
  },
});

const ssojet = onSsojetEmulator();

/** SSOJet's "Get User Login Logs" through its real adapter, answered by the strict emulator. */
export const OnSsojet = meta.story({
  parameters: ssojet.parameters,
  beforeEach: ssojet.beforeEach,
  render: (args) => {
    const emulator = ssojet.emulator();
    const userId = [...emulator.state.loginLogs].find(([, log]) => log.length > 1)![0];
    return <UserActivity {...args} userId={userId} />;
  },
  play: async ({ canvasElement }) => {
    const emulator = ssojet.emulator();
    const [userId, log] = [...emulator.state.loginLogs].find(([, entries]) => entries.length > 1)!;
    await waitFor(() => expect(times(canvasElement)).toHaveLength(emulator.userDetails(userId)!.loginLogs.length), LOAD);
    // Newest first, whatever order SSOJet keeps them in.
    const shown = times(canvasElement).map((t) => Date.parse(t!));
    await expect([...shown].sort((a, b) => b - a)).toEqual(shown);
    await expect(log.length).toBeGreaterThan(1);
    await expect(within(canvasElement).getAllByText('Signed in').length).toBeGreaterThan(0);
  },
});

/** The first active user of the directory (Descope's user record has no last sign-in to pick by). */
function FirstActive(props: Omit<Parameters<typeof UserActivity>[0], 'userId'>) {
  const user = useUsers({ page: { size: 50 }, sort: { field: 'email', direction: 'asc' } }).data?.items.find((u) => u.status === 'active');
  return user ? <UserActivity {...props} userId={user.id} /> : null;
}

/** Descope's audit search with a management key, behind Roster's handler in Node; the page uses the remote adapter. */
export const OnDescope = meta.story({
  parameters: { roster: { adapter: serverAdapter('descope', 'user-activity-stories') } },
  render: ({ userId: _ignored, ...args }) => <FirstActive {...args} />,
  play: async ({ canvasElement }) => {
    const LONG_LOAD = { timeout: 30_000 };
    await waitFor(() => expect(canvasElement.querySelector('[data-roster-part="user-activity-entry"]')).not.toBeNull(), LONG_LOAD);
    const shown = times(canvasElement).map((t) => Date.parse(t!));
    await expect([...shown].sort((a, b) => b - a)).toEqual(shown);
    await expect(shown.length).toBeLessThanOrEqual(20);
    const kinds = [...canvasElement.querySelectorAll('[data-roster-part="user-activity-kind"]')].map((k) => k.textContent);
    await expect(kinds.every((k) => ['Signed in', 'Sign-in failed', 'Signed out', 'Account changed'].includes(k!))).toBe(true);
  },
});
