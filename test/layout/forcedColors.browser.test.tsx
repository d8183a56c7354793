/**
 * Forced colours (Windows High Contrast), emulated through Playwright: the browser replaces every
 * author colour, drops shadows and background images, so whatever Roster shows with those alone
 * must be shown another way. Dialogs keep an edge, selection stays visible, chips and badges keep
 * their shape, and RoleEditor marks only the roles with a pending change.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { RoleEditor } from '../../src/components/RoleEditor/RoleEditor.js';
import { withMedia } from './media.js';
import { bodyRows, findDialog, pickRowAction, renderInHost, renderUserTable, setViewport, tableLoaded } from './renderRoster.js';

const hasVisibleBorder = (element: Element, side: 'Top' | 'InlineStart' = 'Top') => {
  const style = getComputedStyle(element) as CSSStyleDeclaration & Record<string, string>;
  return style[`border${side}Style`] !== 'none' && parseFloat(style[`border${side}Width`]!) >= 1;
};

describe('under forced colours', () => {
  it('is really emulated', () =>
    withMedia({ forcedColors: 'active' }, async () => {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    }));

  it('dialogs have a border', () =>
    withMedia({ forcedColors: 'active' }, async () => {
      await setViewport(1280, 800);
      renderUserTable();
      await tableLoaded();
      await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
      expect(hasVisibleBorder(await findDialog(/Create user/))).toBe(true);
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await pickRowAction(/^Delete/);
      expect(hasVisibleBorder(await findDialog(/^Delete/, 'alertdialog'))).toBe(true);
    }));

  it('a selected row stands out from the others, and badges and chips keep their border', () =>
    withMedia({ forcedColors: 'active' }, async () => {
      await setViewport(1280, 800);
      renderUserTable();
      await tableLoaded();
      const [first, second] = bodyRows();
      await userEvent.click(within(first!).getByRole('checkbox'));
      const paint = (row: HTMLElement) => {
        const cell = getComputedStyle(row.querySelector('td[data-column="email"]')!);
        return `${cell.backgroundColor} ${cell.color} ${cell.outlineStyle}`;
      };
      expect(paint(first!)).not.toBe(paint(second!));
      for (const part of ['user-table-status-badge', 'user-table-role-chip']) {
        expect(hasVisibleBorder(document.querySelector(`[data-roster-part="${part}"]`)!), part).toBe(true);
      }
    }));

  it('RoleEditor marks only the roles with a pending change', () =>
    withMedia({ forcedColors: 'active' }, async () => {
      await setViewport(1280, 800);
      const adapter = createMemoryAdapter({ latencyMs: 10 });
      const user = adapter.snapshot().users[0]!;
      renderInHost(<RoleEditor userId={user.id} />, { adapter });
      const roles = await waitFor(() => {
        const items = [...document.querySelectorAll('[data-roster-part="role-editor-role"]')];
        expect(items.length).toBeGreaterThan(2);
        return items;
      }, { timeout: 8000 });
      expect(roles.filter((role) => hasVisibleBorder(role, 'InlineStart'))).toEqual([]);
      await userEvent.click(within(roles[1] as HTMLElement).getByRole('checkbox'));
      const marked = roles.filter((role) => hasVisibleBorder(role, 'InlineStart'));
      expect(marked).toEqual([roles[1]]);
    }));
});
