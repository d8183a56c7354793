/**
 * Saving the profile, read back from the memory directory and from the requests the adapter saw:
 * only the changed fields (and only the changed attribute keys) are sent, once however often Save
 * is pressed; another admin's change meanwhile is shown with both values and either kept or
 * overwritten, as the admin chooses; the backend's refusals land on their fields.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANA } from '../../stories/components/userDetailsFixtures.js';
import { profileLoaded, setup, stored } from './userDetailsSetup.js';

const field = (name: string) => screen.getByRole('textbox', { name });
const save = () => screen.getByRole('button', { name: 'Save profile' });
const updates = (spy: ReturnType<typeof setup>['spy']) => spy.calls.filter((c) => c.method === 'updateUser').map((c) => c.args[1]);

describe('UserDetails: save', () => {
  it('sends exactly the changed fields and attribute keys; the rest stays as it was', async () => {
    const { memory, spy, user } = setup();
    await profileLoaded();
    expect(save()).toHaveAttribute('aria-disabled', 'true');
    await user.clear(field('Given name'));
    await user.type(field('Given name'), 'Anna');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Department' }), 'Engineering');
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'on-call{Enter}');
    // Touched and put back: not a change.
    await user.click(screen.getByRole('checkbox', { name: 'Works remotely' }));
    await user.click(screen.getByRole('checkbox', { name: 'Works remotely' }));
    expect(save()).not.toHaveAttribute('aria-disabled');
    await user.click(save());

    await screen.findByText('Saved the profile of Ana Silva.');
    expect(updates(spy)).toEqual([{ givenName: 'Anna', customAttributes: { department: 'Engineering', tags: ['mentor', 'on-call'] } }]);
    const after = stored(memory, ANA.id)!;
    expect(after).toMatchObject({ givenName: 'Anna', familyName: 'Silva', name: 'Ana Silva', phone: ANA.phone });
    expect(after.customAttributes).toEqual({ ...ANA.customAttributes, department: 'Engineering', tags: ['mentor', 'on-call'] });
    // Saved: nothing left to save, and focus is still on the button pressed.
    await waitFor(() => expect(save()).toHaveAttribute('aria-disabled', 'true'));
    expect(save()).toHaveFocus();
  });

  it('sends one write however often Save is pressed', async () => {
    const { spy, user } = setup();
    await profileLoaded();
    await user.type(field('Family name'), '-Costa');
    spy.hold('updateUser');
    await user.click(save());
    await user.click(save());
    await user.dblClick(save());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(spy.held).toHaveLength(1));
    expect(save()).toHaveAttribute('aria-busy', 'true');
    spy.held.splice(0).forEach((call) => call.release());
    await screen.findByText('Saved the profile of Ana Silva.');
    expect(updates(spy)).toEqual([{ familyName: 'Silva-Costa' }]);
  });

  it('Undo drops the edits without sending anything', async () => {
    const { spy, user } = setup();
    await profileLoaded();
    await user.type(field('Phone'), '9');
    await user.click(screen.getByRole('button', { name: 'Undo changes' }));
    expect(field('Phone')).toHaveValue(ANA.phone);
    expect(screen.getByRole('button', { name: 'Undo changes' })).toHaveFocus();
    expect(spy.count('updateUser')).toBe(0);
  });
});

describe('UserDetails: someone else changed the user meanwhile', () => {
  /** Anna typed here; Annie saved by another admin, behind the form's back. */
  async function conflicted() {
    const context = setup();
    const { memory, user } = context;
    await profileLoaded();
    await user.clear(field('Given name'));
    await user.type(field('Given name'), 'Anna');
    await memory.updateUser!(ANA.id, { givenName: 'Annie' });
    await user.click(save());
    const notice = await screen.findByRole('group', { name: 'Someone else changed this user while you were editing.' });
    return { ...context, notice };
  }

  it('shows both values, writes nothing, and "Keep mine" writes again over theirs', async () => {
    const { memory, spy, user, notice } = await conflicted();
    expect(notice).toHaveFocus();
    expect(notice).toHaveAccessibleDescription('Nothing was saved. Keep your values, or take the ones saved meanwhile.');
    const item = within(notice).getByRole('listitem');
    expect(item).toHaveTextContent('Given name');
    expect(item).toHaveTextContent('YoursAnna');
    expect(item).toHaveTextContent('Saved meanwhileAnnie');
    expect(spy.count('updateUser')).toBe(0);
    expect(stored(memory, ANA.id)!.givenName).toBe('Annie');

    await user.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    await screen.findByText('Saved the profile of Ana Silva.');
    expect(updates(spy)).toEqual([{ givenName: 'Anna' }]);
    expect(stored(memory, ANA.id)!.givenName).toBe('Anna');
    expect(screen.queryByRole('group', { name: /^Someone else/ })).toBeNull();
    expect(save()).toHaveFocus();
  });

  it('"Take theirs" starts the form again from what is stored now, writing nothing', async () => {
    const { memory, spy, user, notice } = await conflicted();
    await user.click(within(notice).getByRole('button', { name: 'Take theirs' }));
    expect(field('Given name')).toHaveValue('Annie');
    expect(save()).toHaveAttribute('aria-disabled', 'true');
    expect(save()).toHaveFocus();
    expect(spy.count('updateUser')).toBe(0);
    expect(stored(memory, ANA.id)!.givenName).toBe('Annie');
  });

  it('is no conflict when the other admin changed a field this form does not send', async () => {
    const { memory, spy, user } = setup();
    await profileLoaded();
    await user.type(field('Given name'), 'nne');
    await memory.updateUser!(ANA.id, { familyName: 'Santos', customAttributes: { department: 'Legal' } });
    await user.click(save());
    await screen.findByText('Saved the profile of Ana Silva.');
    expect(updates(spy)).toEqual([{ givenName: 'Ananne' }]);
    expect(stored(memory, ANA.id)).toMatchObject({ givenName: 'Ananne', familyName: 'Santos', customAttributes: { department: 'Legal' } });
  });

  it('names a custom attribute by its label when it conflicts', async () => {
    const { memory, user } = setup();
    await profileLoaded();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Department' }), 'Finance');
    await memory.updateUser!(ANA.id, { customAttributes: { department: 'Legal' } });
    await user.click(save());
    const notice = await screen.findByRole('group', { name: /^Someone else/ });
    expect(within(notice).getByRole('listitem')).toHaveTextContent('DepartmentYoursFinanceSaved meanwhileLegal');
  });
});

