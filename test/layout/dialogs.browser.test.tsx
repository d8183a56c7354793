/**
 * Every dialog UserTable can open fits the screen at 390 px (a phone), 640 × 400 (1280 × 800 at
 * 200 % zoom) and 1280 px: its box is inside the viewport, nothing in it is wider than it, and its
 * close control is on screen. Nested dialogs (discard, add to organization, remove) included.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { findDialog, INSIDE, overflowOf, pickRowAction, renderUserTable, setViewport, tableLoaded, VIEWPORTS } from './renderRoster.js';

/** A directory whose first row (sorted by name) belongs to two organizations. */
function adapterWithMemberFirst() {
  const directory = createMemoryAdapter().snapshot();
  const member = directory.users.find((u) => (u.memberships?.length ?? 0) > 1)!;
  directory.users = [{ ...member, name: 'Aaron Aalto' }, ...directory.users.filter((u) => u.id !== member.id)];
  return createMemoryAdapter({ directory, latencyMs: 10 });
}

function expectFits(dialog: HTMLElement) {
  expect(overflowOf(dialog), dialog.getAttribute('aria-label') ?? dialog.textContent?.slice(0, 40)).toEqual(INSIDE);
  // Nothing inside is cut off sideways: neither the dialog nor any scrolling area in it scrolls horizontally.
  const scrollers = [dialog, ...dialog.querySelectorAll<HTMLElement>('*')].filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowX));
  for (const el of scrollers) expect(el.scrollWidth - el.clientWidth, el.getAttribute('data-roster-part') ?? el.tagName).toBeLessThanOrEqual(1);
  // Every control is on screen sideways (the close button above all); the dialog's body may scroll up and down.
  for (const control of dialog.querySelectorAll('button, input, select')) {
    const { left, right } = overflowOf(control);
    expect({ left, right }, control.outerHTML.slice(0, 80)).toEqual({ left: 0, right: 0 });
  }
  // A close button in the corner stays in view however the body scrolls.
  for (const close of dialog.querySelectorAll('[data-roster-part$="close-button"]')) expect(overflowOf(close)).toEqual(INSIDE);
}

async function closeWithEscape(role: 'dialog' | 'alertdialog', count = 0) {
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryAllByRole(role)).toHaveLength(count));
}

describe.each(VIEWPORTS)('dialogs at $width × $height', ({ width, height }) => {
  it('create user and delete fit', async () => {
    await setViewport(width, height);
    renderUserTable();
    await tableLoaded();
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    expectFits(await findDialog(/Create user/));
    await closeWithEscape('dialog');
    await pickRowAction(/^Delete/);
    expectFits(await findDialog(/^Delete/, 'alertdialog'));
    await closeWithEscape('alertdialog');
  });

  it('edit roles and its discard prompt fit', async () => {
    await setViewport(width, height);
    renderUserTable();
    await tableLoaded();
    await pickRowAction(/^Edit roles/);
    const editor = await findDialog(/Edit roles/);
    await waitFor(() => expect(within(editor).getAllByRole('checkbox').length).toBeGreaterThan(0), { timeout: 8000 });
    expectFits(editor);
    await userEvent.click(within(editor).getAllByRole('checkbox')[0]!);
    await userEvent.keyboard('{Escape}');
    const discard = await findDialog(/Discard/, 'alertdialog');
    expectFits(discard);
    expectFits(editor);
  });

  it('organizations, adding to one and removing from one fit', async () => {
    await setViewport(width, height);
    renderUserTable({ adapter: adapterWithMemberFirst() });
    await tableLoaded();
    await pickRowAction(/^Organizations/);
    const organizations = await findDialog(/Organizations/);
    await waitFor(() => expect(within(organizations).getAllByRole('button', { name: /^Remove from/ }).length).toBe(2), { timeout: 8000 });
    expectFits(organizations);

    await userEvent.click(within(organizations).getByRole('button', { name: 'Add to organization' }));
    const picker = await findDialog(/Add to organization/);
    await waitFor(() => expect(within(picker).getAllByRole('radio').length).toBeGreaterThan(0), { timeout: 8000 });
    expectFits(picker);
    await closeWithEscape('dialog', 1);

    await userEvent.click(within(organizations).getAllByRole('button', { name: /^Remove from/ })[0]!);
    expectFits(await findDialog(/^Remove /, 'alertdialog'));
  });
});
