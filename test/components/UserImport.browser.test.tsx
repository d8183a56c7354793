/**
 * UserImport in real Chromium with the shipped CSS: axe finds nothing in any step, the whole
 * import works by keyboard with focus landing somewhere defined, and at 320 px the dialog and its
 * preview table fit the screen. Screenshots at 390 px, 1280 px and in forced colours, for a look.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserImport } from '../../src/components/UserImport/index.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import '../../src/theme/styles.css';
import { tabTo } from '../helpers/tabTo.js';
import { withMedia } from '../layout/media.js';

const LOAD = { timeout: 8000 };

const FILE = [
  'email,name,roles,organization,status',
  'ada@example.com,Ada Lovelace,admin;viewer,Acme Corporation,active',
  'grace@example.com,"Hopper, Grace ""Amazing""",,,',
  'not-an-email,Nobody,,,',
  'ada@EXAMPLE.com,Ada twice,,,',
  'bob@example.com,Bob <img src=x onerror="window.__rosterPwned=1">,Wizard,,',
  `${'very-long-local-part-'.repeat(6)}@example.com,${'Wolfeschlegelsteinhausenbergerdorff '.repeat(4)},,,`,
].join('\r\n');

function renderImport(adapter: MemoryAdapter, dir: 'ltr' | 'rtl' = 'ltr') {
  document.body.style.margin = '0';
  return render(
    <RosterProvider adapter={adapter}>
      <div dir={dir} style={{ padding: 16 }}>
        <UserImport concurrency={1} />
      </div>
    </RosterProvider>,
  );
}

/** The same rules the stories are checked with (.storybook/preview.tsx). */
async function expectAxeClean() {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const csv = (text: string) => new File([text], 'users.csv', { type: 'text/csv' });
const fileInput = (dialog: HTMLElement) => dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
const part = (dialog: HTMLElement, name: string) => dialog.querySelector<HTMLElement>(`[data-roster-part="user-import-${name}"]`);

async function openWithFile(text = FILE) {
  await userEvent.click(await screen.findByRole('button', { name: 'Import CSV' }, LOAD));
  const dialog = await screen.findByRole('dialog', { name: 'Import users' }, LOAD);
  await userEvent.upload(fileInput(dialog), csv(text));
  await waitFor(() => expect(part(dialog, 'summary')).toHaveTextContent('6 rows: 3 ready, 3 with problems.'), LOAD);
  return dialog;
}

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe('UserImport in Chromium', () => {
  it('is axe-clean: choosing a file, a file error, the preview, a pause, results with a failure', async () => {
    const adapter = createMemoryAdapter({ userCount: 5 });
    adapter.faults.add({ operation: 'createUser', error: { code: 'rate_limited', status: 429, retryAfterMs: 1500 }, times: 1 });
    adapter.faults.add({ operation: 'createUser', error: { code: 'server', status: 503 }, times: 1 });
    renderImport(adapter);
    await userEvent.click(await screen.findByRole('button', { name: 'Import CSV' }, LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Import users' }, LOAD);
    await expectAxeClean();
    await userEvent.upload(fileInput(dialog), csv('name,phone\nAda,1\n'));
    await within(dialog).findByRole('alert', {}, LOAD);
    await expectAxeClean();
    await userEvent.upload(fileInput(dialog), csv(FILE));
    await waitFor(() => expect(part(dialog, 'summary')).toHaveTextContent('6 rows: 3 ready, 3 with problems.'), LOAD);
    await expectAxeClean();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 3 users' }));
    await waitFor(() => expect(part(dialog, 'paused')).not.toBeNull(), LOAD);
    await expectAxeClean();
    await waitFor(() => expect(part(dialog, 'summary')).toHaveTextContent('Created 2 users. 1 failed. 3 rows with problems were not sent.'), LOAD);
    await expectAxeClean();
    expect((window as { __rosterPwned?: number }).__rosterPwned).toBeUndefined();
  });

  it('imports by keyboard alone; focus lands on each step and returns to Import CSV', async () => {
    const adapter = createMemoryAdapter({ userCount: 5, latencyMs: 20 });
    renderImport(adapter);
    const trigger = await screen.findByRole('button', { name: 'Import CSV' }, LOAD);
    await tabTo(() => trigger);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Import users' }, LOAD);
    // The file input is first: Enter or Space opens the system's file picker, which a test cannot drive.
    await waitFor(() => expect(fileInput(dialog)).toHaveFocus());
    await userEvent.upload(fileInput(dialog), csv(FILE));
    // The input went with its step: focus is on the preview's summary, not on the page.
    await waitFor(() => expect(part(dialog, 'summary')).toHaveFocus(), LOAD);
    await tabTo(() => within(dialog).getByRole('button', { name: 'Import 3 users' }), 30);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(part(dialog, 'summary')).toHaveTextContent(/^Created 3 users\./), LOAD);
    await waitFor(() => expect(part(dialog, 'summary')).toHaveFocus());
    await tabTo(() => within(dialog).getByRole('button', { name: 'Done' }), 30);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(adapter.snapshot().users.find((u) => u.email === 'grace@example.com')!.name).toBe('Hopper, Grace "Amazing"');
  });

  it('fits 320 px: the dialog, its drop zone and the preview table are no wider than the screen', async () => {
    await page.viewport(320, 640);
    await waitFor(() => expect(window.innerWidth).toBe(320));
    renderImport(createMemoryAdapter({ userCount: 5 }));
    await userEvent.click(await screen.findByRole('button', { name: 'Import CSV' }, LOAD));
    let dialog = await screen.findByRole('dialog', {}, LOAD);
    expect(part(dialog, 'drop-zone')!.getBoundingClientRect().right).toBeLessThanOrEqual(320);
    await userEvent.upload(fileInput(dialog), csv(FILE));
    await waitFor(() => expect(part(dialog, 'summary')).not.toBeNull(), LOAD);
    dialog = screen.getByRole('dialog');
    const box = dialog.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(part(dialog, 'table')!.getBoundingClientRect().right).toBeLessThanOrEqual(box.right);
    for (const el of dialog.querySelectorAll<HTMLElement>('*')) if (/auto|scroll/.test(getComputedStyle(el).overflowX)) expect(el.scrollWidth - el.clientWidth).toBeLessThanOrEqual(1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('keeps its cues in forced colours: problem rows and notes keep their edges', () =>
    withMedia({ forcedColors: 'active' }, async () => {
      renderImport(createMemoryAdapter({ userCount: 5 }));
      // The file's "status" column is not imported: a note says so.
      const dialog = await openWithFile();
      expect(getComputedStyle(part(dialog, 'notes')!).borderTopStyle).toBe('solid');
      expect(getComputedStyle(dialog.querySelector('[data-roster-part="user-import-row"][data-state="problem"]')!).outlineStyle).toBe('dashed');
      await page.screenshot({ path: '__screenshots__/user-import-forced.png' });
    }));

  it('at 390 px and 1280 px, for a look', async () => {
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      await page.viewport(width, height);
      const adapter = createMemoryAdapter({ userCount: 5, capabilities: { createUser: { phone: false } } });
      adapter.faults.add({ operation: 'createUser', error: { code: 'server', status: 503 }, times: 1 });
      const { unmount } = renderImport(adapter);
      await userEvent.click(await screen.findByRole('button', { name: 'Import CSV' }, LOAD));
      await page.screenshot({ path: `__screenshots__/user-import-choose-${width}.png` });
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      const dialog = await openWithFile();
      await page.screenshot({ path: `__screenshots__/user-import-preview-${width}.png` });
      await userEvent.click(within(dialog).getByRole('button', { name: 'Import 3 users' }));
      await waitFor(() => expect(part(dialog, 'summary')).toHaveTextContent(/failed/), LOAD);
      await page.screenshot({ path: `__screenshots__/user-import-results-${width}.png` });
      unmount();
    }
  });
});
