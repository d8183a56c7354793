/**
 * UserTable's way into the details: a click on a row (not on its checkbox or menu), the name's
 * button (the keyboard's way) and the row menu's "View details…" open the dialog for that user;
 * focus returns to what opened it; unsaved edits are asked about; `userDetails={false}` leaves it
 * all out.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UserTable } from '../../src/components/UserTable/index.js';
import { ANA, INVITEE } from '../../stories/components/userDetailsFixtures.js';
import { renderOnDirectory, stored } from './userDetailsSetup.js';

const rowOf = async (name: string) => (await screen.findByRole('button', { name: `Open details of ${name}` }, { timeout: 3000 })).closest('tr')!;
const details = (name: string) => screen.findByRole('dialog', { name: `Details — ${name}` }, { timeout: 3000 });

describe('UserTable opens UserDetails', () => {
  it('from a click anywhere on the row but its controls; focus returns to the name', async () => {
    const { user } = renderOnDirectory(<UserTable />);
    const row = await rowOf('Ana Silva');
    await user.click(within(row).getByRole('checkbox'));
    await user.click(within(row).getByRole('button', { name: 'Actions for Ana Silva' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{Escape}');

    await user.click(row.querySelector('td[data-column="email"]')!);
    const dialog = await details('Ana Silva');
    await within(dialog).findByRole('textbox', { name: 'Given name' }, { timeout: 3000 });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(row).getByRole('button', { name: 'Open details of Ana Silva' })).toHaveFocus();
  });

  it('from the name’s button by keyboard, and from the row menu', async () => {
    const { user } = renderOnDirectory(<UserTable />);
    const row = await rowOf('Ana Silva');
    const name = within(row).getByRole('button', { name: 'Open details of Ana Silva' });
    expect(name).toHaveAttribute('aria-haspopup', 'dialog');
    name.focus();
    await user.keyboard('{Enter}');
    await details('Ana Silva');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(name).toHaveFocus());

    const menu = within(row).getByRole('button', { name: 'Actions for Ana Silva' });
    await user.click(menu);
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent).slice(0, 3)).toEqual(['Edit roles…', 'Organizations…', 'View details…']);
    await user.click(screen.getByRole('menuitem', { name: 'View details…' }));
    await details('Ana Silva');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(menu).toHaveFocus());
  });

  it('asks before dropping unsaved edits, and saves what was typed', async () => {
    const { memory, user } = renderOnDirectory(<UserTable />);
    await user.click(within(await rowOf('Ana Silva')).getByRole('button', { name: 'Open details of Ana Silva' }));
    const dialog = await details('Ana Silva');
    const given = await within(dialog).findByRole('textbox', { name: 'Given name' }, { timeout: 3000 });
    await user.type(given, 'x');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('dialog', { name: 'Details — Ana Silva' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await within(dialog).findByText('Saved the profile of Ana Silva.');
    expect(stored(memory, ANA.id)!.givenName).toBe('Anax');
    // Saved: closing asks nothing.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('a revoked invitation closes the details, takes the row away and says so', async () => {
    const { memory, user } = renderOnDirectory(<UserTable />);
    await user.click(within(await rowOf('Ivo Invited')).getByRole('button', { name: 'Open details of Ivo Invited' }));
    const dialog = await details('Ivo Invited');
    await user.click(await within(dialog).findByRole('button', { name: 'Revoke invitation' }, { timeout: 3000 }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Revoke invitation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Revoked the invitation of Ivo Invited.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open details of Ivo Invited' })).toBeNull();
    expect(stored(memory, INVITEE.id)).toBeUndefined();
    // The row that took its place has focus, not <body>.
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-roster-part', 'user-table-name-button'));
  });

  it('userDetails={false} leaves the button, the menu item and the row click out', async () => {
    const { user } = renderOnDirectory(<UserTable userDetails={false} />);
    const cell = await screen.findByText('ana.silva@example.com', {}, { timeout: 3000 });
    expect(screen.queryByRole('button', { name: /^Open details of/ })).toBeNull();
    await user.click(cell);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(within(cell.closest('tr')!).getByRole('button', { name: 'Actions for Ana Silva' }));
    expect(screen.queryByRole('menuitem', { name: 'View details…' })).toBeNull();
  });
});
