/**
 * UserDetails on the memory directory: what it shows (header, a profile typed by the backend's
 * definitions, only editable fields as inputs), its states (loading, not found, error, read-only,
 * lookup by email) and hostile attributes shown as text without touching any prototype.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANA, HOSTILE, HOSTILE_TEXT, MEGABYTE } from '../../stories/components/userDetailsFixtures.js';
import { profileLoaded, setup, stored } from './userDetailsSetup.js';

const field = (name: string) => screen.getByRole('textbox', { name });

describe('UserDetails: what it shows', () => {
  it('shows the header and a profile typed by the attribute definitions', async () => {
    setup();
    await profileLoaded();
    const region = screen.getByRole('region', { name: 'Details of Ana Silva' });
    expect(within(region).getAllByText('ana.silva@example.com').length).toBeGreaterThan(0);
    for (const badge of ['Active', 'Email verified', 'Phone not verified']) expect(within(region).getByText(badge)).toBeInTheDocument();
    expect(within(region).getByText('Created')).toBeInTheDocument();
    expect(within(region).getByText('Last sign-in')).toBeInTheDocument();

    expect(field('Given name')).toHaveValue('Ana');
    expect(field('Family name')).toHaveValue('Silva');
    expect(field('Display name')).toHaveValue('Ana Silva');
    expect(screen.getByRole('textbox', { name: 'Picture URL' })).toHaveAccessibleDescription('An https:// address of an image.');
    // Typed by the definitions: a choice, a date, a checkbox and a list; the HR id is read-only.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Department' })).toHaveValue('Sales'));
    expect(screen.getByLabelText('Start date')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Start date')).toHaveValue('2023-03-01');
    expect(screen.getByRole('checkbox', { name: 'Works remotely' })).toBeChecked();
    expect(within(screen.getByRole('list', { name: 'Tags' })).getByText('mentor')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove mentor from Tags' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Employee ID' })).toBeNull();
    const employeeId = screen.getByText('Employee ID').closest<HTMLElement>('[data-roster-part="user-details-field"]')!;
    // As stored: an identifier, not a quantity to group into thousands.
    expect(employeeId).toHaveTextContent(/^Employee ID10018Read only$/);
    expect(employeeId).toHaveTextContent('Read only');

    for (const section of ['Profile', 'Verification', 'Roles', 'Organizations', 'Activity']) expect(screen.getByRole('heading', { name: section, level: 2 })).toBeInTheDocument();
    // Not invited: no invitation section.
    expect(screen.queryByRole('heading', { name: 'Invitation' })).toBeNull();
  });

  it('gives inputs only to the fields the backend can change', async () => {
    setup({ capabilities: { editableFields: ['name'] } });
    await screen.findByRole('textbox', { name: 'Display name' }, { timeout: 3000 });
    expect(screen.queryByRole('textbox', { name: 'Given name' })).toBeNull();
    // Shown, not editable.
    expect(screen.getByText('Given name').closest('[data-roster-part="user-details-field"]')).toHaveTextContent('Ana');
    await waitFor(() => expect(screen.getByText('Department').closest('[data-roster-part="user-details-field"]')).toHaveTextContent('Read only'));
    expect(screen.queryByRole('combobox', { name: 'Department' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Works remotely' })).toBeNull();
  });

  it('on a read-only backend shows everything and offers nothing that writes', async () => {
    setup({ readOnly: true });
    await screen.findByRole('region', { name: 'Details of Ana Silva' }, { timeout: 3000 });
    await waitFor(() => expect(screen.getByText('Department').closest('[data-roster-part="user-details-field"]')).toHaveTextContent('Sales'));
    expect(screen.queryAllByRole('textbox').filter((t) => t.closest('[data-section="profile"]'))).toEqual([]);
    for (const name of [/^Save/, /^Undo/, /^Mark/, /^Add to/]) expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('leaves out what the backend cannot back: activity, verification actions', async () => {
    setup({ capabilities: { details: { activity: false, verifyEmail: false, verifyPhone: false } } });
    await profileLoaded();
    expect(screen.queryByRole('heading', { name: 'Activity' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Verification' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Mark/ })).toBeNull();
  });
});

describe('UserDetails: states', () => {
  it('says Loading while the user is on its way', async () => {
    setup({ latencyMs: 60_000 });
    expect(await screen.findByText('Loading…')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'User details' })).toHaveAttribute('data-state', 'loading');
  });

  it('says so when the user does not exist', async () => {
    setup({}, { userId: 'usr_nobody' });
    expect(await screen.findByText('This user does not exist, or no longer does.', {}, { timeout: 3000 })).toBeInTheDocument();
  });

  it('shows an error with Try again, which loads the user', async () => {
    const { spy, user } = setup({ faults: [{ operation: 'getUser', error: { code: 'server', status: 503 }, times: 1 }] });
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('The identity provider had a problem handling the request.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await profileLoaded();
    expect(spy.count('getUser')).toBeGreaterThanOrEqual(2);
  });

  it('finds the user by email address, whatever its case', async () => {
    const { spy } = setup({}, { email: '  ANA.Silva@Example.com ' });
    await profileLoaded();
    expect(screen.getByRole('region', { name: 'Details of Ana Silva' })).toBeInTheDocument();
    expect(spy.count('getUserByEmail')).toBe(1);
  });

  it('says when no user has the email address', async () => {
    setup({}, { email: 'nobody@example.com' });
    expect(await screen.findByText('No user has the email address nobody@example.com.', {}, { timeout: 3000 })).toBeInTheDocument();
  });
});

describe('UserDetails: hostile attributes', () => {
  it('shows objects, number lists, a megabyte and __proto__ as read-only text, and saves without touching them', async () => {
    const { memory, spy, user } = setup({}, { userId: HOSTILE.id });
    await profileLoaded();
    // Markup stays text; the javascript: picture is never loaded.
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByText(HOSTILE_TEXT).length).toBeGreaterThan(0);
    expect(field('Given name')).toHaveValue(HOSTILE_TEXT);

    const attribute = (key: string) => screen.getByText(key, { selector: '[data-roster-part="user-details-label"] bdi' }).closest<HTMLElement>('[data-roster-part="user-details-field"]')!;
    expect(attribute('__proto__')).toHaveTextContent('{"polluted":true}');
    expect(attribute('__proto__')).toHaveTextContent('Read only');
    expect(attribute('scores')).toHaveTextContent('[1,2,3]');
    expect(attribute('nested')).toHaveTextContent(HOSTILE_TEXT.replace(/"/g, '\\"'));
    // A megabyte: its start, then the whole of it only when asked, in a box that scrolls.
    const notes = attribute('notes');
    expect(notes.textContent!.length).toBeLessThan(1000);
    await user.click(within(notes).getByRole('button', { name: 'Show all' }));
    expect(within(notes).getByRole('textbox', { name: 'notes' })).toHaveValue(MEGABYTE);
    await user.click(within(notes).getByRole('button', { name: 'Show less' }));
    expect(within(notes).getByRole('button', { name: 'Show all' })).toHaveAttribute('aria-expanded', 'false');

    await user.clear(field('Display name'));
    await user.type(field('Display name'), 'Mallory');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Saved the profile of Mallory.');
    expect(spy.calls.find((c) => c.method === 'updateUser')!.args[1]).toEqual({ name: 'Mallory' });
    const after = stored(memory, HOSTILE.id)!.customAttributes;
    expect(Object.prototype.hasOwnProperty.call(after, '__proto__')).toBe(true);
    expect((after.notes as string).length).toBe(MEGABYTE.length);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('loads pictures over https only, and says so before sending anything else', async () => {
    const { memory, spy, user } = setup();
    await profileLoaded();
    const picture = screen.getByRole('textbox', { name: 'Picture URL' });
    for (const address of ['http://example.com/a.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA']) {
      await user.clear(picture);
      await user.type(picture, address);
      await user.click(screen.getByRole('button', { name: 'Save profile' }));
      expect(picture).toHaveAttribute('aria-invalid', 'true');
      expect(picture).toHaveAccessibleDescription('An https:// address of an image. Use an address that starts with https://.');
      expect(picture).toHaveFocus();
    }
    expect(spy.count('updateUser')).toBe(0);
    await user.clear(picture);
    await user.type(picture, 'https://example.com/ana.png');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Saved the profile of Ana Silva.');
    expect(stored(memory, ANA.id)!.picture).toBe('https://example.com/ana.png');
  });
});
