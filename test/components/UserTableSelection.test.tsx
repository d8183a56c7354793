/** Shift-click selects a range of rows on the current page, as in a file manager; the header box selects the page shown. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const setupUser = () => userEvent.setup({ delay: null });
const rowBox = (i: number) => within(screen.getAllByRole('row')[i + 1]!).getByRole('checkbox');
const checked = () => screen.getAllByRole('row').slice(1).map((r) => (within(r).getByRole('checkbox') as HTMLInputElement).checked);

async function table() {
  const user = setupUser();
  renderWithRoster(<UserTable defaultQuery={{ pageSize: 10 }} />, createMemoryAdapter({ userCount: 12 }));
  await screen.findByText('12 users');
  return user;
}

describe('range selection', () => {
  it('Shift-click selects every row from the last one clicked', async () => {
    const user = await table();
    await user.click(rowBox(1));
    await user.keyboard('{Shift>}');
    await user.click(rowBox(4));
    await user.keyboard('{/Shift}');
    expect(checked()).toEqual([false, true, true, true, true, false, false, false, false, false]);
    expect(screen.getByText('4 selected')).toBeInTheDocument();
  });

  it('works upwards, and Shift-click on a selected row clears the range', async () => {
    const user = await table();
    await user.click(rowBox(6));
    await user.keyboard('{Shift>}');
    await user.click(rowBox(3));
    expect(checked().filter(Boolean)).toHaveLength(4);
    // The anchor is now row 3; unticking row 5 with Shift clears rows 3 to 5.
    await user.click(rowBox(5));
    await user.keyboard('{/Shift}');
    expect(checked()).toEqual([false, false, false, false, false, false, true, false, false, false]);
  });

  it('a plain click selects one row only', async () => {
    const user = await table();
    await user.click(rowBox(1));
    await user.click(rowBox(4));
    expect(checked().filter(Boolean)).toHaveLength(2);
  });

  it('an anchor on another page does not make a range', async () => {
    const user = await table();
    await user.click(rowBox(0));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2 of 2');
    await user.keyboard('{Shift>}');
    await user.click(rowBox(1));
    await user.keyboard('{/Shift}');
    expect(checked()).toEqual([false, true]);
    expect(screen.getByText('2 selected')).toBeInTheDocument();
  });
});

describe('select all', () => {
  it('selects the page shown, after paging to one of the same length', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable defaultQuery={{ pageSize: 5 }} />, createMemoryAdapter({ userCount: 12 }));
    await screen.findByText('12 users');
    const firstPage = screen.getAllByRole('row').slice(1).map((r) => r.textContent);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2 of 3');
    await waitFor(() => expect(screen.getAllByRole('row').slice(1).map((r) => r.textContent)).not.toEqual(firstPage));
    await user.click(screen.getByRole('checkbox', { name: 'Select all users on this page' }));
    expect(checked()).toEqual([true, true, true, true, true]);
    expect(screen.getByText('5 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await screen.findByText('Page 1 of 3');
    expect(checked()).toEqual([false, false, false, false, false]);
  });
});
