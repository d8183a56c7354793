/**
 * Columns: one user, whole, opened from their table row — the profile (display name and a custom
 * attribute, saved as a partial update), the email's and the phone number's verified flags, and
 * the activity log's newest entry. Each compares the backend's own record after the write with the
 * one read before.
 */
import { within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { englishUserActivityMessages } from '../../../src/components/UserDetails/activityMessages.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { userDetailsAvailable } from '../../../src/core/userDetails.js';
import type { BackendUser, Scenario } from '../types.js';
import { expectBackend, successText, until, userIn } from '../ui.js';
import { expectNoDetailsButton, findRow, openDetails, record, section } from './detailsUi.js';

/** A day as a date attribute holds it: the details edit it as a date, not as text. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const textAttribute = (value: unknown) => typeof value === 'string' && !ISO_DAY.test(value) && value.length < 1000;
const canEditAttributes = (adapter: RosterAdapter) => adapter.capabilities.editableFields.includes('customAttributes');

/** The custom attribute's key behind the label the form shows: its definition's label, or the key itself. */
async function attributeKey(adapter: RosterAdapter, label: string): Promise<string> {
  const definitions = userDetailsAvailable(adapter).attributeDefinitions ? await adapter.listAttributeDefinitions!() : [];
  return definitions.find((d) => (d.label || d.key) === label)?.key ?? label;
}

/** Changes the first editable text attribute of the form (a choice or free text); gives its label and new value. */
async function editTextAttribute(profile: HTMLElement, typed: string): Promise<{ label: string; value: string }> {
  const fieldset = profile.querySelector<HTMLElement>('[data-roster-part="user-details-attributes"]');
  const fields = [...(fieldset?.querySelectorAll<HTMLElement>('[data-roster-part="user-details-field"][data-type="string"]:not([data-readonly])') ?? [])];
  expect(fields.length, 'an editable text attribute in the form').toBeGreaterThan(0);
  const field = fields[0]!;
  const label = field.querySelector('label')?.textContent?.trim() ?? '';
  const select = field.querySelector('select');
  if (select) {
    const option = [...select.options].find((o) => o.value && o.value !== select.value);
    expect(option, `another choice for ${label}`).toBeDefined();
    await userEvent.selectOptions(select, option!.value);
    return { label, value: option!.value };
  }
  const input = field.querySelector('input')!;
  await userEvent.clear(input);
  await userEvent.type(input, typed);
  return { label, value: typed };
}

const detailsProfile: Scenario = {
  id: 'detailsProfile',
  title: 'edit the display name and a custom attribute (row → details → Save profile)',
  cannot: (adapter) => (!adapter.updateUser ? 'no updateUser method' : adapter.capabilities.editableFields.includes('name') ? null : 'capabilities.editableFields leaves out name'),
  async run(cell) {
    const attributes = canEditAttributes(cell.backend.adapter);
    // A user holding a text attribute and another key beside it, which must stay as it is.
    const row = await findRow(cell, 'active with a text attribute and another one', (u) => {
      const held = Object.values(u.customAttributes ?? {});
      return u.status === 'active' && (!attributes || (held.some(textAttribute) && held.length >= 2));
    });
    const before = userIn(await cell.backend.read(), row.user.id)!;
    const name = `Renamed ${cell.tag}`;
    const dialog = await openDetails(row);
    const profile = section(dialog, 'profile')!;
    const nameBox = within(profile).getByRole('textbox', { name: 'Display name' });
    await userEvent.clear(nameBox);
    await userEvent.type(nameBox, name);
    const attribute = attributes ? await editTextAttribute(profile, `matrix ${cell.tag}`) : null;
    const key = attribute && (await attributeKey(cell.backend.adapter, attribute.label));
    await userEvent.click(within(profile).getByRole('button', { name: 'Save profile' }));
    await successText(`Saved the profile of ${name}.`);
    await expectBackend(cell, (state) => {
      const after = userIn(state, row.user.id);
      const expected: Omit<BackendUser, 'activity'> = { ...record(before)!, name };
      if (key) expected.customAttributes = { ...before.customAttributes, [key]: attribute!.value };
      // Where only the name's parts are stored, the display name written is those parts.
      if (state.namesFromParts) {
        expect([after?.givenName, after?.familyName].filter(Boolean).join(' '), 'given and family name, joined').toBe(name);
        expected.givenName = after?.givenName;
        expected.familyName = after?.familyName;
      }
      expect(record(after), `${row.name}’s record: the name and ${key ?? 'no attribute'} changed, nothing else`).toEqual(expected);
    });
  },
  assertAbsent: (cell) => expectNoDetailsButton(cell, /^Save profile$/, (u) => u.status === 'active'),
};

/**
 * Flips the email's or the phone number's verified flag from the details and reads the backend's
 * record: that flag flipped, nothing else. The section shows a contact only for a user who has one.
 */
function verifyScenario(id: Scenario['id'], contact: 'email' | 'phone', spoken: string, has: (u: BackendUser) => boolean): Scenario {
  const capability = contact === 'email' ? 'verifyEmail' : 'verifyPhone';
  const flag = contact === 'email' ? 'emailVerified' : 'phoneVerified';
  const holder = (u: BackendUser) => u.status === 'active' && has(u);
  return {
    id,
    title: `mark the ${contact === 'email' ? 'email' : spoken} verified or unverified (row → details → Verification)`,
    cannot: (adapter) => (userDetailsAvailable(adapter)[capability] ? null : `capabilities.details.${capability} is false (or no setUserVerified)`),
    async run(cell) {
      const row = await findRow(cell, `active, ${spoken} on record`, holder);
      const before = userIn(await cell.backend.read(), row.user.id)!;
      const verified = !before[flag];
      const dialog = await openDetails(row);
      const verification = section(dialog, 'verification')!;
      await userEvent.click(within(verification).getByRole('button', { name: `Mark ${contact} ${verified ? 'verified' : 'unverified'}` }));
      await successText(`The ${spoken} of ${row.name} is now marked ${verified ? 'verified' : 'unverified'}.`);
      await expectBackend(cell, (state) => {
        expect(record(userIn(state, row.user.id)), `${row.name}’s record: the ${contact}’s flag flipped, nothing else`).toEqual({ ...record(before), [flag]: verified });
      });
    },
    assertAbsent: (cell) => expectNoDetailsButton(cell, new RegExp(`^Mark ${contact} `), holder),
  };
}

const detailsVerify = verifyScenario('detailsVerify', 'email', 'email address', (u) => Boolean(u.email));
const detailsVerifyPhone = verifyScenario('detailsVerifyPhone', 'phone', 'phone number', (u) => Boolean(u.phone));

const detailsActivity: Scenario = {
  id: 'detailsActivity',
  title: 'the activity shows the backend’s newest entry (row → details → Activity)',
  cannot: (adapter) => (userDetailsAvailable(adapter).activity ? null : 'capabilities.details.activity is false (or no listUserActivity)'),
  async run(cell) {
    const row = await findRow(cell, 'with recorded activity', (u) => Boolean(u.activity?.newest));
    const newest = userIn(await cell.backend.read(), row.user.id)!.activity!.newest!;
    const dialog = await openDetails(row);
    const activity = section(dialog, 'activity');
    expect(activity, 'the Activity section').not.toBeNull();
    const entry = await until('the activity lists entries', () => activity!.querySelector<HTMLElement>('[data-roster-part="user-activity-entry"]'));
    const shown = {
      kind: entry.querySelector('[data-roster-part="user-activity-kind"]')?.textContent?.trim(),
      at: Date.parse(entry.querySelector('time')?.getAttribute('datetime') ?? ''),
      action: entry.querySelector('[data-roster-part="user-activity-action"] bdi')?.textContent ?? null,
    };
    // The backend's own event name is shown where the adapter passes it on (SSOJet records none).
    const expected = { kind: englishUserActivityMessages.kinds[newest.kind], at: Date.parse(newest.at), action: newest.action ?? shown.action };
    expect(shown, 'the first entry shown, against the backend’s newest').toEqual(expected);
  },
  async assertAbsent(cell) {
    const dialog = await openDetails(await findRow(cell, 'who are active', (u) => u.status === 'active'));
    expect(section(dialog, 'activity'), 'the Activity section').toBeNull();
  },
};

export const DETAILS_SCENARIOS: Scenario[] = [detailsProfile, detailsVerify, detailsVerifyPhone, detailsActivity];
