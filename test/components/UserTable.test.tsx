import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NO_CREATE_INPUTS } from '../../src/core/adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { safePictureUrl } from '../../src/components/primitives/Avatar.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { DEFAULT_USER_TABLE_QUERY, type UserTableQuery } from '../../src/components/UserTable/userTableQuery.js';
import type { UsersQuery } from '../../src/core/model.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const bodyRows = () => screen.getAllByRole('row').slice(1);

async function loaded(text = '500 users') {
  await screen.findByText(text, {}, { timeout: 3000 });
}

describe('UserTable', () => {
  it('shows a page of users sorted by name, with a sortable header per sortable column', async () => {
    renderWithRoster(<UserTable />, createMemoryAdapter());
    await loaded();
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Roles/ })).not.toHaveAttribute('aria-sort');
  });

  it('sorts from a header click and sends the sort to the adapter', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    renderWithRoster(<UserTable />, spy.adapter);
    await loaded();
    await userEvent.click(screen.getByRole('button', { name: /Email/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'ascending'));
    await userEvent.click(screen.getByRole('button', { name: /Email/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'descending'));
    const last = spy.calls.filter((c) => c.method === 'listUsers').at(-1)!.args[0] as UsersQuery;
    expect(last.sort).toEqual({ field: 'email', direction: 'desc' });
    await waitFor(() => {
      const emails = bodyRows().map((r) => within(r).getAllByRole('cell')[2]!.textContent!);
      expect(emails).toEqual([...emails].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })));
    });
  });

  it('fast typing in search sends one search request, not one per keystroke', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    renderWithRoster(<UserTable searchDebounceMs={200} />, spy.adapter);
    await loaded();
    const before = spy.count('listUsers');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search users' }), 'okafor');
    await waitFor(() => expect(bodyRows().every((r) => /okafor/i.test(r.textContent ?? ''))).toBe(true), { timeout: 3000 });
    const searches = spy.calls.slice(before).filter((c) => c.method === 'listUsers' && (c.args[0] as UsersQuery).search);
    expect(searches.map((c) => (c.args[0] as UsersQuery).search)).toEqual(['okafor']);
  });

  it('keeps the last good rows on screen when a refresh fails, with a retry', async () => {
    const memory = createMemoryAdapter();
    renderWithRoster(<UserTable />, memory, { retry: false });
    await loaded();
    const shown = bodyRows().map((r) => r.textContent);
    // A new sort is a request nobody prefetched; it fails.
    memory.faults.failNext('listUsers', { code: 'server', status: 500 });
    await userEvent.click(screen.getByRole('button', { name: /Last sign-in/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The identity provider had a problem');
    expect(bodyRows().map((r) => r.textContent)).toEqual(shown);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(bodyRows().map((r) => r.textContent)).not.toEqual(shown));
  });

  it('bulk disable reports each failure and retries only the failed users', async () => {
    const memory = createMemoryAdapter();
    const spy = spyOnAdapter(memory);
    renderWithRoster(<UserTable />, spy.adapter);
    await loaded();
    const active = bodyRows().filter((r) => /Active/.test(r.textContent ?? '')).slice(0, 3);
    for (const row of active) await userEvent.click(within(row).getByRole('checkbox'));
    expect(screen.getByText('3 selected')).toBeInTheDocument();
    memory.faults.failNext('setUserStatus', { code: 'forbidden', status: 403 }, 2);
    await userEvent.click(screen.getByRole('button', { name: 'Disable' }));
    await screen.findByText('1 done, 2 failed.');
    expect(screen.getAllByText(/You do not have permission to do this\./)).toHaveLength(2);
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry failed' }));
    await screen.findByText('Done for 2 users.');
    expect(spy.count('setUserStatus')).toBe(5);
    const disabled = memory.snapshot().users.filter((u) => u.status === 'disabled').length;
    expect(disabled).toBeGreaterThanOrEqual(3);
  });

  it('selection survives paging: users selected on two pages are acted on together', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    renderWithRoster(<UserTable />, spy.adapter);
    await loaded();
    await userEvent.click(within(bodyRows()[0]!).getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2 of 20');
    await waitFor(() => expect(within(bodyRows()[0]!).getByRole('checkbox')).not.toBeChecked());
    await userEvent.click(within(bodyRows()[0]!).getByRole('checkbox'));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role to assign' }), 'auditor');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('Done for 2 users.');
    expect(spy.calls.filter((c) => c.method === 'addUserRoles').map((c) => c.args[1])).toEqual([['auditor'], ['auditor']]);
  });

  it('deletes from the row menu only after confirmation', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    renderWithRoster(<UserTable />, spy.adapter);
    await loaded();
    const menuButton = within(bodyRows()[0]!).getByRole('button', { name: /^Actions for / });
    const name = menuButton.getAttribute('aria-label')!.replace('Actions for ', '');
    await userEvent.click(menuButton);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Delete ${name}?` });
    expect(spy.count('deleteUser')).toBe(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete user' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(spy.count('deleteUser')).toBe(1);
    await waitFor(() => expect(screen.queryByText(name)).toBeNull());
    expect(await screen.findByText('499 users')).toBeInTheDocument();
  });

  it('create user: validates, shows server field errors on the field, and sends one request on a double click', async () => {
    const memory = createMemoryAdapter();
    const spy = spyOnAdapter(memory);
    const existing = memory.snapshot().users[0]!.email!;
    renderWithRoster(<UserTable />, spy.adapter);
    await loaded();
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    const email = within(dialog).getByRole('textbox', { name: /Email/ });
    const submit = within(dialog).getByRole('button', { name: 'Create user' });

    await userEvent.click(submit);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Required.');
    await userEvent.type(email, 'not-an-email');
    await userEvent.click(submit);
    expect(email).toHaveAccessibleDescription('Enter a valid email address.');
    expect(spy.count('createUser')).toBe(0);

    await userEvent.clear(email);
    await userEvent.type(email, existing);
    await userEvent.click(submit);
    await waitFor(() => expect(email).toHaveAccessibleDescription('A user with this email already exists.'));

    memory.setLatency(100);
    await userEvent.clear(email);
    await userEvent.type(email, 'new.person@example.com');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'New Person');
    await userEvent.dblClick(submit);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(spy.calls.filter((c) => c.method === 'createUser')).toHaveLength(2);
    expect(memory.snapshot().users.some((u) => u.email === 'new.person@example.com' && u.name === 'New Person')).toBe(true);
  });

  it('pages by cursor on an adapter without offset paging, and can go back', async () => {
    renderWithRoster(<UserTable defaultQuery={{ pageSize: 10 }} />, createMemoryAdapter({ userCount: 25, capabilities: { pagination: 'cursor', totals: false } }));
    await screen.findByText('Page 1');
    const first = bodyRows().map((r) => r.textContent);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2');
    await waitFor(() => expect(bodyRows().map((r) => r.textContent)).not.toEqual(first));
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 3');
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    await screen.findByText('Page 1');
    await waitFor(() => expect(bodyRows().map((r) => r.textContent)).toEqual(first));
  });

  it('can be controlled: the host owns the query and hears every change', async () => {
    const seen: UserTableQuery[] = [];
    function Host() {
      const [query, setQuery] = useState<UserTableQuery>({ ...DEFAULT_USER_TABLE_QUERY, filter: { status: ['invited'] } });
      return <UserTable query={query} onQueryChange={(q) => (seen.push(q), setQuery(q))} />;
    }
    const memory = createMemoryAdapter();
    renderWithRoster(<Host />, memory);
    const invited = memory.snapshot().users.filter((u) => u.status === 'invited').length;
    await loaded(`${invited} users`);
    expect(bodyRows().every((r) => /Invited/.test(r.textContent ?? ''))).toBe(true);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'disabled');
    expect(seen.at(-1)!.filter.status).toEqual(['disabled']);
    await waitFor(() => expect(bodyRows().every((r) => /Disabled/.test(r.textContent ?? ''))).toBe(true));
  });

  it('hides controls the adapter cannot back: no delete, no status change, no create', async () => {
    // Withdrawn capabilities withdraw their methods; delete has no capability, only its method.
    const memory = createMemoryAdapter({ capabilities: { userStatus: false, createUser: NO_CREATE_INPUTS } });
    expect(memory.setUserStatus).toBeUndefined();
    expect(memory.createUser).toBeUndefined();
    const { deleteUser: _d, ...rest } = memory;
    renderWithRoster(<UserTable />, { ...rest, id: 'no-deletes' });
    await loaded();
    expect(screen.queryByRole('button', { name: 'Create user' })).toBeNull();
    await userEvent.click(within(bodyRows()[0]!).getByRole('button', { name: /^Actions for/ }));
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Edit roles…', 'Organizations…']);
    await userEvent.keyboard('{Escape}');
    await userEvent.click(within(bodyRows()[0]!).getByRole('checkbox'));
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

describe('UserTable for one organization', () => {
  it('lists only its members, and edits, bulk-assigns and grants roles in that organization', async () => {
    const memory = createMemoryAdapter();
    const spy = spyOnAdapter(memory);
    const orgId = 'org_001';
    const members = memory.snapshot().users.filter((u) => u.memberships?.some((m) => m.organization.id === orgId));
    renderWithRoster(<UserTable organizationId={orgId} />, spy.adapter);
    await loaded(`${members.length} users`);
    expect(screen.queryByRole('combobox', { name: 'Organization' })).toBeNull();

    // The roles column shows the roles held in the organization.
    const first = members.find((u) => bodyRows()[0]!.textContent?.includes(u.email!))!;
    const held = first.memberships!.find((m) => m.organization.id === orgId)!.roleIds;
    const rolesCell = bodyRows()[0]!.querySelector('td[data-column="roles"]')!;
    const roleNames = new Map(memory.snapshot().roles.map((r) => [r.id, r.name]));
    expect(rolesCell.textContent).toBe(held.map((id) => roleNames.get(id)).join(''));

    await userEvent.click(within(bodyRows()[0]!).getByRole('checkbox'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role to assign' }), `${orgId}:approver`);
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('Done for 1 user.');
    expect(spy.calls.filter((c) => c.method === 'addUserRoles').map((c) => c.args.slice(1, 3))).toEqual([[[`${orgId}:approver`], { organizationId: orgId }]]);

    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Email/ }), 'tenant.member@example.com');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Site lead' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const created = memory.snapshot().users.find((u) => u.email === 'tenant.member@example.com')!;
    expect(created.roleIds).toEqual([]);
    expect(created.memberships).toEqual([{ organization: { id: orgId, name: 'Acme Corporation' }, roleIds: [`${orgId}:site-lead`] }]);
  });
});

describe('UserTable rendering cost', () => {
  it('an optimistic role change renders only the row it belongs to', async () => {
    const { useUserActions } = await import('../../src/react/useUserActions.js');
    const { createUserColumnHelper } = await import('../../src/components/UserTable/columns.js');
    const renders = new Map<string, number>();
    const probe = createUserColumnHelper().display({
      id: 'probe',
      header: 'Probe',
      cell: ({ row }) => {
        renders.set(row.original.id, (renders.get(row.original.id) ?? 0) + 1);
        return null;
      },
    });
    const memory = createMemoryAdapter();
    const target = memory.snapshot().users.find((u) => u.name === 'Aiden Adeyemi')!;
    function Page() {
      const actions = useUserActions();
      return (
        <>
          <button type="button" onClick={() => void actions.changeRoles(target.id, { kind: 'add', roleIds: ['owner'] })}>
            Make owner
          </button>
          <UserTable columns={['name', 'roles', probe]} />
        </>
      );
    }
    renderWithRoster(<Page />, memory);
    await loaded();
    await waitFor(() => expect(screen.getAllByText('Auditor').length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 50));
    renders.clear();
    await userEvent.click(screen.getByRole('button', { name: 'Make owner' }));
    const row = bodyRows().find((r) => r.textContent?.includes('Aiden Adeyemi'))!;
    await waitFor(() => expect(within(row).getByText('Owner')).toBeInTheDocument());
    await new Promise((r) => setTimeout(r, 100));
    expect([...renders.keys()]).toEqual([target.id]);
  });
});
