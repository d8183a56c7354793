/** The Columns popover closes the ways a popover should: outside click, Escape, focus leaving it. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const setupUser = () => userEvent.setup({ delay: null });

async function openColumns() {
  const user = setupUser();
  renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 12 }));
  await screen.findByText('12 users');
  const button = screen.getByRole('button', { name: 'Columns' });
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  return { user, button, popover: screen.getByRole('group', { name: 'Columns' }) };
}

describe('Columns popover', () => {
  it('toggles a column and stays open while used', async () => {
    const { user, popover } = await openColumns();
    await user.click(within(popover).getByRole('checkbox', { name: 'Show Email' }));
    expect(screen.queryByRole('columnheader', { name: /Email/ })).toBeNull();
    expect(screen.getByRole('group', { name: 'Columns' })).toBeInTheDocument();
  });

  it('closes on a click outside', async () => {
    const { user, button } = await openColumns();
    await user.click(screen.getAllByRole('row')[1]!);
    expect(screen.queryByRole('group', { name: 'Columns' })).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape from inside, focus back on its button', async () => {
    const { user, button, popover } = await openColumns();
    within(popover).getAllByRole('checkbox')[0]!.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Columns' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape from its button', async () => {
    const { user, button } = await openColumns();
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Columns' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes when focus moves elsewhere, such as the search field', async () => {
    const { user } = await openColumns();
    await user.click(screen.getByRole('searchbox', { name: 'Search users' }));
    expect(screen.queryByRole('group', { name: 'Columns' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search users' }));
  });

  it('closes when Tab leaves its last checkbox', async () => {
    const { user, popover } = await openColumns();
    const boxes = within(popover).getAllByRole('checkbox');
    boxes[boxes.length - 1]!.focus();
    await user.tab();
    expect(screen.queryByRole('group', { name: 'Columns' })).toBeNull();
  });
});