describe('UserDetails: the backend refuses', () => {
  it('puts field errors on their fields in Roster’s words, focus on the first', async () => {
    const { memory, user } = setup();
    await profileLoaded();
    memory.faults.failNext('updateUser', { code: 'invalid_input', status: 400, fieldErrors: { phone: 'E.164 please <b>', 'customAttributes.department': 'nope' } });
    await user.clear(field('Phone'));
    await user.type(field('Phone'), '12');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Department' }), 'Finance');
    await user.click(save());
    await waitFor(() => expect(field('Phone')).toHaveAttribute('aria-invalid', 'true'));
    expect(field('Phone')).toHaveAccessibleDescription('The identity provider did not accept this value.');
    expect(field('Phone')).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Department' })).toHaveAccessibleDescription('The identity provider did not accept this value.');
    expect(screen.queryByText(/E\.164/)).toBeNull();
    // The edits stay, to be corrected and sent again.
    expect(field('Phone')).toHaveValue('12');
  });

  it('shows any other failure as the shared error under the form', async () => {
    const { memory, user } = setup();
    await profileLoaded();
    memory.faults.failNext('updateUser', { code: 'server', status: 500 });
    await user.type(field('Given name'), 'x');
    await user.click(save());
    expect(await screen.findByRole('alert')).toHaveTextContent('The identity provider had a problem handling the request.');
    expect(field('Given name')).toHaveValue('Anax');
  });
});
