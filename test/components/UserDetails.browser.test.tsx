/**
 * UserDetails in real Chromium with the shipped CSS, opened from a UserTable: axe finds nothing in
 * the drawer (with a conflict on screen too), keyboard alone goes from a row into the details, saves
 * and comes back to the row; at 320 px nothing is wider than the screen; in forced colours the
 * badges and the conflict keep their edges; right to left the drawer opens from the left.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/index.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import { arabicMessages } from '../../src/locales/index.js';
import { ANA, detailsDirectory, HOSTILE } from '../../stories/components/userDetailsFixtures.js';
import '../../src/theme/styles.css';
import { withMedia } from '../layout/media.js';
import { tabTo } from '../helpers/tabTo.js';

const LOAD = { timeout: 8000 };

function renderTable(dir: 'ltr' | 'rtl' = 'ltr'): MemoryAdapter & { unmount: () => void } {
  const adapter = createMemoryAdapter({ directory: detailsDirectory, latencyMs: 10 });
  document.body.style.margin = '0';
  const { unmount } = render(
    <RosterProvider adapter={adapter} {...(dir === 'rtl' ? { messages: arabicMessages, locale: 'ar' } : {})}>
      <div dir={dir} style={{ padding: 16 }}>
        <UserTable defaultQuery={{ pageSize: 10 }} />
      </div>
    </RosterProvider>,
  );
  return Object.assign(adapter, { unmount });
}

/** The same rules the stories are checked with (.storybook/preview.tsx). */
async function expectAxeClean() {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const nameButton = (name: string) => screen.findByRole('button', { name: `Open details of ${name}` }, LOAD);
async function openDetails(name: string) {
  await userEvent.click(await nameButton(name));
  const dialog = await screen.findByRole('dialog', {}, LOAD);
  await within(dialog).findAllByRole('textbox', {}, LOAD);
  await waitFor(() => expect(dialog.querySelector('[data-roster-part="role-editor-role"]')).not.toBeNull(), LOAD);
  return dialog;
}

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe('UserDetails in Chromium', () => {
  it('is axe-clean: the drawer, a hostile record, a conflict', async () => {
    const adapter = renderTable();
    let dialog = await openDetails('Ana Silva');
    await expectAxeClean();
    const given = within(dialog).getByRole('textbox', { name: 'Given name' });
    await userEvent.fill(given, 'Anna');
    await adapter.updateUser!(ANA.id, { givenName: 'Annie' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await within(dialog).findByRole('group', { name: /^Someone else changed/ }, LOAD);
    await expectAxeClean();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(await screen.findByRole('button', { name: `Open details of ${HOSTILE.name}` }, LOAD));
    dialog = await screen.findByRole('dialog', {}, LOAD);
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Show all' }, LOAD));
    await expectAxeClean();
    expect(dialog.querySelector('img')).toBeNull();
    expect((window as { __rosterPwned?: number }).__rosterPwned).toBeUndefined();
  });

  it('by keyboard alone: from the row into the details, a save, and back to the row', async () => {
    const adapter = renderTable();
    const opener = await nameButton('Ana Silva');
    await tabTo(() => opener);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Details — Ana Silva' }, LOAD);
    const given = await within(dialog).findByRole('textbox', { name: 'Given name' }, LOAD);
    await tabTo(() => given, 20);
    await userEvent.keyboard('{Control>}a{/Control}Anna');
    await tabTo(() => within(dialog).getByRole('button', { name: 'Save profile' }), 60);
    await userEvent.keyboard('{Enter}');
    await within(dialog).findByText('Saved the profile of Ana Silva.', {}, LOAD);
    expect(within(dialog).getByRole('button', { name: 'Save profile' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
    expect(adapter.snapshot().users.find((u) => u.id === ANA.id)!.givenName).toBe('Anna');
  });

  it.each(['ltr', 'rtl'] as const)('fits 320 px: the drawer takes the screen, nothing scrolls sideways (%s)', async (dir) => {
    await page.viewport(320, 640);
    await waitFor(() => expect(window.innerWidth).toBe(320));
    renderTable(dir);
    await userEvent.click(await screen.findByRole('button', { name: dir === 'rtl' ? 'فتح تفاصيل Ana Silva' : 'Open details of Ana Silva' }, LOAD));
    const dialog = await screen.findByRole('dialog', {}, LOAD);
    await within(dialog).findAllByRole('textbox', {}, LOAD);
    const box = dialog.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const el of dialog.querySelectorAll<HTMLElement>('*')) if (/auto|scroll/.test(getComputedStyle(el).overflowX)) expect(el.scrollWidth - el.clientWidth).toBeLessThanOrEqual(1);
    for (const button of dialog.querySelectorAll('button')) {
      const b = button.getBoundingClientRect();
      if (b.width) expect(b.right).toBeLessThanOrEqual(320.5);
    }
  });

  it('a drawer at the inline end, on the right left to right and on the left right to left', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const { unmount } = renderTable(dir);
      await userEvent.click(await screen.findByRole('button', { name: dir === 'rtl' ? 'فتح تفاصيل Ana Silva' : 'Open details of Ana Silva' }, LOAD));
      const dialog = await screen.findByRole('dialog', {}, LOAD);
      await within(dialog).findAllByRole('textbox', {}, LOAD);
      const box = dialog.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(window.innerHeight - 1);
      if (dir === 'ltr') expect(Math.round(box.right)).toBe(window.innerWidth);
      else expect(Math.round(box.left)).toBe(0);
      await page.screenshot({ path: `__screenshots__/user-details-${dir}-1280.png` });
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      unmount();
    }
  });

  it('keeps its cues in forced colours: badges, chips and the conflict keep their edges', () =>
    withMedia({ forcedColors: 'active' }, async () => {
      renderTable();
      const dialog = await openDetails('Ana Silva');
      for (const part of ['status-badge', 'badge', 'list-item']) {
        const el = dialog.querySelector(`[data-roster-part="user-details-${part}"]`)!;
        expect(getComputedStyle(el).borderTopStyle).toBe('solid');
      }
      await page.screenshot({ path: '__screenshots__/user-details-forced.png' });
    }));

  it('at 390 px, for a look', async () => {
    await page.viewport(390, 844);
    renderTable();
    await openDetails('Ana Silva');
    await page.screenshot({ path: '__screenshots__/user-details-390.png' });
  });
});
