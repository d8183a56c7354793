/**
 * UserActivity in real Chromium with the shipped styles: no axe violations with entries, an open
 * user agent, a failure and the empty state; paging by keyboard alone with focus kept on the
 * button pressed; a 320 px screen that never scrolls sideways, in both directions, with a
 * backend's longest strings; and kinds that stay apart in forced colours.
 */
import { screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter, generateDirectory } from '../../src/adapters/memory/index.js';
import type { ActivityEvent } from '../../src/core/model.js';
import { UserActivity } from '../../src/components/UserDetails/UserActivity.js';
import { withMedia } from '../layout/media.js';
import { renderInHost, setViewport } from '../layout/renderRoster.js';
import { tabTo } from '../helpers/tabTo.js';
import { wrapAdapter } from '../helpers/wrapAdapter.js';

const directory = generateDirectory({ seed: 3, userCount: 12 });
const member = directory.users.find((u) => u.lastLoginAt && u.status === 'active')!;
const LOAD = { timeout: 8000 };
const times = () => [...document.querySelectorAll('[data-roster-part="user-activity-time"]')].map((t) => t.getAttribute('datetime'));
const loaded = () => waitFor(() => expect(document.querySelector('[data-roster-part="user-activity-entry"]')).not.toBeNull(), LOAD);

function renderActivity({ dir = 'ltr', entries = 45 }: { dir?: 'ltr' | 'rtl'; entries?: number } = {}) {
  const adapter = createMemoryAdapter({ directory, latencyMs: 20, activityPerUser: (u) => (u.id === member.id ? entries : undefined) });
  renderInHost(<UserActivity userId={member.id} />, { adapter, dir });
  return adapter;
}

const LONG = `${'Überlang-'.repeat(30)}`;
const HOSTILE: ActivityEvent[] = [
  { id: 'a', kind: 'change', at: new Date().toISOString(), action: `<img src=x onerror=alert(1)>${LONG}`, actor: `\u202Egnp.exe ${LONG}`, fields: [LONG, '__proto__', 'customAttributes.<b>x</b>'] },
  { id: 'b', kind: 'sign-in-failed', at: new Date(Date.now() - 3_600_000).toISOString(), action: 'LoginFailed', ip: '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', location: LONG, userAgent: `Mozilla/5.0 (${LONG}) Chrome/131.0.0.0 Safari/537.36` },
  { id: 'c', kind: 'sign-out', at: new Date(Date.now() - 86_400_000 * 40).toISOString(), action: null, userAgent: LONG },
  { id: 'd', kind: 'sign-in', at: new Date(Date.now() - 86_400_000 * 400).toISOString(), action: 'user.login', ip: '203.0.113.9', location: 'Zürich, CH', userAgent: 'curl/8.4.0' },
];

function renderHostile(dir: 'ltr' | 'rtl' = 'ltr') {
  const memory = createMemoryAdapter({ directory, latencyMs: 20 });
  const adapter = wrapAdapter(memory, 'memory:hostile-activity', (method, _args, proceed) =>
    method === 'listUserActivity' ? Promise.resolve({ items: structuredClone(HOSTILE), total: null, nextCursor: 'more' }) : proceed(),
  );
  renderInHost(<UserActivity userId={member.id} />, { adapter, dir });
}

/** Violations of the rules the stories are held to, as "rule: target" lines. */
async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

afterEach(async () => {
  await setViewport(1280, 800);
});

describe('UserActivity in Chromium', () => {
  it('has no axe violations: entries with an agent opened, and a failed page', async () => {
    const adapter = renderActivity();
    await loaded();
    await userEvent.click(document.querySelector<HTMLElement>('[data-roster-part="user-activity-agent-summary"]')!);
    expect(document.querySelector('details[open]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
    // Refused, not failed: the provider here retries a failure a server may recover from.
    adapter.faults.failNext('listUserActivity', { code: 'forbidden', status: 403 });
    await userEvent.click(screen.getByRole('button', { name: 'Older' }));
    await screen.findByRole('alert', {}, LOAD);
    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations when nothing is recorded', async () => {
    const memory = createMemoryAdapter({ directory, latencyMs: 20 });
    const adapter = wrapAdapter(memory, 'memory:no-activity', (method, _args, proceed) => (method === 'listUserActivity' ? Promise.resolve({ items: [], total: 0, nextCursor: null }) : proceed()));
    renderInHost(<UserActivity userId={member.id} />, { adapter });
    await screen.findByText('No activity recorded.', {}, LOAD);
    expect(await axeViolations()).toEqual([]);
  });

  it('hostile strings: no axe violations, nothing runs', async () => {
    renderHostile();
    await loaded();
    expect(document.querySelector('img, b')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('pages by keyboard alone; focus stays on the button pressed, never on the page body', async () => {
    const adapter = renderActivity();
    const log = adapter.snapshot().activity[member.id]!.map((e) => e.at);
    await loaded();
    const older = screen.getByRole('button', { name: 'Older' });
    const newer = screen.getByRole('button', { name: 'Newer' });
    await tabTo(() => older);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(times()).toEqual(log.slice(20, 40)), LOAD);
    expect(older).toHaveFocus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(times()).toEqual(log.slice(40)), LOAD);
    expect(older).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(newer).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(times()).toEqual(log.slice(20, 40)), LOAD);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(times()).toEqual(log.slice(0, 20)), LOAD);
    // On the newest page Newer is aria-disabled, not disabled: focus stays put.
    expect(newer).toHaveFocus();
    expect(newer).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).not.toBe(document.body);
  });

  it.each(['ltr', 'rtl'] as const)('fits a 320 px screen without sideways scrolling, with long strings (%s)', async (dir) => {
    await setViewport(320, 640);
    renderHostile(dir);
    await loaded();
    for (const summary of document.querySelectorAll<HTMLElement>('[data-roster-part="user-activity-agent-summary"]')) await userEvent.click(summary);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const button of document.querySelectorAll('[data-roster-part="user-activity-pagination"] button')) {
      const box = button.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
    }
  });

  it('keeps the kinds apart in forced colours, each with its own edge', () =>
    withMedia({ forcedColors: 'active' }, async () => {
      renderHostile();
      await loaded();
      const styles = [...document.querySelectorAll('[data-roster-part="user-activity-kind"]')].map((k) => getComputedStyle(k).borderTopStyle);
      expect(styles).toEqual(['dotted', 'double', 'dashed', 'solid']);
    }));
});
