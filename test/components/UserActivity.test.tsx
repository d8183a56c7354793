/**
 * UserActivity on the memory directory: one page at a time, newest first, paging by cursor both
 * ways to the same entries; what each entry says; the loading, empty, unsupported, failed and
 * rate-limited states; and a backend's strings, hostile ones included, shown as text.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UserActivity } from '../../src/components/UserDetails/UserActivity.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { germanMessages } from '../../src/locales/index.js';
import userEvent from '@testing-library/user-event';
import { renderWithRoster } from '../helpers/renderWithRoster.js';
import { wrapAdapter } from '../helpers/wrapAdapter.js';
import { directory, entries, kinds, member, root, setup, setupWithPage, shownTimes } from './UserActivitySetup.js';

const LOAD = { timeout: 3000 };
const logOf = (memory: ReturnType<typeof setup>['memory'], userId = member.id) => memory.snapshot().activity[userId]!;

describe('UserActivity: pages', () => {
  it('pages back and forth through the log by cursor; each page shows the same entries, newest first', async () => {
    const { memory, spy, user } = setup({}, { pageSize: 20 });
    const log = logOf(memory).map((e) => e.at);
    expect(log).toHaveLength(45);
    const nav = await screen.findByRole('navigation', { name: 'Pages of activity' }, LOAD);
    await waitFor(() => expect(shownTimes()).toEqual(log.slice(0, 20)));
    expect([...log].sort().reverse()).toEqual(log);
    expect(within(nav).getByText('Page 1 of 3')).toBeInTheDocument();
    const newer = within(nav).getByRole('button', { name: 'Newer' });
    const older = within(nav).getByRole('button', { name: 'Older' });
    expect(newer).toHaveAttribute('aria-disabled', 'true');

    await user.click(older);
    await waitFor(() => expect(shownTimes()).toEqual(log.slice(20, 40)));
    expect(older).toHaveFocus();
    await user.click(older);
    await waitFor(() => expect(shownTimes()).toEqual(log.slice(40)));
    expect(within(nav).getByText('Page 3 of 3')).toBeInTheDocument();
    expect(older).toHaveAttribute('aria-disabled', 'true');
    await user.click(older);
    expect(shownTimes()).toEqual(log.slice(40));

    await user.click(newer);
    await waitFor(() => expect(shownTimes()).toEqual(log.slice(20, 40)));
    await user.click(newer);
    await waitFor(() => expect(shownTimes()).toEqual(log.slice(0, 20)));
    expect(newer).toHaveFocus();
    const pages = spy.calls.filter((c) => c.method === 'listUserActivity').map((c) => (c.args[1] as { page: { size: number; cursor?: string } }).page);
    expect(pages.every((p) => p.size === 20)).toBe(true);
    expect(pages.filter((p) => p.cursor).length).toBeGreaterThanOrEqual(2);
  });

  it('renders one page of a 5,000-entry log, never more', async () => {
    const { memory } = setup({ activityPerUser: (u) => (u.id === member.id ? 5000 : undefined) }, { pageSize: 25 });
    await screen.findByText('Page 1 of 200', {}, LOAD);
    expect(entries()).toHaveLength(25);
    expect(logOf(memory)).toHaveLength(5000);
  });

  it('keeps the page before on screen, marked busy, while the next loads; a second press sends nothing', async () => {
    const { spy, user, memory } = setup();
    const log = logOf(memory).map((e) => e.at);
    const older = await screen.findByRole('button', { name: 'Older' }, LOAD);
    spy.hold('listUserActivity');
    await user.click(older);
    expect(shownTimes()).toEqual(log.slice(0, 20));
    expect(screen.getByRole('list')).toHaveAttribute('aria-busy', 'true');
    expect(older).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    await user.click(older);
    expect(spy.held).toHaveLength(1);
    spy.held[0]!.release();
    await waitFor(() => expect(shownTimes()).toEqual(log.slice(20, 40)));
    expect(screen.getByRole('list')).not.toHaveAttribute('aria-busy');
    expect(older).toHaveFocus();
  });

  it('moves focus to the list when the button pressed goes away', async () => {
    // The newest page, read again on the way back, no longer has anything older (entries went meanwhile).
    const event = (i: number) => ({ id: `e${i}`, kind: 'sign-in' as const, at: new Date(Date.UTC(2025, 0, 30 - i)).toISOString(), action: null });
    let firstReads = 0;
    const page = (cursor: string | undefined) =>
      cursor ? { items: [event(2)], total: null, nextCursor: null } : { items: [event(0), event(1)], total: null, nextCursor: ++firstReads === 1 ? 'older' : null };
    const memory = createMemoryAdapter({ directory });
    const adapter = wrapAdapter(memory, 'memory:shrinking', (method, args, proceed) =>
      method === 'listUserActivity' ? Promise.resolve(page((args[1] as { page: { cursor?: string } }).page.cursor)) : proceed(),
    );
    const user = userEvent.setup({ delay: null });
    // No deduping: the way back reads the newest page again at once.
    renderWithRoster(<UserActivity userId={member.id} pageSize={2} />, adapter, { retry: false, swrConfig: { dedupingInterval: 0 } });
    await user.click(await screen.findByRole('button', { name: 'Older' }, LOAD));
    await waitFor(() => expect(entries()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Newer' }));
    await waitFor(() => expect(screen.queryByRole('navigation')).toBeNull());
    expect(entries()).toHaveLength(2);
    expect(screen.getByRole('list')).toHaveFocus();
  });

  it('starts again at the newest page for another user', async () => {
    const other = directory.users.find((u) => u.lastLoginAt && u.id !== member.id)!;
    const { memory, user, view } = setup();
    await user.click(await screen.findByRole('button', { name: 'Older' }, LOAD));
    await screen.findByText('Page 2 of 3');
    view.rerender(<UserActivity userId={other.id} />);
    await waitFor(() => expect(shownTimes()).toEqual(logOf(memory, other.id).slice(0, 20).map((e) => e.at)));
    expect(screen.queryByText(/^Page 2/)).toBeNull();
  });
});

describe('UserActivity: entries', () => {
  it('says what each entry is in words, when, and what the backend recorded with it', async () => {
    const { memory } = setup();
    const [newest] = logOf(memory);
    await waitFor(() => expect(entries()).toHaveLength(20), LOAD);
    expect(new Set(kinds()).size).toBeGreaterThan(0);
    const entry = entries()[0]!;
    expect(within(entry).getByText('Signed in')).toBeInTheDocument();
    expect(entry.querySelector('time')).toHaveAttribute('datetime', newest!.at);
    expect(within(entry).getByText('IP address').nextElementSibling).toHaveTextContent(newest!.ip!);
    expect(within(entry).getByText('Location').nextElementSibling).toHaveTextContent(newest!.location!);
    expect(within(entry).getByText('Recorded as', { exact: false }).parentElement).toHaveTextContent(`Recorded as ${newest!.action}`);
    // The agent in a few words, opening to the whole string.
    const device = within(entry).getByText('Device').nextElementSibling!;
    expect(device.querySelector('summary')).toHaveTextContent(/^(Chrome|Safari|Firefox|Edge) \d+ on (Windows|macOS|Linux|iOS|Android)/);
    expect(device.querySelector('[data-roster-part="user-activity-agent-full"]')).toHaveTextContent(newest!.userAgent!);
  });

  it('shows a change with who made it and which fields it touched', async () => {
    const memory = createMemoryAdapter({ directory, actor: 'Ada Admin' });
    await memory.updateUser!(member.id, { givenName: 'Grace', customAttributes: { department: 'Ops' } });
    renderWithRoster(<UserActivity userId={member.id} />, memory);
    await waitFor(() => expect(kinds()[0]).toBe('Account changed'), LOAD);
    const entry = entries()[0]!;
    expect(within(entry).getByText('By').nextElementSibling).toHaveTextContent('Ada Admin');
    const fields = within(entry).getAllByRole('listitem').map((li) => li.textContent);
    expect(fields).toEqual(expect.arrayContaining(['givenName', 'customAttributes.department']));
  });

  it('says how long ago, by the locale, and the time itself', async () => {
    const at = new Date(Date.now() - 3 * 86_400_000).toISOString();
    setupWithPage({ items: [{ id: 'e1', kind: 'sign-out', at, action: null }], total: 1, nextCursor: null }, {}, { locale: 'de', messages: germanMessages });
    const time = await screen.findByText('vor 3 Tagen', {}, LOAD);
    expect(time.closest('time')).toHaveAttribute('datetime', at);
    expect(time.closest('time')).toHaveTextContent(new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(at)));
    expect(screen.getByText('Abgemeldet')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('shows a backend’s hostile strings as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const rtl = '\u202Egnp.exe';
    const agent = `${hostile}${'A'.repeat(300)}`;
    const event = { id: 'h1', kind: 'change' as const, at: new Date().toISOString(), action: `${hostile}.update`, actor: rtl, ip: hostile, location: `${rtl} ${hostile}`, userAgent: agent, fields: [hostile, '__proto__'] };
    setupWithPage({ items: [event], total: 1, nextCursor: null });
    await waitFor(() => expect(entries()).toHaveLength(1), LOAD);
    const entry = entries()[0]!;
    expect(document.querySelector('img')).toBeNull();
    expect(within(entry).getByText('IP address').nextElementSibling).toHaveTextContent(hostile);
    expect(within(entry).getByText('By').nextElementSibling!.textContent).toBe(rtl);
    expect(within(entry).getAllByRole('listitem').map((li) => li.textContent)).toEqual([hostile, '__proto__']);
    const full = entry.querySelector('[data-roster-part="user-activity-agent-full"]')!;
    expect(full.textContent).toBe(agent);
    expect(entry.querySelector('summary')!.textContent!.length).toBeLessThan(80);
  });
});

describe('UserActivity: states', () => {
  it('loading', async () => {
    setup({ latencyMs: 600_000 });
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
    expect(root()).toHaveAttribute('data-state', 'loading');
  });

  it('empty', async () => {
    setupWithPage({ items: [], total: 0, nextCursor: null });
    await screen.findByText('No activity recorded.', {}, LOAD);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('not supported: nothing, or a note when the host asks', async () => {
    const { view } = setup({ capabilities: { details: { activity: false } } });
    expect(view.container).toBeEmptyDOMElement();
    view.unmount();
    setup({ capabilities: { details: { activity: false } } }, { explainUnsupported: true });
    expect(screen.getByText('This identity provider keeps no activity log.')).toBeInTheDocument();
  });

  it('a failure says so in the shared words and tries again', async () => {
    const { memory, user } = setup({ faults: [{ operation: 'listUserActivity', error: { code: 'server', status: 503 }, times: 1 }] });
    expect(await screen.findByRole('alert', {}, LOAD)).toHaveTextContent('The identity provider had a problem handling the request.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(shownTimes()).toEqual(logOf(memory).slice(0, 20).map((e) => e.at)));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(root()).toHaveFocus();
  });

  it('rate limited: says when to try again', async () => {
    setup({ faults: [{ operation: 'listUserActivity', error: { code: 'rate_limited', status: 429, retryAfterMs: 30_000 } }] });
    expect(await screen.findByRole('alert', {}, LOAD)).toHaveTextContent('Too many requests right now. Try again in 30 seconds.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeDisabled();
  });

  it('a page that fails does not pass for the one before it', async () => {
    const { memory, user } = setup();
    const log = logOf(memory).map((e) => e.at);
    const older = await screen.findByRole('button', { name: 'Older' }, LOAD);
    memory.faults.failNext('listUserActivity', 'server');
    await user.click(older);
    await screen.findByRole('alert');
    expect(entries()).toHaveLength(0);
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(shownTimes()).toEqual(log.slice(20, 40)));
  });

  it('takes its name from the host: a heading by id, or a label', async () => {
    const { view } = setup({}, { label: 'Sign-ins of Ada' });
    expect(screen.getByRole('region', { name: 'Sign-ins of Ada' })).toBeInTheDocument();
    view.unmount();
    setup({}, { 'aria-labelledby': 'h' });
    expect(root()).toHaveAttribute('aria-labelledby', 'h');
    expect(root()).not.toHaveAttribute('aria-label');
  });
});
