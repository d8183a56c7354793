/**
 * Importing users from a CSV file, as an admin does it: choose a file, read the preview, import,
 * read the results, retry what failed. On the memory directory, injected through the provider.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserImport } from '../../src/components/UserImport/UserImport.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

let user: ReturnType<typeof userEvent.setup>;
beforeEach(() => {
  user = userEvent.setup({ delay: null });
});

const csvFile = (text: string, name = 'users.csv') => new File([text], name, { type: 'text/csv' });
const stored = (adapter: MemoryAdapter, email: string) => adapter.snapshot().users.find((u) => u.email === email);

async function openAndChoose(text: string) {
  await user.click(screen.getByRole('button', { name: 'Import CSV' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import users' });
  await user.upload(within(dialog).getByLabelText(/Choose a CSV file/), csvFile(text));
  return dialog;
}

const summary = (dialog: HTMLElement) => dialog.querySelector('[data-roster-part="user-import-summary"]')?.textContent;
const resultOf = (dialog: HTMLElement, email: string) => within(dialog).getByText(email).closest('tr')!.querySelector('[data-roster-part="user-import-result"]')!.textContent;

describe('UserImport', () => {
  it('previews every row with its problems, imports only the ready ones, and the table shows them', async () => {
    const adapter = createMemoryAdapter({ userCount: 5 });
    const existing = adapter.snapshot().users[0]!.email!;
    renderWithRoster(<UserTable />, adapter);
    await screen.findByText('5 users');
    const dialog = await openAndChoose(
      [
        'Email,Name,Roles,Organization',
        'ada@example.com,Ada Lovelace,Admin;viewer,',
        'grace@example.com,Grace Hopper,,Acme Corporation',
        'not-an-email,Nobody,,',
        'ADA@example.com,Ada again,,',
        'bob@example.com,Bob,Wizard,',
        `${existing.toUpperCase()},Already here,,`,
        'eve@example.com,Eve,,Nowhere Inc',
      ].join('\r\n'),
    );
    // The existing user is found by the background check.
    await waitFor(() => expect(summary(dialog)).toBe('7 rows: 2 ready, 5 with problems.'));
    expect(resultOf(dialog, 'not-an-email')).toBe('Not a valid email address.');
    expect(resultOf(dialog, 'ADA@example.com')).toBe('The same email as row 2.');
    expect(resultOf(dialog, 'bob@example.com')).toBe('Unknown role: Wizard.');
    expect(resultOf(dialog, existing.toUpperCase())).toBe('A user with this email exists already.');
    expect(resultOf(dialog, 'eve@example.com')).toBe('Unknown organization: Nowhere Inc.');
    expect(resultOf(dialog, 'ada@example.com')).toBe('Ready');
    // Nothing was sent for the preview.
    expect(stored(adapter, 'ada@example.com')).toBeUndefined();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Show only rows with problems' }));
    expect(within(dialog).getAllByRole('row')).toHaveLength(1 + 5);
    await user.click(within(dialog).getByRole('checkbox', { name: /invitation/ }));

    await user.click(within(dialog).getByRole('button', { name: 'Import 2 users' }));
    await waitFor(() => expect(summary(dialog)).toBe('Created 2 users. 5 rows with problems were not sent.'));
    expect(stored(adapter, 'ada@example.com')).toMatchObject({ name: 'Ada Lovelace', roleIds: ['admin', 'viewer'], status: 'active' });
    expect(stored(adapter, 'grace@example.com')!.memberships).toEqual([{ organization: { id: 'org_001', name: 'Acme Corporation' }, roleIds: [] }]);
    expect(stored(adapter, 'not-an-email')).toBeUndefined();
    // Focus was on Import, which is gone: it is on the summary now, not on the page.
    expect(document.activeElement).toBe(dialog.querySelector('[data-roster-part="user-import-summary"]'));

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await screen.findByText('7 users');
  });

  it('sends each row once however often Import is pressed', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 2 }));
    spy.hold('createUser');
    renderWithRoster(<UserImport />, spy.adapter);
    const dialog = await openAndChoose('email\na@example.com\nb@example.com\n');
    const importButton = await within(dialog).findByRole('button', { name: 'Import 2 users' });
    await user.dblClick(importButton);
    await waitFor(() => expect(spy.held).toHaveLength(2));
    spy.held.forEach((h) => h.release());
    await waitFor(() => expect(summary(dialog)).toBe('Created 2 users.'));
    expect(spy.count('createUser')).toBe(2);
  });

  it('names the column it needs when the file has none for email, and keeps focus in the dialog', async () => {
    renderWithRoster(<UserImport />, createMemoryAdapter({ userCount: 2 }));
    const dialog = await openAndChoose('Name;Phone\nAda;+1\n');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The file needs an “email” column. Its header row has: Name and Phone.');
    const input = within(dialog).getByLabelText(/Choose a CSV file/);
    expect(document.activeElement).toBe(input);
    expect(input).toHaveAccessibleDescription(/The file needs an “email” column/);
    // Another file replaces the error.
    await user.upload(input, csvFile('email\nada@example.com\n'));
    await within(dialog).findByText('1 row: 1 ready, 0 with problems.');
  });

  it('pauses when the backend asks (Retry-After), then goes on', async () => {
    const adapter = createMemoryAdapter({ userCount: 2 });
    adapter.faults.add({ operation: 'createUser', error: { code: 'rate_limited', status: 429, retryAfterMs: 400 }, times: 1 });
    renderWithRoster(<UserImport concurrency={1} />, adapter);
    const dialog = await openAndChoose('email\na@example.com\nb@example.com\n');
    await user.click(await within(dialog).findByRole('button', { name: 'Import 2 users' }));
    // Seen, and announced once (not every second) in the status region.
    await waitFor(() => expect(dialog.querySelector('[data-roster-part="user-import-paused"]')).toHaveTextContent('The identity provider asked to slow down: going on in 1 second.'));
    expect(within(dialog).getByRole('status')).toHaveTextContent('The identity provider asked to slow down: going on in 1 second.');
    await waitFor(() => expect(summary(dialog)).toBe('Created 2 users.'));
    expect(stored(adapter, 'a@example.com')).toBeDefined();
  });

  it('shows what failed with the shared error, and Retry failed sends only those rows', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 2 }));
    spy.adapter.faults.add({ operation: 'createUser', error: { code: 'server', status: 503 }, times: 2 });
    renderWithRoster(<UserImport concurrency={1} />, spy.adapter);
    const dialog = await openAndChoose('email\na@example.com\nb@example.com\nc@example.com\n');
    await user.click(await within(dialog).findByRole('button', { name: 'Import 3 users' }));
    await waitFor(() => expect(summary(dialog)).toBe('Created 1 user. 2 failed.'));
    expect(resultOf(dialog, 'a@example.com')).toBe('FailedThe identity provider had a problem handling the request.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Show only rows that failed' }));
    expect(within(dialog).getAllByRole('row')).toHaveLength(1 + 2);
    await user.click(within(dialog).getByRole('button', { name: 'Retry 2 failed' }));
    await waitFor(() => expect(summary(dialog)).toBe('Created 3 users.'));
    expect(spy.count('createUser')).toBe(5);
  });

  it('retries only the join of a user who was created but not added to the organization', async () => {
    // Create, then join in a second call (SSOJet-like); the first join fails.
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 2, capabilities: { createUser: { organization: false } } }));
    spy.adapter.faults.add({ operation: 'addUserMembership', error: 'server', times: 1 });
    renderWithRoster(<UserImport />, spy.adapter);
    const dialog = await openAndChoose('email,organization\nada@example.com,org_002\n');
    await user.click(await within(dialog).findByRole('button', { name: 'Import 1 user' }));
    await waitFor(() => expect(resultOf(dialog, 'ada@example.com')).toMatch(/^Created, but not added to Globex/));
    await user.click(within(dialog).getByRole('button', { name: 'Retry 1 failed' }));
    await waitFor(() => expect(summary(dialog)).toBe('Created 1 user.'));
    expect(spy.count('createUser')).toBe(1);
    expect(spy.count('addUserMembership')).toBe(2);
    expect(stored(spy.adapter, 'ada@example.com')!.memberships!.map((m) => m.organization.id)).toEqual(['org_002']);
  });

  it('Stop sends nothing more; what was not sent can be sent afterwards', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 2 }));
    spy.hold('createUser');
    renderWithRoster(<UserImport concurrency={2} />, spy.adapter);
    const dialog = await openAndChoose(`email\n${Array.from({ length: 6 }, (_, i) => `u${i}@example.com`).join('\n')}\n`);
    await user.click(await within(dialog).findByRole('button', { name: 'Import 6 users' }));
    await waitFor(() => expect(spy.held).toHaveLength(2));
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));
    await within(dialog).findByText('Stopping: waiting for the requests already sent…');
    spy.held.splice(0).forEach((h) => h.release());
    await waitFor(() => expect(summary(dialog)).toBe('Stopped: 2 users created, 4 not sent.'));
    expect(spy.count('createUser')).toBe(2);
    await user.click(within(dialog).getByRole('button', { name: 'Send the 4 not sent' }));
    await waitFor(() => expect(spy.held).toHaveLength(2));
    spy.held.splice(0).forEach((h) => h.release());
    await waitFor(() => expect(spy.held).toHaveLength(2));
    spy.held.splice(0).forEach((h) => h.release());
    await waitFor(() => expect(summary(dialog)).toBe('Created 6 users.'));
  });

  it('asks before closing during an import, and Stop there closes without sending the rest', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 2 }));
    spy.hold('createUser');
    renderWithRoster(<UserImport concurrency={1} />, spy.adapter);
    const dialog = await openAndChoose('email\na@example.com\nb@example.com\n');
    await user.click(await within(dialog).findByRole('button', { name: 'Import 2 users' }));
    await waitFor(() => expect(spy.held).toHaveLength(1));
    await user.keyboard('{Escape}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Stop the import?' });
    await user.click(within(confirm).getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import CSV' }));
    spy.held.splice(0).forEach((h) => h.release());
    await waitFor(() => expect(spy.inFlight()).toBe(0));
    expect(spy.count('createUser')).toBe(1);
  });

  it('says what the backend cannot store, and places everyone in the table’s organization', async () => {
    const adapter = createMemoryAdapter({ userCount: 2, capabilities: { createUser: { phone: false, nameParts: false } } });
    renderWithRoster(<UserImport organizationId="org_001" />, adapter);
    const dialog = await openAndChoose('email,first name,last name,phone,roles,organization\nada@example.com,Ada,Lovelace,+1 555,Approver,Globex\n');
    await within(dialog).findByText('1 row: 1 ready, 0 with problems.');
    expect(within(dialog).getByText(/does not store phone numbers/)).toBeInTheDocument();
    expect(within(dialog).getByText(/given and family names are joined/)).toBeInTheDocument();
    expect(within(dialog).getByText(/the organization column is not read/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 user' }));
    await waitFor(() => expect(summary(dialog)).toMatch(/^Created 1 user/));
    expect(stored(adapter, 'ada@example.com')).toMatchObject({ name: 'Ada Lovelace', phone: null, memberships: [{ organization: { id: 'org_001' }, roleIds: ['org_001:approver'] }] });
  });

  it('tells the host what each import created, once per user, across files', async () => {
    const imported: string[][] = [];
    renderWithRoster(<UserImport onImported={(users) => imported.push(users.map((u) => u.email!))} />, createMemoryAdapter({ userCount: 2 }));
    const dialog = await openAndChoose('email\na@example.com\n');
    await user.click(await within(dialog).findByRole('button', { name: 'Import 1 user' }));
    await waitFor(() => expect(imported).toEqual([['a@example.com']]));
    await user.click(within(dialog).getByRole('button', { name: 'Import another file' }));
    await user.upload(within(dialog).getByLabelText(/Choose a CSV file/), csvFile('email\nb@example.com\nc@example.com\n'));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 2 users' }));
    await waitFor(() => expect(imported).toEqual([['a@example.com'], ['b@example.com', 'c@example.com']]));
  });

  it('renders nothing where users cannot be created', () => {
    const { container } = renderWithRoster(<UserImport />, createMemoryAdapter({ userCount: 2, readOnly: true }));
    expect(container).toBeEmptyDOMElement();
  });

  it('shows hostile text from the file as text', async () => {
    renderWithRoster(<UserImport />, createMemoryAdapter({ userCount: 2 }));
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const dialog = await openAndChoose(`email,name\nada@example.com,"${hostile.replace(/"/g, '""')}"\n`);
    await within(dialog).findByText(hostile);
    expect(dialog.querySelector('img')).toBeNull();
  });
});
