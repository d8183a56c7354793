/**
 * Renders Roster as a host page would at a given viewport: no body margin, a 16 px gutter, an
 * optional theme, shipped brand and direction, the shipped styles. Shared by the layout tests.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { page, userEvent } from 'vitest/browser';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterTheme } from '../../src/components/styling.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import '../../src/theme/styles.css';
import '../../src/theme/themes/compact.css';
import '../../src/theme/themes/rounded.css';

/** A phone, 1280 × 800 at 200 % zoom, and a desktop. */
export const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 640, height: 400 },
  { width: 1280, height: 800 },
] as const;

export type Brand = 'default' | 'compact' | 'rounded';

export interface HostPage {
  theme?: RosterTheme;
  brand?: Brand;
  dir?: 'ltr' | 'rtl';
  adapter?: MemoryAdapter;
}

export function renderInHost(ui: ReactNode, { theme = 'light', brand = 'default', dir = 'ltr', adapter = createMemoryAdapter({ latencyMs: 20 }) }: HostPage = {}) {
  document.body.style.margin = '0';
  render(
    <RosterProvider adapter={adapter}>
      <div dir={dir} data-roster-theme={theme} data-roster-brand={brand === 'default' ? undefined : brand} style={{ padding: 16 }}>
        {ui}
      </div>
    </RosterProvider>,
  );
  return adapter;
}

export function renderUserTable(host: HostPage = {}) {
  return renderInHost(<UserTable searchDebounceMs={50} />, host);
}

export const tableLoaded = () => waitFor(() => expect(document.querySelector('[data-roster-part="user-table"]')).toHaveAttribute('data-state', 'ready'), { timeout: 8000 });
export const bodyRows = () => [...document.querySelectorAll<HTMLElement>('[data-roster-part="user-table-row"]')];

export async function setViewport(width: number, height: number) {
  await page.viewport(width, height);
  await waitFor(() => expect(window.innerWidth).toBe(width));
}

/** Opens the first row's menu and picks the item whose text starts with `label`. */
export async function pickRowAction(label: RegExp) {
  await userEvent.click(within(bodyRows()[0]!).getByRole('button', { name: /^Actions for/ }));
  await userEvent.click(screen.getByRole('menuitem', { name: label }));
}

/** The open dialog (or alertdialog) named `name`, once it is on screen. */
export function findDialog(name: RegExp, role: 'dialog' | 'alertdialog' = 'dialog') {
  return screen.findByRole(role, { name }, { timeout: 8000 });
}

/** Where `element` sits against the viewport: what sticks out on each side, in px (0 when inside). */
export function overflowOf(element: Element) {
  const r = element.getBoundingClientRect();
  return {
    left: Math.max(0, Math.round(-r.left)),
    right: Math.max(0, Math.round(r.right - window.innerWidth)),
    top: Math.max(0, Math.round(-r.top)),
    bottom: Math.max(0, Math.round(r.bottom - window.innerHeight)),
  };
}
export const INSIDE = { left: 0, right: 0, top: 0, bottom: 0 };
