/**
 * What every scenario does with the UI: render on the cell's backend, wait (with a budget, failing
 * at once when the UI shows an error), find table rows and the users behind them in the backend's
 * own state, open row menus.
 */
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import '../../src/theme/styles.css';
import { WAIT_MS } from './shared.js';
import type { BackendState, BackendUser, CellContext } from './types.js';

export function renderRoster(cell: CellContext, ui: ReactNode): void {
  render(<RosterProvider adapter={cell.backend.adapter}>{ui}</RosterProvider>);
}

/**
 * The table as the row's host has it: scoped to its tenant for a tenant admin. `null` renders it
 * project-wide, a string scopes it to that organization.
 */
export function renderTable(cell: CellContext, organizationId: string | null = cell.row.tableOrganizationId ?? null): void {
  renderRoster(cell, <UserTable organizationId={organizationId ?? undefined} defaultQuery={{ pageSize: 10 }} searchDebounceMs={0} />);
}

/** Whether the row's host can see this user at all (a tenant admin sees their tenant's members only). */
export function visibleTo(cell: CellContext, user: BackendUser): boolean {
  const tenant = cell.row.tableOrganizationId;
  return !tenant || tenant in user.organizations;
}

/** The first user in the backend's own state that passes `test` and the host can see. */
export async function pickUser(cell: CellContext, why: string, test: (user: BackendUser) => boolean): Promise<BackendUser> {
  const user = (await cell.backend.read()).users.find((u) => visibleTo(cell, u) && test(u));
  if (!user) throw new Error(`precondition: the backend holds no user ${why}`);
  return user;
}

export function alertTexts(): string[] {
  return [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent?.trim() || '(empty alert)');
}

/**
 * Waits until `check` gives something truthy, within `timeout`. Fails at once, with its text, when
 * the UI shows an error (role=alert) instead: a failed write never costs the whole budget.
 */
export async function until<T>(what: string, check: () => T | null | undefined | false, timeout = WAIT_MS): Promise<T> {
  const started = performance.now();
  for (;;) {
    const alerts = alertTexts();
    if (alerts.length) throw new Error(`${what}: the UI shows an error instead: ${alerts.join(' | ')}`);
    let last: unknown = null;
    try {
      const value = check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (performance.now() - started > timeout) {
      const detail = last instanceof Error ? ` (${last.message.split('\n')[0]})` : '';
      throw new Error(`${what}: not within ${timeout} ms${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for the backend's own state to pass `check` (an expect), within the budget. */
export function expectBackend(cell: CellContext, check: (state: BackendState) => void): Promise<void> {
  return vi.waitFor(async () => check(await cell.backend.read()), { timeout: WAIT_MS, interval: 50 });
}

export function userIn(state: BackendState, id: string): BackendUser | undefined {
  return state.users.find((u) => u.id === id);
}

/** Roles a user holds in a scope: project-wide, or in one organization. */
export function rolesIn(user: BackendUser, organizationId: string | undefined): string[] {
  return organizationId ? (user.organizations[organizationId] ?? []) : user.roles;
}

export const sorted = (names: readonly string[]) => [...names].sort();

export interface TableRow {
  element: HTMLElement;
  /** As the table names the user: the name, or the email when there is none. */
  name: string;
  user: BackendUser;
}

const ACTIONS = /^Actions for /;

/** Every row on screen whose backend user (one of `users`, by email) passes `test`, in table order. */
export function rowsOnScreen(users: readonly BackendUser[], test: (user: BackendUser) => boolean): TableRow[] {
  const byEmail = new Map(users.map((u) => [u.email.toLowerCase(), u]));
  return screen.queryAllByRole('button', { name: ACTIONS }).flatMap((button): TableRow[] => {
    const element = button.closest('tr')!;
    const email = element.querySelector('td[data-column="email"]')?.textContent?.trim().toLowerCase() ?? '';
    const user = byEmail.get(email);
    return user && test(user) ? [{ element, name: button.getAttribute('aria-label')!.replace(ACTIONS, ''), user }] : [];
  });
}

/** The rows on screen whose backend users pass `test`; fails as a precondition when fewer than `count`. */
export async function pickRows(cell: CellContext, count: number, why: string, test: (user: BackendUser) => boolean): Promise<TableRow[]> {
  await until('the table lists users', () => screen.queryAllByRole('button', { name: ACTIONS }).length > 0);
  const rows = rowsOnScreen((await cell.backend.read()).users, test);
  if (rows.length < count) throw new Error(`precondition: the first page shows ${rows.length} user(s) ${why}; the scenario needs ${count}`);
  return rows.slice(0, count);
}

/** Opens the row's ⋯ menu and gives its item labels. */
export async function openRowMenu(row: TableRow): Promise<HTMLElement> {
  const button = within(row.element).getByRole('button', { name: ACTIONS });
  await userEvent.click(button);
  return until('the row menu opens', () => screen.queryByRole('menu', { name: button.getAttribute('aria-label')! }));
}

export async function chooseRowAction(row: TableRow, label: string): Promise<void> {
  const menu = await openRowMenu(row);
  const item = within(menu).queryByRole('menuitem', { name: label });
  const offered = within(menu).queryAllByRole('menuitem').map((i) => i.textContent);
  expect(item, `row menu item “${label}” (the menu offers: ${offered.join(', ')})`).not.toBeNull();
  await userEvent.click(item!);
}

/** Selects rows by their checkboxes and gives the bulk bar. */
export async function selectRows(rows: readonly TableRow[]): Promise<HTMLElement | null> {
  for (const row of rows) {
    const box = within(row.element).queryByRole('checkbox');
    if (!box) return null;
    await userEvent.click(box);
  }
  const bar = await until('the bulk bar appears', () => screen.queryByRole('region', { name: 'Bulk actions' }));
  await until(`the bulk bar counts ${rows.length} selected`, () => within(bar).queryByText(`${rows.length} selected`));
  return bar;
}

export async function dialogNamed(name: string | RegExp, role: 'dialog' | 'alertdialog' = 'dialog'): Promise<HTMLElement> {
  return until(`the ${role} “${name}” opens`, () => screen.queryByRole(role, { name }));
}

export async function closed(role: 'dialog' | 'alertdialog', name?: string | RegExp): Promise<void> {
  await until(`the ${role} closes`, () => !screen.queryByRole(role, name ? { name } : {}));
}

/** A status or live-region text the UI shows on success. */
export function successText(text: string): Promise<HTMLElement> {
  return until(`the UI reports “${text}”`, () => screen.queryByText(text));
}
