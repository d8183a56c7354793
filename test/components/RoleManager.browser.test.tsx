/**
 * RoleManager in real Chromium with the shipped CSS: axe finds nothing in the list or its dialogs,
 * every write works by keyboard with focus landing somewhere defined, and at 320 px nothing is
 * wider than the screen.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RoleManager } from '../../src/components/RoleManager/index.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import { directory } from '../../stories/components/roleFixtures.js';
import { directoryWith200RolesAnd300Permissions, directoryWithHostileNames } from '../../stories/components/roleManagerFixtures.js';
import '../../src/theme/styles.css';
import { tabTo } from '../helpers/tabTo.js';

const LOAD = { timeout: 8000 };

function renderManager(adapter: MemoryAdapter) {
  document.body.style.margin = '0';
  render(
    <RosterProvider adapter={adapter}>
      <div style={{ padding: 16 }}>
        <RoleManager searchDebounceMs={0} />
      </div>
    </RosterProvider>,
  );
}

/** The same rules the stories are checked with (.storybook/preview.tsx). */
async function expectAxeClean() {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const rowOf = async (name: string) => (await screen.findByText(name, { selector: '[data-roster-part="role-manager-role-name"]' }, LOAD)).closest('li')!;
const countsShown = () => waitFor(() => expect(document.querySelectorAll('[data-roster-part="role-manager-user-count"]').length).toBeGreaterThan(3), LOAD);

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe('RoleManager in Chromium', () => {
  it('is axe-clean: the list, the permissions dialog, the delete confirmation, the permission tab', async () => {
    const adapter = createMemoryAdapter({ directory: directoryWithHostileNames, latencyMs: 10 });
    renderManager(adapter);
    await countsShown();
    await expectAxeClean();
    await userEvent.click(within(await rowOf('Viewer')).getByRole('button', { name: 'Change the permissions of Viewer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Permissions of Viewer' }, LOAD);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'users:read' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^audit:read/ }));
    await expectAxeClean();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save permissions' }));
    await screen.findByText('Saved the permissions of Viewer.', {}, LOAD);
    await userEvent.click(within(await rowOf('Admin')).getByRole('button', { name: 'Delete Admin' }));
    await within(await screen.findByRole('alertdialog', {}, LOAD)).findByRole('list', {}, LOAD);
    await expectAxeClean();
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('tab', { name: 'Permissions' }));
    await screen.findByRole('list', { name: 'Permissions' }, LOAD);
    await expectAxeClean();
    expect((window as { __rosterPwned?: number }).__rosterPwned).toBeUndefined();
  });

  it('creates a role by keyboard alone; focus returns to Create role', async () => {
    const adapter = createMemoryAdapter({ directory, latencyMs: 20 });
    renderManager(adapter);
    const create = await screen.findByRole('button', { name: 'Create role' }, LOAD);
    await tabTo(() => create);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Create role' }, LOAD);
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveFocus());
    await userEvent.keyboard('Release manager');
    await tabTo(() => within(dialog).getByRole('checkbox', { name: /^projects:write/ }));
    await userEvent.keyboard(' ');
    await tabTo(() => within(dialog).getByRole('button', { name: 'Create role' }));
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Created Release manager.', {}, LOAD);
    await waitFor(() => expect(create).toHaveFocus());
    expect(adapter.snapshot().roles.find((r) => r.name === 'Release manager')!.permissions).toEqual(['projects:write']);
  });

  it('after deleting by keyboard, focus goes to the next role’s Delete button', async () => {
    const adapter = createMemoryAdapter({ directory, latencyMs: 20 });
    renderManager(adapter);
    await tabTo(() => within(document.querySelectorAll<HTMLElement>('[data-roster-part="role-manager-role"]')[1]!).getByRole('button', { name: 'Delete Admin' }));
    await userEvent.keyboard('{Enter}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Admin?' }, LOAD);
    await tabTo(() => within(confirm).getByRole('button', { name: 'Delete role' }), 5);
    await userEvent.keyboard('{Enter}');
    await screen.findByText(/^Deleted Admin; \d+ users lost it\.$/, {}, LOAD);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete Member' })).toHaveFocus(), LOAD);
  });

  it('fits 320 px: nothing wider than the screen, in the list or the permissions dialog', async () => {
    await page.viewport(320, 640);
    await waitFor(() => expect(window.innerWidth).toBe(320));
    renderManager(createMemoryAdapter({ directory: directoryWithHostileNames, latencyMs: 10 }));
    await countsShown();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const button of document.querySelectorAll('[data-roster-part="role-manager"] button')) expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(320);
    await userEvent.click(within(await rowOf('Viewer')).getByRole('button', { name: 'Change the permissions of Viewer' }));
    const dialog = await screen.findByRole('dialog', {}, LOAD);
    const box = dialog.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    for (const el of dialog.querySelectorAll<HTMLElement>('*')) if (/auto|scroll/.test(getComputedStyle(el).overflowX)) expect(el.scrollWidth - el.clientWidth).toBeLessThanOrEqual(1);
  });

  it('200 roles and 300 permissions: one page of rows, 300 checkboxes in the permissions dialog', async () => {
    renderManager(createMemoryAdapter({ directory: directoryWith200RolesAnd300Permissions }));
    await waitFor(() => expect(document.querySelectorAll('[data-roster-part="role-manager-role"]')).toHaveLength(25), LOAD);
    expect(screen.getByText('200 roles')).toBeInTheDocument();
    await userEvent.click(document.querySelector<HTMLElement>('[data-roster-part="role-manager-permissions-button"]')!);
    const dialog = await screen.findByRole('dialog', {}, LOAD);
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(300);
    await userEvent.fill(within(dialog).getByRole('searchbox', { name: 'Search permissions' }), 'feature-05');
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')).toHaveLength(10));
  });
});
