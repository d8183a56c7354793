/**
 * OrganizationManager in real Chromium with the shipped styles: no axe violations in the list, its
 * dialogs and the members view; create, delete and the members view by keyboard alone, with focus
 * landing where the admin is; and a 320 px screen that never scrolls sideways.
 */
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter, generateDirectory } from '../../src/adapters/memory/index.js';
import { OrganizationManager } from '../../src/components/OrganizationManager/OrganizationManager.js';
import { withMedia } from '../layout/media.js';
import { renderInHost, setViewport } from '../layout/renderRoster.js';
import { tabTo } from '../helpers/tabTo.js';

const directory = generateDirectory({ seed: 3, userCount: 40, organizationCount: 6 });
const [first, second, third] = directory.organizations as [(typeof directory.organizations)[0], (typeof directory.organizations)[0], (typeof directory.organizations)[0]];
const LOAD = { timeout: 8000 };

function renderManager(dir: 'ltr' | 'rtl' = 'ltr') {
  const adapter = createMemoryAdapter({ directory, latencyMs: 20 });
  renderInHost(<OrganizationManager searchDebounceMs={50} />, { adapter, dir });
  return adapter;
}
const loaded = () => waitFor(() => expect(document.querySelector('[data-roster-part="organization-manager-member-count"]')).not.toBeNull(), LOAD);

/** Violations of the rules the stories are held to, as "rule: target" lines. */
async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

afterEach(async () => {
  await setViewport(1280, 800);
});

describe('OrganizationManager in Chromium', () => {
  it('has no axe violations in the list, the create and delete dialogs, and the members view', async () => {
    renderManager();
    await loaded();
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Create organization' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveAttribute('aria-invalid', 'true'));
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: `Delete ${first.name}` }));
    await screen.findByRole('alertdialog');
    expect(await axeViolations()).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: `Members of ${first.name}` }));
    await waitFor(() => expect(document.querySelector('[data-roster-part="user-table-row"]')).not.toBeNull(), LOAD);
    expect(await axeViolations()).toEqual([]);
  });

  it('creates an organization by keyboard alone; focus returns to Create', async () => {
    const adapter = renderManager();
    await loaded();
    const create = screen.getByRole('button', { name: 'Create organization' });
    await tabTo(() => create);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Create organization' });
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveFocus());
    await userEvent.keyboard('Nakatomi Trading');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('nakatomi.example{Enter}NT.example');
    await tabTo(() => within(dialog).getByRole('button', { name: 'Create organization' }), 5);
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Created Nakatomi Trading.', {}, LOAD);
    await waitFor(() => expect(create).toHaveFocus());
    expect(adapter.snapshot().organizations.find((o) => o.name === 'Nakatomi Trading')!.domains).toEqual(['nakatomi.example', 'nt.example']);
  });

  it('deletes by keyboard after typing the name; focus lands on the next row', async () => {
    const adapter = renderManager();
    await loaded();
    await tabTo(() => screen.getByRole('button', { name: `Delete ${second.name}` }));
    await userEvent.keyboard('{Enter}');
    const confirm = await screen.findByRole('alertdialog', { name: `Delete ${second.name}?` });
    await waitFor(() => expect(within(confirm).getByRole('textbox')).toHaveFocus());
    // Enter before the name matches deletes nothing.
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await userEvent.keyboard(`${second.name}{Enter}`);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull(), LOAD);
    await waitFor(() => expect(screen.getByRole('button', { name: `Members of ${third.name}` })).toHaveFocus());
    expect(adapter.snapshot().organizations.map((o) => o.id)).not.toContain(second.id);
  });

  it('opens the members by keyboard, and Back returns focus to the row', async () => {
    renderManager();
    await loaded();
    const members = screen.getByRole('button', { name: `Members of ${third.name}` });
    await tabTo(() => members);
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: `Members of ${third.name}` });
    await waitFor(() => expect(heading).toHaveFocus());
    // Back sits just before the heading.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByRole('button', { name: 'Back to organizations' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(members).toHaveFocus());
  });

  it('keeps its cues in forced colours: domain chips keep an edge, a pending row stands out', () =>
    withMedia({ forcedColors: 'active' }, async () => {
      const adapter = renderManager();
      await loaded();
      const chip = document.querySelector('[data-roster-part="organization-manager-domain"]')!;
      expect(getComputedStyle(chip).borderTopStyle).toBe('solid');
      // A rename that stays pending: the row is outlined until the backend answers.
      adapter.setLatency(600_000);
      await userEvent.click(screen.getByRole('button', { name: `Edit ${first.name}` }));
      const dialog = await screen.findByRole('dialog');
      await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), ' Renamed');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
      const item = await waitFor(() => document.querySelector('[data-roster-part="organization-manager-item"][data-pending]')!);
      expect(getComputedStyle(item).outlineStyle).toBe('dashed');
    }));

  it.each(['ltr', 'rtl'] as const)('fits a 320 px screen without sideways scrolling (%s)', async (dir) => {
    await setViewport(320, 640);
    renderManager(dir);
    await loaded();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const button of document.querySelectorAll('[data-roster-part="organization-manager-actions"] button')) {
      const box = button.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
    }
    await userEvent.click(screen.getByRole('button', { name: `Delete ${first.name}` }));
    const confirm = await screen.findByRole('alertdialog');
    const box = confirm.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
  });
});
