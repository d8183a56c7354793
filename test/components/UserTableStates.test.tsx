/**
 * UserTable's thin states and toolbar: what an admin sees when the directory is empty, filtered to
 * nothing, failing or still loading; the filters behind one control; sorting announced.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const setupUser = () => userEvent.setup({ delay: null });
const emptyCell = () => document.querySelector<HTMLElement>('[data-roster-part="user-table-empty"]');

describe('UserTable states', () => {
  it('an empty directory offers "Create user" and no pagination', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 0 }));
    await waitFor(() => expect(emptyCell()).not.toBeNull());
    expect(emptyCell()).toHaveTextContent('No users yet.');
    expect(screen.queryByRole('navigation', { name: 'Pages of users' })).toBeNull();
    await user.click(within(emptyCell()!).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('a read-only directory has no create action in its empty state', async () => {
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 0, readOnly: true }));
    await waitFor(() => expect(emptyCell()).not.toBeNull());
    expect(within(emptyCell()!).queryByRole('button')).toBeNull();
  });

  it('a search that finds nobody offers to clear it', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable searchDebounceMs={0} />, createMemoryAdapter({ userCount: 12 }));
    await screen.findByText('12 users');
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'zzzz-nobody');
    await waitFor(() => expect(emptyCell()).toHaveTextContent('No users match these filters.'));
    expect(within(emptyCell()!).queryByRole('button', { name: 'Create user' })).toBeNull();
    await user.click(within(emptyCell()!).getByRole('button', { name: 'Clear search and filters' }));
    await screen.findByText('12 users');
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('');
  });

  it('a failed first load shows the error alone: no empty header, no "Page 1"', async () => {
    const memory = createMemoryAdapter({ userCount: 12 });
    memory.faults.failNext('listUsers', { code: 'server', status: 500 });
    renderWithRoster(<UserTable />, memory, { retry: false });
    await screen.findByRole('alert');
    expect(screen.queryByRole('columnheader')).toBeNull();
    expect(screen.queryByText(/Page 1/)).toBeNull();
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    await screen.findByText('12 users');
    expect(screen.getAllByRole('columnheader').length).toBeGreaterThan(3);
    expect(screen.getByText('Page 1 of 1')).toBeInTheDocument();
  });

  it('the filters are there, disabled, while their options load, and the search field never moves out', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 12 }));
    spy.hold('listRoles');
    renderWithRoster(<UserTable />, spy.adapter);
    const role = screen.getByRole('combobox', { name: 'Role' });
    expect(role).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Organization' })).toBeDisabled();
    const toolbar = role.closest('[data-roster-part="user-table-toolbar"]')!;
    const before = [...toolbar.querySelectorAll('[data-roster-part]')].map((el) => el.getAttribute('data-roster-part'));
    await waitFor(() => expect(spy.held.length).toBeGreaterThan(0));
    spy.held.splice(0).forEach((call) => call.release());
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Role' })).toBeEnabled());
    expect(within(screen.getByRole('combobox', { name: 'Role' })).getAllByRole('option').length).toBeGreaterThan(1);
    // Same parts in the same order: nothing was added in front of or around the search field.
    expect([...toolbar.querySelectorAll('[data-roster-part]')].map((el) => el.getAttribute('data-roster-part')).slice(0, 8)).toEqual(before.slice(0, 8));
  });

  it('folds the filters behind one "Filters" control that counts the filters set', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 12 }));
    await screen.findByText('12 users');
    const toggle = screen.getByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const filters = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(filters).getByRole('combobox', { name: 'Status' })).toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle.closest('[data-state]')).toHaveAttribute('data-state', 'open');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'disabled');
    await waitFor(() => expect(toggle).toHaveAccessibleName('Filters, 1 active'));
    expect(toggle).toHaveTextContent('Filters1');
  });

  it('announces the sort in the live region and draws its glyph as an element of its own', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 12 }));
    await screen.findByText('12 users');
    const email = screen.getByRole('button', { name: /Email/ });
    expect(email.querySelector('svg[data-roster-part="user-table-sort-icon"]')).toHaveAttribute('data-state', 'none');
    await user.click(email);
    await screen.findByText('Sorted by Email, ascending');
    expect(screen.getByText('Sorted by Email, ascending').closest('[aria-live="polite"]')).not.toBeNull();
    await waitFor(() => expect(email.querySelector('svg')).toHaveAttribute('data-state', 'asc'));
    await user.click(email);
    await screen.findByText('Sorted by Email, descending');
  });

  it('puts the bulk bar with the toolbar, marked while rows are selected, so the theme can lay it over', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 12 }));
    await screen.findByText('12 users');
    const controls = document.querySelector('[data-roster-part="user-table-controls"]')!;
    expect(controls.querySelector('[data-roster-part="user-table-toolbar"]')).not.toBeNull();
    expect(controls).not.toHaveAttribute('data-selecting');
    await user.click(within(screen.getAllByRole('row')[1]!).getByRole('checkbox'));
    expect(controls).toHaveAttribute('data-selecting');
    expect(within(controls as HTMLElement).getByText('1 selected')).toBeInTheDocument();
  });
});
