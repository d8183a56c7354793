/**
 * UserTable in jsdom. Kept fast and independent of the machine's speed: small directories (a page
 * or two), user-event without pauses between events, fake timers where a debounce is the subject,
 * held adapter calls instead of real latency, and no sleeps.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_CREATE_INPUTS } from '../../src/core/adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { safePictureUrl } from '../../src/components/primitives/Avatar.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { DEFAULT_USER_TABLE_QUERY, type UserTableQuery } from '../../src/components/UserTable/userTableQuery.js';
import type { UsersQuery } from '../../src/core/model.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const bodyRows = () => screen.getAllByRole('row').slice(1);
const setupUser = () => userEvent.setup({ delay: null });

async function loaded(text: string) {
  await screen.findByText(text);
}

/** Replaces a field's text in one input event: typing it key by key is not what these tests check. */
async function fill(user: ReturnType<typeof setupUser>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

// A test that fakes the clock must not leave it fake for the next one, even when it fails.
afterEach(() => vi.useRealTimers());

describe('UserTable', () => {
  it('shows a page of users sorted by name, with a sortable header per sortable column', async () => {
    // More users than the default page of 25.
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 30 }));
    await loaded('30 users');
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Roles/ })).not.toHaveAttribute('aria-sort');
  });

  it('sorts from a header click and sends the sort to the adapter', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 12 }));
    const user = setupUser();
    renderWithRoster(<UserTable />, spy.adapter);
    await loaded('12 users');
    await user.click(screen.getByRole('button', { name: /Email/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'ascending'));
    await user.click(screen.getByRole('button', { name: /Email/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'descending'));
    const last = spy.calls.filter((c) => c.method === 'listUsers').at(-1)!.args[0] as UsersQuery;
    expect(last.sort).toEqual({ field: 'email', direction: 'desc' });
    await waitFor(() => {
      const emails = bodyRows().map((r) => within(r).getAllByRole('cell')[2]!.textContent!);
      expect(emails).toEqual([...emails].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })));
    });
  });

  it('fast typing in search sends one search request, not one per keystroke', async () => {
    // The clock is fake: keystrokes 50 ms apart, inside the 200 ms debounce, on any machine. Each
    // keystroke is one input event (user-event's own pauses would wait on the real clock).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const flush = async (ms: number) => {
      for (const step of [ms, 0, 0, 0]) await act(async () => void (await vi.advanceTimersByTimeAsync(step)));
    };
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 30 }));
    renderWithRoster(<UserTable searchDebounceMs={200} />, spy.adapter);
    await flush(0);
    expect(screen.getByText('30 users')).toBeInTheDocument();
    const before = spy.count('listUsers');
    const searchbox = screen.getByRole('searchbox', { name: 'Search users' });
    const typed = 'okafor';
    for (let i = 1; i <= typed.length; i++) {
      fireEvent.change(searchbox, { target: { value: typed.slice(0, i) } });
      await flush(50);
    }
    const searches = () => spy.calls.slice(before).filter((c) => c.method === 'listUsers' && (c.args[0] as UsersQuery).search);
    expect(searches()).toEqual([]);
    await flush(200);
    expect(bodyRows().length).toBeGreaterThan(0);
    expect(bodyRows().every((r) => /okafor/i.test(r.textContent ?? ''))).toBe(true);
    expect(searches().map((c) => (c.args[0] as UsersQuery).search)).toEqual(['okafor']);
  });

  it('keeps the last good rows on screen when a refresh fails, with a retry', async () => {
    const memory = createMemoryAdapter({ userCount: 12 });
    const user = setupUser();
    renderWithRoster(<UserTable />, memory, { retry: false });
    await loaded('12 users');
    const shown = bodyRows().map((r) => r.textContent);
    // A new sort is a request nobody prefetched; it fails.
    memory.faults.failNext('listUsers', { code: 'server', status: 500 });
    await user.click(screen.getByRole('button', { name: /Last sign-in/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The identity provider had a problem');
    expect(bodyRows().map((r) => r.textContent)).toEqual(shown);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(bodyRows().map((r) => r.textContent)).not.toEqual(shown));
  });

  it('bulk disable reports each failure and retries only the failed users', async () => {
    const memory = createMemoryAdapter({ userCount: 12 });
    const spy = spyOnAdapter(memory);
    const user = setupUser();
    renderWithRoster(<UserTable />, spy.adapter);
    await loaded('12 users');
    const active = bodyRows().filter((r) => /Active/.test(r.textContent ?? '')).slice(0, 3);
    expect(active).toHaveLength(3);
    for (const row of active) await user.click(within(row).getByRole('checkbox'));
    expect(screen.getByText('3 selected')).toBeInTheDocument();
    memory.faults.failNext('setUserStatus', { code: 'forbidden', status: 403 }, 2);
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    // Disabling asks first, naming how many.
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Disable 3 users?' })).getByRole('button', { name: 'Disable 3 users' }));
    await screen.findByText('1 done, 2 failed.');
    expect(screen.getAllByText(/You do not have permission to do this\./)).toHaveLength(2);
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry failed' }));
    await screen.findByText('Done for 2 users.');
    expect(spy.count('setUserStatus')).toBe(5);
    const disabled = memory.snapshot().users.filter((u) => u.status === 'disabled').length;
    expect(disabled).toBeGreaterThanOrEqual(3);
  });

  it('selection survives paging: users selected on two pages are acted on together', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 30 }));
    const user = setupUser();
    renderWithRoster(<UserTable defaultQuery={{ pageSize: 10 }} />, spy.adapter);
    await loaded('30 users');
    await user.click(within(bodyRows()[0]!).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2 of 3');
    await waitFor(() => expect(within(bodyRows()[0]!).getByRole('checkbox')).not.toBeChecked());
    await user.click(within(bodyRows()[0]!).getByRole('checkbox'));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role to assign' }), 'auditor');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('Done for 2 users.');
    expect(spy.calls.filter((c) => c.method === 'addUserRoles').map((c) => c.args[1])).toEqual([['auditor'], ['auditor']]);
  });

  it('deletes from the row menu only after confirmation', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 12 }));
    const user = setupUser();
    renderWithRoster(<UserTable />, spy.adapter);
    await loaded('12 users');
    const menuButton = within(bodyRows()[0]!).getByRole('button', { name: /^Actions for / });
    const name = menuButton.getAttribute('aria-label')!.replace('Actions for ', '');
    await user.click(menuButton);
    await user.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Delete ${name}?` });
    expect(spy.count('deleteUser')).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete user' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(spy.count('deleteUser')).toBe(1);
    await waitFor(() => expect(screen.queryByText(name)).toBeNull());
    expect(await screen.findByText('11 users')).toBeInTheDocument();
  });

  it('create user: validates, shows server field errors on the field, and sends one request on a double click', async () => {
    const memory = createMemoryAdapter({ userCount: 12 });
    const spy = spyOnAdapter(memory);
    const user = setupUser();
    const existing = memory.snapshot().users[0]!.email!;
    renderWithRoster(<UserTable />, spy.adapter);
    await loaded('12 users');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    const email = within(dialog).getByRole('textbox', { name: /Email/ });
    const submit = within(dialog).getByRole('button', { name: 'Create user' });

    await user.click(submit);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Required.');
    await user.type(email, 'not-an-email');
    await user.click(submit);
    expect(email).toHaveAccessibleDescription('Enter a valid email address.');
    expect(spy.count('createUser')).toBe(0);

    await fill(user, email, existing);
    await user.click(submit);
    await waitFor(() => expect(email).toHaveAccessibleDescription('A user with this email already exists.'));

    // The create stays in flight until released, so the double click's second click meets it.
    spy.hold('createUser');
    await fill(user, email, 'new.person@example.com');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Name' }), 'New Person');
    await user.dblClick(submit);
    expect(spy.calls.filter((c) => c.method === 'createUser')).toHaveLength(2);
    spy.held.splice(0).forEach((call) => call.release());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(spy.calls.filter((c) => c.method === 'createUser')).toHaveLength(2);
    expect(memory.snapshot().users.some((u) => u.email === 'new.person@example.com' && u.name === 'New Person')).toBe(true);
  });

  it('pages by cursor on an adapter without offset paging, and can go back', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable defaultQuery={{ pageSize: 10 }} />, createMemoryAdapter({ userCount: 25, capabilities: { pagination: 'cursor', totals: false } }));
    await screen.findByText('Page 1');
    const first = bodyRows().map((r) => r.textContent);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2');
    await waitFor(() => expect(bodyRows().map((r) => r.textContent)).not.toEqual(first));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 3');
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await screen.findByText('Page 1');
    await waitFor(() => expect(bodyRows().map((r) => r.textContent)).toEqual(first));
  });

  it('can be controlled: the host owns the query and hears every change', async () => {
    const seen: UserTableQuery[] = [];
    function Host() {
      const [query, setQuery] = useState<UserTableQuery>({ ...DEFAULT_USER_TABLE_QUERY, filter: { status: ['invited'] } });
      return <UserTable query={query} onQueryChange={(q) => (seen.push(q), setQuery(q))} />;
    }
    const memory = createMemoryAdapter({ userCount: 30 });
    const user = setupUser();
    renderWithRoster(<Host />, memory);
    const invited = memory.snapshot().users.filter((u) => u.status === 'invited').length;
    await loaded(`${invited} users`);
    expect(bodyRows().every((r) => /Invited/.test(r.textContent ?? ''))).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'disabled');
    expect(seen.at(-1)!.filter.status).toEqual(['disabled']);
    await waitFor(() => expect(bodyRows().every((r) => /Disabled/.test(r.textContent ?? ''))).toBe(true));
  });

  it('hides controls the adapter cannot back: no delete, no status change, no create', async () => {
    // Withdrawn capabilities withdraw their methods; delete has no capability, only its method.
    const memory = createMemoryAdapter({ userCount: 12, capabilities: { userStatus: false, createUser: NO_CREATE_INPUTS } });
    expect(memory.setUserStatus).toBeUndefined();
    expect(memory.createUser).toBeUndefined();
    const { deleteUser: _d, ...rest } = memory;
    const user = setupUser();
    renderWithRoster(<UserTable />, { ...rest, id: 'no-deletes' });
    await loaded('12 users');
    expect(screen.queryByRole('button', { name: 'Create user' })).toBeNull();
    await user.click(within(bodyRows()[0]!).getByRole('button', { name: /^Actions for/ }));
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Edit roles…', 'Organizations…', 'View details…']);
    await user.keyboard('{Escape}');
    await user.click(within(bodyRows()[0]!).getByRole('checkbox'));
    expect(screen.queryByRole('button', { name: 'Delete…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Apply' })).toBeInTheDocument();
  });

  it('loads pictures only over https and renders hostile names as text', async () => {
    expect(safePictureUrl('https://cdn.example/a.png')).toBe('https://cdn.example/a.png');
    for (const bad of ['http://cdn.example/a.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA', '//cdn.example/a.png', 'not a url']) {
      expect(safePictureUrl(bad)).toBeNull();
    }
    const base = createMemoryAdapter({ userCount: 2 }).snapshot();
    base.users[0] = { ...base.users[0]!, name: '<b onmouseover=alert(1)>boss</b>', picture: 'https://cdn.example/a.png' };
    base.users[1] = { ...base.users[1]!, status: 'weird' as never, email: null, lastLoginAt: null };
    const adapter = createMemoryAdapter({ directory: base });
    // A status outside the model is a bad_response at the boundary, shown as an error, not a crash.
    renderWithRoster(<UserTable />, adapter, { retry: false });
    await screen.findByRole('alert');
    expect(screen.getByRole('alert')).toHaveTextContent('Roster could not read');
  });
});

describe('UserTable with a well-formed but odd directory', () => {
  it('shows missing values as a dash and keeps markup as text', async () => {
    const base = createMemoryAdapter({ userCount: 2 }).snapshot();
    base.users[0] = { ...base.users[0]!, name: '<b onmouseover=alert(1)>boss</b>', picture: 'https://cdn.example/a.png' };
    base.users[1] = { ...base.users[1]!, email: null, lastLoginAt: null };
    renderWithRoster(<UserTable />, createMemoryAdapter({ directory: base }));
    await loaded('2 users');
    expect(screen.getByText('<b onmouseover=alert(1)>boss</b>')).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(document.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example/a.png');
    expect(screen.getAllByText('—').length).toBeGreaterThanOrEqual(2);
    await act(async () => undefined);
  });
});
