/**
 * UserExport in real Chromium with the shipped CSS: axe finds nothing in the button or the dialog
 * in any state, it works by keyboard alone with focus landing somewhere defined, the download is
 * a real `<a download>` of the CSV bytes, and at 320 px the dialog fits the screen.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserExport, type UserExportProps } from '../../src/components/UserExport/index.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import '../../src/theme/styles.css';
import { withMedia } from '../layout/media.js';
import { tabTo } from '../helpers/tabTo.js';

const LOAD = { timeout: 8000 };

function renderExport(adapter: MemoryAdapter, props: Partial<UserExportProps> = {}) {
  document.body.style.margin = '0';
  render(
    <RosterProvider adapter={adapter} retry={false}>
      <div style={{ padding: 16, display: 'flex', gap: 8 }}>
        <UserExport {...props} />
      </div>
    </RosterProvider>,
  );
}

/** The same rules the stories are checked with (.storybook/preview.tsx). */
async function expectAxeClean() {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const statusOf = () => document.querySelector('[data-roster-part="user-export-status"]')?.getAttribute('data-state');

afterEach(async () => {
  vi.restoreAllMocks();
  await page.viewport(1280, 800);
});

describe('UserExport in Chromium', () => {
  it('is axe-clean: the button, the dialog exporting, waiting out a 429, done, and failed', async () => {
    const adapter = createMemoryAdapter({ userCount: 40, latencyMs: 10 });
    renderExport(adapter, { download: false });
    await expectAxeClean();
    adapter.setLatency(600_000);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByRole('dialog', { name: 'Export users' }, LOAD);
    await expectAxeClean();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(statusOf()).toBe('cancelled'));
    await expectAxeClean();
    adapter.setLatency(10);
    adapter.faults.failNext('listUsers', { code: 'rate_limited', status: 429, retryAfterMs: 30_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Export again' }));
    await waitFor(() => expect(statusOf()).toBe('waiting'), LOAD);
    expect(screen.getByRole('status')).toHaveTextContent(/^Too many requests right now\. Trying again in (30|29) seconds\.$/);
    await expectAxeClean();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    // A refusal, not a transient failure: the export's own retries would ride out a 500.
    adapter.faults.failNext('listUsers', { code: 'forbidden', status: 403 });
    await userEvent.click(await screen.findByRole('button', { name: 'Export again' }));
    await screen.findByRole('alert', {}, LOAD);
    await expectAxeClean();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Exported 40 users', { exact: false }, LOAD);
    await expectAxeClean();
  });

  it('works by keyboard alone: Enter exports, focus stays in the dialog, Done closes it back onto Export CSV', async () => {
    const adapter = createMemoryAdapter({ userCount: 2500, latencyMs: 400 });
    renderExport(adapter, { download: false });
    const trigger = screen.getByRole('button', { name: 'Export CSV' });
    await tabTo(() => trigger);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', {}, LOAD);
    // The dialog opens on its one button, Cancel while the export runs.
    const footer = within(dialog).getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(footer).toHaveFocus());
    await within(dialog).findByText(/^Exported 2,500 users/, {}, LOAD);
    // The button focus was on is Done now: the end of the export moved focus nowhere.
    expect(footer).toHaveFocus();
    expect(footer).toHaveAccessibleName('Done');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('offers the CSV as a real download: an <a download> with the file name, of the bytes written', async () => {
    const adapter = createMemoryAdapter({ userCount: 25 });
    const clicked: { href: string; download: string; bytes: Uint8Array }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    const reads: Promise<void>[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      // Read the bytes behind the link as the browser would save them; no download is started.
      const entry = { href: this.href, download: this.download, bytes: new Uint8Array() };
      clicked.push(entry);
      reads.push(fetch(this.href).then(async (r) => void (entry.bytes = new Uint8Array(await r.arrayBuffer()))));
      if (!this.href.startsWith('blob:')) click.call(this);
    });
    renderExport(adapter, { columns: ['email'] });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText(/^Exported 25 users/, {}, LOAD);
    await Promise.all(reads);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(clicked[0]!.download).toMatch(/^users-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = clicked[0]!.bytes;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe('ID,Email');
    expect(lines).toHaveLength(27);
    // The link is gone from the page; its URL is kept a while for the browser to read, then revoked.
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Download again' }));
    expect(clicked).toHaveLength(2);
  });

  it('fits a 320 px screen: the dialog, its progress bar and buttons stay on screen', async () => {
    await page.viewport(320, 640);
    const adapter = createMemoryAdapter({ userCount: 40, capabilities: { search: false, sortFields: [], filters: { status: false, roleIds: false, organizationId: false } } });
    renderExport(adapter, { download: false, clientSideLimit: 20, query: { sort: { field: 'name', direction: 'asc' } } });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog', {}, LOAD);
    await within(dialog).findByText(/^Only the first 20 users were read/, {}, LOAD);
    for (const element of [dialog, within(dialog).getByRole('progressbar'), ...within(dialog).getAllByRole('button')]) {
      const box = element.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('draws the progress bar with an edge under forced colours', () =>
    withMedia({ forcedColors: 'active' }, async () => {
      const adapter = createMemoryAdapter({ userCount: 40, latencyMs: 600_000 });
      renderExport(adapter, { download: false });
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      const bar = await screen.findByRole('progressbar', {}, LOAD);
      const style = getComputedStyle(bar);
      expect(style.borderTopStyle).not.toBe('none');
      expect(parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1);
    }));
});
