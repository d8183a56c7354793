/**
 * What a toggle costs RoleEditor: the option it changed renders again, not every role in the list
 * (a list of dozens of roles, each with its permissions, sits next to a table on the same page).
 * Counted over the click and, in immediate mode, the whole round trip, with the write held so the
 * optimistic state is the one looked at first.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { RoleEditor } from '../../src/components/RoleEditor/RoleEditor.js';
import { directory, editor } from '../../stories/components/roleFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { watchRenders } from '../helpers/componentRenders.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const box = (name: string) => screen.getByRole('checkbox', { name: new RegExp(`^${name}`) }) as HTMLInputElement;
const option = (name: string) => box(name).closest('li')!;

async function setup(mode: 'staged' | 'immediate') {
  const spy = spyOnAdapter(createMemoryAdapter({ directory }));
  const { container } = renderWithRoster(<RoleEditor userId={editor.id} mode={mode} />, spy.adapter, { retry: false });
  await screen.findByRole('group', { name: 'Roles' });
  await waitFor(() => expect(spy.inFlight()).toBe(0));
  const roleCount = screen.getAllByRole('checkbox').length;
  expect(roleCount).toBeGreaterThan(3);
  return { spy, container, user: userEvent.setup({ delay: null }) };
}

describe('RoleEditor rendering cost', () => {
  it('an immediate toggle renders only the toggled option, through the round trip', async () => {
    const { spy, container, user } = await setup('immediate');
    expect(box('Admin').checked).toBe(false);
    spy.hold('addUserRoles');
    const renders = watchRenders(container);

    await user.click(box('Admin'));
    // Optimistic: held, busy, and the other options left alone.
    await waitFor(() => expect(option('Admin')).toHaveAttribute('data-pending'));
    expect(option('Admin')).toHaveAttribute('data-selected');
    expect(renders.rendered().get('RoleOption')).toBe(1);

    spy.held.splice(0).forEach((call) => call.release());
    await screen.findByText('Admin added.');
    await waitFor(() => expect(spy.inFlight()).toBe(0));
    expect(option('Admin')).not.toHaveAttribute('data-pending');
    expect(renders.rendered().get('RoleOption')).toBe(1);
  });

  it('a staged toggle renders only the toggled option', async () => {
    const { container, user } = await setup('staged');
    const renders = watchRenders(container);
    await user.click(box('Admin'));
    expect(box('Admin')).toHaveAccessibleName('Admin (will be added)');
    expect(renders.rendered().get('RoleOption')).toBe(1);
  });
});
