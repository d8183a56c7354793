/**
 * A page larger than `virtualizeAbove` in real Chromium: only the rows in view (and a few either
 * side) are in the DOM, the scroll height is that of every row, scrolling or tabbing shows the
 * right users with no blank band, and screen readers hear the whole row count.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import '../../src/theme/styles.css';
import { tabTo } from '../helpers/tabTo.js';

const PAGE = 250;

async function renderLargePage() {
  render(
    <RosterProvider adapter={createMemoryAdapter({ userCount: 1_000, latencyMs: 5 })}>
      <UserTable defaultQuery={{ pageSize: PAGE }} />
    </RosterProvider>,
  );
  await screen.findByText('1,000 users', {}, { timeout: 5000 });
  const scroller = document.querySelector<HTMLElement>('[data-roster-part="user-table-scroller"]')!;
  await waitFor(() => expect(scroller).toHaveAttribute('data-virtual'));
  return scroller;
}

const renderedRows = () => [...document.querySelectorAll<HTMLElement>('[data-roster-part="user-table-row"]')];
const rowIndex = (row: Element) => Number(row.getAttribute('aria-rowindex'));

/** The header cells are sticky (the header row itself scrolls away with the rows). */
const headerBottomOf = (scroller: HTMLElement) => scroller.querySelector('th')!.getBoundingClientRect().bottom;

/** The body rows a user sees in the scroller: below the sticky header, above the scroller's bottom. */
function rowsInView(scroller: HTMLElement) {
  const box = scroller.getBoundingClientRect();
  const headerBottom = headerBottomOf(scroller);
  return renderedRows().filter((row) => {
    const r = row.getBoundingClientRect();
    return r.bottom > headerBottom + 1 && r.top < box.bottom - 1;
  });
}

/** Every pixel row of the scroller's visible body shows a user's row: no spacer shows through. */
function expectNoBlankBand(scroller: HTMLElement) {
  const box = scroller.getBoundingClientRect();
  const headerBottom = headerBottomOf(scroller);
  const x = box.left + box.width / 2;
  for (let y = headerBottom + 2; y < box.bottom - 2; y += 10) {
    expect(document.elementFromPoint(x, y)?.closest('tr')).toHaveAttribute('data-roster-part', 'user-table-row');
  }
}

describe('UserTable with more rows than virtualizeAbove', () => {
  it('renders only the rows around the view, and tells assistive technology the full count', async () => {
    const scroller = await renderLargePage();
    const rows = renderedRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(PAGE + 1));
    expect(rows.map(rowIndex)).toEqual(rows.map((_, i) => i + 2));
    // The scroll height is that of all 250 rows, so the scrollbar says where the user is.
    const rowHeight = rows[0]!.getBoundingClientRect().height;
    expect(scroller.scrollHeight).toBeGreaterThan(PAGE * rowHeight);
    expect(scroller.scrollHeight).toBeLessThan((PAGE + 2) * rowHeight);
    expectNoBlankBand(scroller);
  });

  it('shows the users at the scroll position, with no blank band, down to the last one', async () => {
    const scroller = await renderLargePage();
    const rowHeight = renderedRows()[0]!.getBoundingClientRect().height;

    scroller.scrollTop = 120 * rowHeight;
    await waitFor(() => {
      const seen = rowsInView(scroller).map(rowIndex);
      // Row 120 (0-based) sits just under the sticky header (aria-rowindex counts the header row),
      // give or take the few rows whose role chips wrap onto a second line.
      expect(Math.abs(seen[0]! - 122)).toBeLessThanOrEqual(3);
      expect(seen).toEqual(seen.map((_, i) => seen[0]! + i));
    });
    expectNoBlankBand(scroller);
    expect(renderedRows().length).toBeLessThan(60);

    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(rowsInView(scroller).map(rowIndex).at(-1)).toBe(PAGE + 1));
    expectNoBlankBand(scroller);
  });

  it('lets Tab walk down past the first screen of rows, each focused row scrolled into view', async () => {
    const scroller = await renderLargePage();
    const firstScreen = rowsInView(scroller).length;
    const target = firstScreen + 10;
    await tabTo(() => {
      const row = renderedRows().find((r) => rowIndex(r) === target + 1);
      return row ? within(row).getByRole('checkbox') : null;
    }, 200);
    const focused = document.activeElement!;
    expect(focused.closest('tr')).toHaveAttribute('aria-rowindex', String(target + 1));
    await waitFor(() => expect(rowsInView(scroller)).toContain(focused.closest('tr')));
    expect(scroller.scrollTop).toBeGreaterThan(0);
    expectNoBlankBand(scroller);
    // Moving on keeps focus in the table's rows: the window follows focus.
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.closest('[data-roster-part="user-table-row"]')).not.toBeNull();
  });
});
