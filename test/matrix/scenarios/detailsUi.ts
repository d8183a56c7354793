/**
 * What the details columns share: a user's row in the table (on the first page, or found with the
 * table's search as an admin would), the user's details opened from that row, and the user's
 * record as a write must leave it.
 */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { BackendUser, CellContext } from '../types.js';
import { dialogNamed, pickUser, renderTable, rowsOnScreen, until, visibleTo, type TableRow } from '../ui.js';

/** The table's row of a user the host sees who passes `test`: on the first page, or searched for by email. */
export async function findRow(cell: CellContext, why: string, test: (user: BackendUser) => boolean): Promise<TableRow> {
  const fits = (u: BackendUser) => visibleTo(cell, u) && test(u);
  renderTable(cell);
  await until('the table lists users', () => screen.queryAllByRole('button', { name: /^Actions for / }).length > 0);
  const onPage = rowsOnScreen((await cell.backend.read()).users, fits)[0];
  if (onPage) return onPage;
  const user = await pickUser(cell, why, fits);
  // Pasted, as an admin would an address (see searchTable).
  await searchTable(user.email);
  return until(`the table’s search finds ${user.email}`, () => rowsOnScreen([user], () => true)[0]);
}

/**
 * Types `text` into the table's search box key by key, as an admin would, with the table's debounce
 * at 0: every key sends a query while the next is typed, so a box that undid keys typed before the
 * previous query had rendered (fixed in UserTableToolbar) fails here.
 */
export async function searchTable(text: string): Promise<void> {
  const box = screen.getByRole('searchbox', { name: 'Search users' });
  await userEvent.clear(box);
  await userEvent.type(box, text);
  await until(`the search box holds ${text}`, () => (box as HTMLInputElement).value === text);
}

/** Opens the user's details from the name's button in their row and waits for them to load. */
export async function openDetails(row: TableRow): Promise<HTMLElement> {
  await userEvent.click(within(row.element).getByRole('button', { name: `Open details of ${row.name}` }));
  const dialog = await dialogNamed(`Details — ${row.name}`);
  await until('the details load', () => dialog.querySelector('[data-roster-part="user-details"][data-state="ready"]'));
  return dialog;
}

/** One section of the details (`data-section`), or null where the details leave it out. */
export function section(dialog: HTMLElement, name: 'profile' | 'verification' | 'invitation' | 'activity'): HTMLElement | null {
  return dialog.querySelector<HTMLElement>(`[data-section="${name}"]`);
}

/** The user's record without the activity log, which every write may add to. */
export function record(user: BackendUser | undefined): Omit<BackendUser, 'activity'> | undefined {
  if (!user) return undefined;
  const { activity: _, ...rest } = user;
  return rest;
}

/** Checks the details offer no button named `name` for a user the host sees. */
export async function expectNoDetailsButton(cell: CellContext, name: RegExp, prefer: (user: BackendUser) => boolean): Promise<void> {
  const { users } = await cell.backend.read();
  // The user the control would be for where the backend has one, any active user otherwise.
  const wanted = users.some((u) => visibleTo(cell, u) && prefer(u)) ? prefer : (u: BackendUser) => u.status === 'active';
  const dialog = await openDetails(await findRow(cell, 'to open the details of', wanted));
  const offered = within(dialog).queryAllByRole('button').map((b) => b.textContent?.trim() ?? '');
  expect(offered.filter((label) => name.test(label)), `buttons in the details matching ${name}`).toEqual([]);
}
