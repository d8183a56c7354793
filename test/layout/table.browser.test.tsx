/**
 * UserTable's layout at 390, 640 and 1280 px, left to right and right to left: the page never
 * scrolls sideways, the first row's checkbox and its ⋯ menu are on screen without scrolling, the
 * search field keeps its width while filters load, skeleton rows are as tall as real ones, and
 * field outlines reach 3:1 (WCAG 1.4.11) in every shipped theme, light and dark.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { outlineContrast } from './contrast.js';
import { bodyRows, INSIDE, overflowOf, renderUserTable, setViewport, tableLoaded, VIEWPORTS, type Brand } from './renderRoster.js';

const part = (name: string) => document.querySelector<HTMLElement>(`[data-roster-part="${name}"]`)!;
const searchWidth = () => part('user-table-input').getBoundingClientRect().width;

describe.each(VIEWPORTS)('UserTable at $width × $height', ({ width, height }) => {
  it.each(['ltr', 'rtl'] as const)('keeps the first row’s checkbox and menu on screen (%s)', async (dir) => {
    await setViewport(width, height);
    renderUserTable({ dir });
    await tableLoaded();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    const row = bodyRows()[0]!;
    const scroller = part('user-table-scroller');
    const visible = scroller.getBoundingClientRect();
    for (const control of [within(row).getByRole('checkbox'), within(row).getByRole('button', { name: /^Actions for/ })]) {
      expect(overflowOf(control)).toEqual(INSIDE);
      const box = control.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(visible.left);
      expect(box.right).toBeLessThanOrEqual(visible.right);
    }
    // …and stay there when the middle columns are scrolled to their far end.
    scroller.scrollLeft = dir === 'rtl' ? -scroller.scrollWidth : scroller.scrollWidth;
    await new Promise(requestAnimationFrame);
    const checkbox = within(row).getByRole('checkbox').getBoundingClientRect();
    expect(checkbox.left).toBeGreaterThanOrEqual(visible.left);
    expect(checkbox.right).toBeLessThanOrEqual(visible.right);
    // The menu opens on screen.
    await userEvent.click(within(row).getByRole('button', { name: /^Actions for/ }));
    for (const item of screen.getAllByRole('menuitem')) {
      const { left, right } = overflowOf(item);
      expect({ left, right }).toEqual({ left: 0, right: 0 });
    }
  });

  it('keeps the search field’s width while filters load, and skeleton rows as tall as rows', async () => {
    await setViewport(width, height);
    renderUserTable({ adapter: createMemoryAdapter({ latencyMs: 600_000 }) });
    // Nothing can have loaded yet: the adapter answers in ten minutes.
    expect(part('user-table')).toHaveAttribute('data-state', 'loading');
    const loading = searchWidth();
    const skeleton = part('user-table-skeleton-row').getBoundingClientRect().height;
    cleanup();

    renderUserTable();
    await tableLoaded();
    await waitFor(() => expect(screen.getByLabelText('Organization')).toBeInTheDocument());
    expect(screen.getByLabelText('Role')).toBeInTheDocument();
    expect(searchWidth()).toBeCloseTo(loading, 0);
    expect(bodyRows()[0]!.getBoundingClientRect().height).toBeCloseTo(skeleton, 0);
  });
});

describe.each(['default', 'compact', 'rounded'] as Brand[])('field outlines in the %s theme', (brand) => {
  it.each(['light', 'dark'] as const)('reach 3:1 against their background (%s)', async (theme) => {
    await setViewport(1280, 800);
    renderUserTable({ theme, brand });
    await tableLoaded();
    const fields = [...document.querySelectorAll('.roster-input, .roster-select')];
    expect(fields.length).toBeGreaterThanOrEqual(3);
    for (const field of fields) expect(outlineContrast(field), field.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(3);
  });
});
