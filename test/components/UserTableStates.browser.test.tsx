/**
 * In real Chromium with the default theme: the Columns popover closes when the pointer or focus
 * goes elsewhere, and the search field keeps its box while the filters' options load.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import '../../src/theme/styles.css';
import { spyOnAdapter } from '../helpers/adapterSpy.js';

function renderTable(adapter: RosterAdapter = createMemoryAdapter({ userCount: 30 })) {
  render(
    <RosterProvider adapter={adapter}>
      <UserTable />
    </RosterProvider>,
  );
}

describe('UserTable in Chromium', () => {
  it('closes the Columns popover on a click outside and when Shift+Tab moves focus to the search field', async () => {
    renderTable();
    await screen.findByText('30 users', {}, { timeout: 5000 });
    const button = screen.getByRole('button', { name: 'Columns' });
    await userEvent.click(button);
    expect(screen.getByRole('group', { name: 'Columns' })).toBeVisible();
    await userEvent.click(screen.getByRole('navigation', { name: 'Pages of users' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Columns' })).toBeNull());

    await userEvent.click(button);
    within(screen.getByRole('group', { name: 'Columns' })).getAllByRole('checkbox')[0]!.focus();
    // Back past the button and the filters, to the search field.
    for (let i = 0; i < 10 && document.activeElement !== screen.getByRole('searchbox'); i++) await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    expect(screen.queryByRole('group', { name: 'Columns' })).toBeNull();
  });

  it('keeps the search field where it is while the role filter loads', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 30 }));
    spy.hold('listRoles');
    renderTable(spy.adapter);
    const search = screen.getByRole('searchbox');
    await screen.findByText('30 users', {}, { timeout: 5000 });
    // On a narrow toolbar the filters are folded behind "Filters": unfold them to see them load.
    const toggle = screen.getByRole('button', { name: 'Filters' });
    if (toggle.checkVisibility()) await userEvent.click(toggle);
    const before = search.getBoundingClientRect();
    expect(screen.getByRole('combobox', { name: 'Role' })).toBeDisabled();
    spy.held.splice(0).forEach((call) => call.release());
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Role' })).toBeEnabled());
    const after = search.getBoundingClientRect();
    expect({ x: after.x, y: after.y, width: after.width }).toEqual({ x: before.x, y: before.y, width: before.width });
  });

  it('keeps every column where it is when the sort changes', async () => {
    renderTable();
    await screen.findByText('30 users', {}, { timeout: 5000 });
    const edges = () => screen.getAllByRole('columnheader').map((th) => Math.round(th.getBoundingClientRect().left));
    const before = edges();
    await userEvent.click(screen.getByRole('button', { name: /Email/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'ascending'));
    await userEvent.click(screen.getByRole('button', { name: /Email/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Email/ })).toHaveAttribute('aria-sort', 'descending'));
    expect(edges()).toEqual(before);
  });
});
