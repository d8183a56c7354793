/**
 * Client mode over a directory that can do nothing itself, every user on one virtual page (issue
 * 21): TanStack only sees the rows in view, yet each row keeps its place among all users, and
 * everything that acts on the whole page — the header checkbox, Shift ranges, the bulk bar, the
 * sort, the user just created — still reaches users outside the window.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { applyUsersQuery } from '../../src/core/usersQuery.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import '../../src/theme/styles.css';

const USERS = 1_500;
const NOTHING_ON_THE_SERVER = { search: false, sortFields: [], filters: { status: false, roleIds: false, organizationId: false }, pagination: 'cursor', maxPageSize: 500 } as const;

async function renderWholeDirectory() {
  const memory = createMemoryAdapter({ userCount: USERS, seed: 5, capabilities: NOTHING_ON_THE_SERVER });
  render(
    <RosterProvider adapter={memory}>
      <UserTable defaultQuery={{ pageSize: USERS }} pageSizeOptions={[USERS]} />
    </RosterProvider>,
  );
  await screen.findByText('1,500 users', {}, { timeout: 10_000 });
  const scroller = document.querySelector<HTMLElement>('[data-roster-part="user-table-scroller"]')!;
  await waitFor(() => expect(scroller).toHaveAttribute('data-virtual'));
  return { memory, scroller };
}

const renderedRows = () => [...document.querySelectorAll<HTMLElement>('[data-roster-part="user-table-row"]')];
const rowAt = (position: number) => renderedRows().find((r) => r.getAttribute('data-index') === String(position)) ?? null;
const emailOf = (row: Element) => row.querySelector('td[data-column="email"]')!.textContent;
const checkboxOf = (row: Element) => within(row as HTMLElement).getByRole('checkbox') as HTMLInputElement;
const headerCheckbox = () => screen.getByRole('checkbox', { name: 'Select all users on this page' }) as HTMLInputElement;

/** Scrolls until the row at `position` (0-based) is rendered, and returns it. */
async function scrollToRow(scroller: HTMLElement, position: number) {
  const rowHeight = renderedRows()[0]!.getBoundingClientRect().height;
  scroller.scrollTop = position * rowHeight;
  return waitFor(() => rowAt(position) ?? Promise.reject(new Error(`row ${position} is not rendered; rendered: ${renderedRows().map((r) => r.dataset.index)}`)));
}

describe('UserTable in client mode with every user on one virtual page', () => {
  it('numbers each rendered row by its place among all users, wherever the window is', async () => {
    const { memory, scroller } = await renderWholeDirectory();
    const byName = applyUsersQuery(memory.snapshot().users, { sort: { field: 'name', direction: 'asc' } });
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(USERS + 1));
    for (const position of [0, 700, USERS - 1]) {
      await scrollToRow(scroller, position);
      const rows = renderedRows();
      expect(rows.length).toBeLessThan(60);
      for (const row of rows) {
        const index = Number(row.getAttribute('data-index'));
        expect(row).toHaveAttribute('aria-rowindex', String(index + 2));
        expect(emailOf(row)).toBe(byName[index]!.email);
      }
    }
  });

  it('selects every user from the header checkbox and a Shift range beyond the window, for the bulk bar', async () => {
    const { scroller } = await renderWholeDirectory();
    await userEvent.click(headerCheckbox());
    expect(await screen.findByText('1,500 selected')).toBeInTheDocument();
    expect(headerCheckbox().checked).toBe(true);
    // A row the window had not rendered when the header was ticked is ticked too.
    expect(checkboxOf(await scrollToRow(scroller, 1_200)).checked).toBe(true);
    await userEvent.click(headerCheckbox());
    await waitFor(() => expect(screen.queryByText(/selected$/)).toBeNull());

    await userEvent.click(checkboxOf(await scrollToRow(scroller, 2)));
    // A jump with focus in the table: the browser's scroll anchoring must not carry the view on.
    await userEvent.click(checkboxOf(await scrollToRow(scroller, 400)), { modifiers: ['Shift'] });
    expect(await screen.findByText('399 selected')).toBeInTheDocument();
    expect(headerCheckbox().indeterminate).toBe(true);
    expect(checkboxOf(await scrollToRow(scroller, 200)).checked).toBe(true);
    expect(checkboxOf(await scrollToRow(scroller, 401)).checked).toBe(false);
  });

  it('sorts every user, not the window, and says so', async () => {
    const { memory } = await renderWholeDirectory();
    const descending = applyUsersQuery(memory.snapshot().users, { sort: { field: 'name', direction: 'desc' } });
    await userEvent.click(screen.getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(screen.getByText('Sorted by Name, descending')).toBeInTheDocument());
    // Users with the same name may come out in either order; the names are those of a full sort.
    await waitFor(() => expect(within(rowAt(0)!).getByText(descending[0]!.name!)).toBeInTheDocument());
    expect(rowAt(0)).toHaveAttribute('aria-rowindex', '2');
  });

  it('pins a created user above every other, numbered first', async () => {
    await renderWholeDirectory();
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await userEvent.fill(within(dialog).getByRole('textbox', { name: /Email/ }), 'zo@example.com');
    await userEvent.fill(within(dialog).getByRole('textbox', { name: /Name/ }), 'Zo Zephyr');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(rowAt(0)).toHaveAttribute('data-new', ''), { timeout: 10_000 });
    expect(rowAt(0)).toHaveTextContent('Zo Zephyr');
    expect(rowAt(0)).toHaveAttribute('aria-rowindex', '2');
    // Zo sorts onto this page: moved to the top, not shown twice, so the page still holds 1,500.
    await screen.findByText('1,501 users', {}, { timeout: 10_000 });
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(USERS + 1));
  });
});
