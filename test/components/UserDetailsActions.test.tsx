/**
 * The details' own actions, read back from the memory directory: marking the email address and
 * phone number verified, and an invited user's invitation resent and revoked (after which the user
 * is gone, and the host hears of it).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ANA, INVITEE } from '../../stories/components/userDetailsFixtures.js';
import { profileLoaded, setup, stored } from './userDetailsSetup.js';

describe('UserDetails: verification', () => {
  it('marks the phone verified and back, once per press, and says so', async () => {
    const { memory, spy, user } = setup();
    await profileLoaded();
    const section = screen.getByRole('region', { name: 'Verification' });
    expect(within(section).getAllByRole('listitem').map((li) => li.getAttribute('data-state'))).toEqual(['verified', 'unverified']);
    spy.hold('setUserVerified');
    const mark = within(section).getByRole('button', { name: 'Mark phone verified' });
    await user.click(mark);
    await user.click(mark);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held.splice(0).forEach((call) => call.release());
    await screen.findByText(`The phone number of Ana Silva is now marked verified.`);
    expect(stored(memory, ANA.id)!.phoneVerified).toBe(true);
    expect(spy.calls.filter((c) => c.method === 'setUserVerified').map((c) => c.args[1])).toEqual([{ phone: true }]);
    // The same button, now for the way back; focus stays on it.
    await waitFor(() => expect(mark).toHaveTextContent('Mark phone unverified'));
    expect(mark).toHaveFocus();
    await user.click(mark);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held.splice(0).forEach((call) => call.release());
    await screen.findByText('The phone number of Ana Silva is now marked unverified.');
    expect(stored(memory, ANA.id)!.phoneVerified).toBe(false);
  });

  it('offers only the flags the backend can set', async () => {
    setup({ capabilities: { details: { verifyPhone: false } } });
    await profileLoaded();
    expect(screen.getByRole('button', { name: 'Mark email unverified' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Mark phone/ })).toBeNull();
  });

  it('says what went wrong when the backend refuses', async () => {
    const { memory, user } = setup();
    await profileLoaded();
    memory.faults.failNext('setUserVerified', 'forbidden');
    await user.click(screen.getByRole('button', { name: 'Mark email unverified' }));
    expect(await screen.findByText('You do not have permission to do this.')).toBeInTheDocument();
    expect(stored(memory, ANA.id)!.emailVerified).toBe(true);
  });
});

describe('UserDetails: invitation', () => {
  it('shows when and by whom it was sent, and resends it', async () => {
    const { memory, user } = setup({}, { userId: INVITEE.id });
    const section = await screen.findByRole('region', { name: 'Invitation' }, { timeout: 3000 });
    expect(section).toHaveTextContent('Invited byGrace Hopper');
    expect(within(section).getByText('Sent')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Resend invitation' }));
    await screen.findByText('Sent the invitation to Ivo Invited again.');
    expect(stored(memory, INVITEE.id)!.invitation!.sentAt).not.toBe(INVITEE.invitation!.sentAt);
  });

  it('revokes it after asking: the user is gone, focus stays in the details, the host hears of it', async () => {
    const onDeleted = vi.fn();
    const { memory, user } = setup({}, { userId: INVITEE.id, onDeleted });
    const section = await screen.findByRole('region', { name: 'Invitation' }, { timeout: 3000 });
    await user.click(within(section).getByRole('button', { name: 'Revoke invitation' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Revoke the invitation of Ivo Invited?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Revoke invitation' }));
    await screen.findByText('Revoked the invitation of Ivo Invited.');
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(expect.objectContaining({ id: INVITEE.id })));
    expect(stored(memory, INVITEE.id)).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Invitation' })).toBeNull();
    expect(document.activeElement).toHaveAttribute('data-roster-part', 'user-details');
  });

  it('is not offered for a user who is not invited', async () => {
    setup();
    await profileLoaded();
    expect(screen.queryByRole('button', { name: /invitation/ })).toBeNull();
  });
});
