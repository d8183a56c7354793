/**
 * Issue 15, feedback: a write's result is on screen (not only in a hidden live region), the host
 * can replace it, and the created user is shown first, marked "New", until the query changes.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const setupUser = () => userEvent.setup({ delay: null });
const bodyRows = () => screen.getAllByRole('row').slice(1);
const feedbackArea = () => document.querySelector<HTMLElement>('[data-roster-part="user-table-feedback"]')!;

async function createZo(user: ReturnType<typeof setupUser>) {
  await user.click(screen.getByRole('button', { name: 'Create user' }));
  const dialog = await screen.findByRole('dialog', { name: 'Create user' });
  await user.type(within(dialog).getByRole('textbox', { name: /Email/ }), 'zo@example.com');
  await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Zo Zephyr');
  await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('visible feedback', () => {
  it('shows "Created Zo Zephyr." in a visible status area, pins the user first, marked New, until the search changes', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable searchDebounceMs={0} />, createMemoryAdapter({ userCount: 30 }));
    await screen.findByText('30 users');
    expect(feedbackArea()).toHaveAttribute('role', 'status');
    expect(feedbackArea()).toBeEmptyDOMElement();

    await createZo(user);
    await waitFor(() => expect(feedbackArea()).toHaveTextContent('Created Zo Zephyr.'));
    // Visible: not inside a visually hidden wrapper.
    expect(feedbackArea().closest('[data-roster-part$="visually-hidden"], .roster-visually-hidden')).toBeNull();
    const first = bodyRows()[0]!;
    expect(first).toHaveTextContent('Zo Zephyr');
    expect(first).toHaveAttribute('data-new', '');
    expect(within(first).getByText('New')).toHaveAttribute('data-roster-part', 'user-table-new-badge');

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'a');
    await waitFor(() => expect(document.querySelector('[data-new]')).toBeNull());
    expect(screen.queryByText('New')).toBeNull();
  });

  it('Dismiss clears the message and keeps focus on the area, not <body>', async () => {
    const user = setupUser();
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 3 }));
    await screen.findByText('3 users');
    await createZo(user);
    await user.click(await within(feedbackArea()).findByRole('button', { name: 'Dismiss' }));
    expect(feedbackArea()).toBeEmptyDOMElement();
    expect(document.activeElement).toBe(feedbackArea());
  });

  it('renderFeedback replaces what the area shows; the area stays the live region', async () => {
    const user = setupUser();
    renderWithRoster(
      <UserTable
        renderFeedback={(feedback, dismiss) => (
          <button type="button" data-tone={feedback.tone} onClick={dismiss}>
            Toast: {feedback.text}
          </button>
        )}
      />,
      createMemoryAdapter({ userCount: 3 }),
    );
    await screen.findByText('3 users');
    await createZo(user);
    const toast = await within(feedbackArea()).findByRole('button', { name: 'Toast: Created Zo Zephyr.' });
    expect(toast).toHaveAttribute('data-tone', 'success');
    await user.click(toast);
    expect(feedbackArea()).toBeEmptyDOMElement();
  });
});
