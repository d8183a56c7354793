/**
 * No stray English in the components of "one user, whole" and the CSV import and export: with all
 * messages replaced, no English word of Roster's own is left in any state they reach.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';
import { dataText, expectNoStrayEnglish, markerMessages, strayEnglish } from './strayEnglish.js';

describe('no stray English in UserActivity', () => {
  it('UserActivity: entries, paging, a failed page, and the unsupported note', async () => {
    const { UserActivity } = await import('../../src/components/UserDetails/UserActivity.js');
    const adapter = createMemoryAdapter({ userCount: 30, activityPerUser: 12 });
    const user = adapter.snapshot().users.find((u) => u.lastLoginAt)!;
    await adapter.updateUser!(user.id, { givenName: 'Grace' });
    // The backend's own words (agents, places, event names) are data, as names are.
    const log = adapter.snapshot().activity[user.id]!.flatMap((e) => [e.action ?? '', e.actor ?? '', e.ip ?? '', e.location ?? '', e.userAgent ?? '', ...(e.fields ?? [])]);
    // "now", "3 days ago" come from Intl in the provider's locale (else the browser's, English here): not strings of ours.
    const view = renderWithRoster(<UserActivity userId={user.id} pageSize={5} />, adapter, { messages: markerMessages(), locale: 'de', retry: false });
    await waitFor(() => expect(document.querySelectorAll('[data-roster-part="user-activity-entry"]')).toHaveLength(5));
    const check = () => expect(strayEnglish(document.body, [...dataText(adapter), ...log])).toEqual([]);
    check();
    adapter.faults.failNext('listUserActivity', 'server');
    await userEvent.click(document.querySelector<HTMLElement>('[data-roster-part="user-activity-older-button"]')!);
    await screen.findByRole('alert');
    check();
    view.unmount();
    const none = createMemoryAdapter({ userCount: 30, capabilities: { details: { activity: false } } });
    renderWithRoster(<UserActivity userId={user.id} explainUnsupported />, none, { messages: markerMessages() });
    expect(document.querySelector('[data-roster-part="user-activity-unsupported"]')).not.toBeNull();
    check();
  });
});

describe('no stray English in UserExport', () => {
  it('UserExport: the button, and its dialog exporting, waiting out a 429, done, cancelled and failed', async () => {
    const { UserExport } = await import('../../src/components/UserExport/UserExport.js');
    const adapter = createMemoryAdapter({ userCount: 30 });
    renderWithRoster(<UserExport download={false} />, adapter, { messages: markerMessages(), retry: false });
    const part = (name: string) => document.querySelector<HTMLElement>(`[data-roster-part="user-export-${name}"]`)!;
    const state = (value: string) => waitFor(() => expect(part('status').getAttribute('data-state')).toBe(value));
    expectNoStrayEnglish(adapter);
    await userEvent.click(part('trigger'));
    await state('done');
    expectNoStrayEnglish(adapter);
    const again = () => [...screen.getByRole('dialog').querySelectorAll<HTMLElement>('[data-roster-part="user-export-button"]')].find((b) => b.getAttribute('data-variant') !== 'primary')!;
    adapter.setLatency(600_000);
    await userEvent.click(again());
    await state('exporting');
    expectNoStrayEnglish(adapter);
    // The one button that stays: Cancel now.
    await userEvent.click(screen.getByRole('dialog').querySelector<HTMLElement>('[data-roster-part="user-export-button"]')!);
    await state('cancelled');
    expectNoStrayEnglish(adapter);
    adapter.setLatency(0);
    adapter.faults.failNext('listUsers', { code: 'rate_limited', status: 429, retryAfterMs: 600_000 });
    await userEvent.click(again());
    await state('error');
    await screen.findByRole('alert');
    expectNoStrayEnglish(adapter);
    adapter.faults.failNext('listUsers', { code: 'rate_limited', status: 429, retryAfterMs: 30_000 });
    adapter.setLatency(0);
    await userEvent.keyboard('{Escape}');
    await userEvent.click(part('trigger'));
    await state('waiting');
    expectNoStrayEnglish(adapter);
  });
});

describe('no stray English in UserDetails', () => {
  it('UserDetails: profile, a conflict, field errors, verification, an invitation and its revoke confirmation', async () => {
    const { UserDetails } = await import('../../src/components/UserDetails/index.js');
    const { ANA, INVITEE, detailsDirectory } = await import('../../stories/components/userDetailsFixtures.js');
    const adapter = createMemoryAdapter({ directory: detailsDirectory });
    // The attributes' labels and values, and the activity's texts, are the directory's data.
    const { attributeDefinitions } = adapter.snapshot();
    const data = () => [
      ...dataText(adapter),
      ...attributeDefinitions.flatMap((d) => [d.key, d.label ?? '', ...(d.options ?? [])]),
      ...adapter.snapshot().users.flatMap((u) => [u.givenName ?? '', u.familyName ?? '', u.invitation?.invitedBy ?? '', ...Object.values(u.customAttributes).map(String)]),
      ...Object.values(adapter.snapshot().activity).flatMap((events) => events.flatMap((e) => [e.action ?? '', e.actor ?? '', e.userAgent ?? '', e.location ?? '', ...(e.fields ?? [])])),
    ];
    const check = () => expect(strayEnglish(document.body, data())).toEqual([]);
    const find = <E extends Element = HTMLElement>(selector: string) =>
      waitFor(() => {
        const found = document.querySelector<E>(selector);
        if (!found) throw new Error(`not yet: ${selector}`);
        return found;
      });
    // Dates and "now" come from Intl in the provider's locale (else English here): not strings of ours.
    const { unmount } = renderWithRoster(<UserDetails userId={ANA.id} />, adapter, { messages: markerMessages(), locale: 'de', retry: false });
    const given = await find<HTMLInputElement>('input[name="givenName"]');
    await waitFor(() => expect(document.querySelector('[data-roster-part="role-editor-role"]')).not.toBeNull());
    check();
    // A conflict, then a refusal on a field.
    await userEvent.type(given, 'x');
    await adapter.updateUser!(ANA.id, { givenName: 'Annie' });
    const save = () => document.querySelector<HTMLElement>('[data-roster-part="user-details-save"]')!;
    await userEvent.click(save());
    await waitFor(() => expect(document.querySelector('[data-roster-part="user-details-conflict"]')).not.toBeNull());
    check();
    await userEvent.click(within(document.querySelector<HTMLElement>('[data-roster-part="user-details-conflict-actions"]')!).getAllByRole('button')[1]!);
    adapter.faults.failNext('updateUser', { code: 'invalid_input', fieldErrors: { phone: 'x' } });
    await userEvent.type(document.querySelector<HTMLInputElement>('input[name="phone"]')!, '1');
    await userEvent.click(save());
    await waitFor(() => expect(document.querySelector('input[name="phone"]')).toHaveAttribute('aria-invalid', 'true'));
    await userEvent.click(within(document.querySelector<HTMLElement>('[data-section="verification"]')!).getAllByRole('button')[0]!);
    await find('[data-roster-part="user-details-feedback-message"]');
    check();
    unmount();
    renderWithRoster(<UserDetails userId={INVITEE.id} />, adapter, { messages: markerMessages(), locale: 'de', retry: false });
    const invitation = await find('[data-section="invitation"]');
    await userEvent.click(within(invitation).getAllByRole('button')[1]!);
    await screen.findByRole('alertdialog');
    check();
  });
});

describe('no stray English in UserImport', () => {
  it('UserImport: file error, preview with problems and notes, a pause, results with a failure', async () => {
    const { UserImport } = await import('../../src/components/UserImport/index.js');
    const adapter = createMemoryAdapter({ userCount: 5, capabilities: { createUser: { phone: false } } });
    adapter.faults.add({ operation: 'createUser', error: { code: 'rate_limited', status: 429, retryAfterMs: 300 }, times: 1 });
    adapter.faults.add({ operation: 'createUser', error: 'server', times: 1 });
    const rows = ['email,name,phone,roles,extra', 'zed@example.com,Zed Quark,+1,,x', 'bad-address,Quinn,,,', 'yan@example.com,Yan Quill,,Wizardry,', 'xia@example.com,Xia,,,'];
    const data = () => [...dataText(adapter), 'users.csv', ...rows.flatMap((r) => r.split(','))];
    const check = () => expect(strayEnglish(document.body, data())).toEqual([]);
    renderWithRoster(<UserImport concurrency={1} />, adapter, { messages: markerMessages(), retry: false });
    await userEvent.click(screen.getByRole('button'));
    const dialog = await screen.findByRole('dialog');
    const input = () => dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
    await userEvent.upload(input(), new File(['name\nQuinn\n'], 'users.csv', { type: 'text/csv' }));
    await within(dialog).findByRole('alert');
    check();
    await userEvent.upload(input(), new File([rows.join('\n')], 'users.csv', { type: 'text/csv' }));
    await waitFor(() => expect(dialog.querySelector('[data-roster-part="user-import-issue"]')).not.toBeNull());
    expect(dialog.querySelector('[data-roster-part="user-import-note"]')).not.toBeNull();
    check();
    const footer = () => dialog.querySelector<HTMLElement>('[data-roster-part="user-import-dialog-footer"]')!;
    await userEvent.click(within(footer()).getAllByRole('button')[1]!);
    await waitFor(() => expect(dialog.querySelector('[data-roster-part="user-import-paused"]')).not.toBeNull());
    check();
    await waitFor(() => expect(dialog.querySelector('[data-roster-part="user-import-summary"]')).not.toBeNull());
    expect(dialog.querySelector('[data-roster-part="user-import-result"][data-state="failed"]')).not.toBeNull();
    check();
  });
});
