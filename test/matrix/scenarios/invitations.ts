/**
 * Columns: an invited user's invitation, from their details opened in the table — sent again
 * (the backend records a later sending), and revoked (the backend no longer has the user, or for
 * a tenant admin, no longer in their tenant).
 */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { userDetailsAvailable } from '../../../src/core/userDetails.js';
import type { BackendUser, Scenario } from '../types.js';
import { closed, dialogNamed, expectBackend, successText, until, userIn, visibleTo } from '../ui.js';
import { expectNoDetailsButton, findRow, openDetails, record, section } from './detailsUi.js';

const invited = (u: BackendUser) => u.status === 'invited';

const invitationResend: Scenario = {
  id: 'invitationResend',
  title: 'resend an invitation (row → details → Resend invitation)',
  cannot: (adapter) => (userDetailsAvailable(adapter).resendInvitation ? null : 'capabilities.details.resendInvitation is false (or no resendInvitation)'),
  async run(cell) {
    const row = await findRow(cell, 'who are invited', invited);
    const before = userIn(await cell.backend.read(), row.user.id)!;
    const dialog = await openDetails(row);
    await userEvent.click(within(section(dialog, 'invitation')!).getByRole('button', { name: 'Resend invitation' }));
    await successText(`Sent the invitation to ${row.name} again.`);
    await expectBackend(cell, (state) => {
      const after = userIn(state, row.user.id);
      expect(after?.invitationSentAt, 'when the backend last sent the invitation').toBeTruthy();
      expect(Date.parse(after!.invitationSentAt!), 'sent again, after the sending before').toBeGreaterThan(Date.parse(before.invitationSentAt ?? '1970-01-01T00:00:00Z'));
      expect(record(after), `${row.name}’s record: only the invitation's sending changed`).toEqual({ ...record(before), invitationSentAt: after!.invitationSentAt });
    });
  },
  assertAbsent: (cell) => expectNoDetailsButton(cell, /^Resend invitation$/, invited),
};

const invitationRevoke: Scenario = {
  id: 'invitationRevoke',
  title: 'revoke an invitation (row → details → Revoke invitation, confirm)',
  cannot: (adapter) => (userDetailsAvailable(adapter).revokeInvitation ? null : 'capabilities.details.revokeInvitation is false (or no revokeInvitation)'),
  async run(cell) {
    const row = await findRow(cell, 'who are invited', invited);
    const dialog = await openDetails(row);
    await userEvent.click(within(section(dialog, 'invitation')!).getByRole('button', { name: 'Revoke invitation' }));
    const confirm = await dialogNamed(`Revoke the invitation of ${row.name}?`, 'alertdialog');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke invitation' }));
    await closed('alertdialog');
    // The invitee went with the invitation: the details close by themselves, the table reports it.
    await closed('dialog', `Details — ${row.name}`);
    await successText(`Revoked the invitation of ${row.name}.`);
    await expectBackend(cell, (state) => {
      const left = userIn(state, row.user.id);
      expect(left && visibleTo(cell, left) ? left : undefined, 'the invited user, as the host sees them').toBeUndefined();
    });
    await until('the revoked user’s row leaves the table', () => !screen.queryByRole('button', { name: `Open details of ${row.name}` }));
  },
  assertAbsent: (cell) => expectNoDetailsButton(cell, /^Revoke invitation$/, invited),
};

export const INVITATION_SCENARIOS: Scenario[] = [invitationResend, invitationRevoke];
