/**
 * A consumer team restyling parts with plain CSS over the default theme: selectors on
 * data-roster-part and the state attributes (data-selected, data-state), in an unlayered sheet
 * that wins over Roster's @layer roster without !important.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { UserTable } from 'react-roster';

const css = `
  .acme-admin [data-roster-part='user-table-row']:nth-child(even) { background: #f7f7fb; }
  .acme-admin [data-roster-part='user-table-row'][data-selected] { background: #fff4cc; outline: 2px solid #b38600; outline-offset: -2px; }
  .acme-admin [data-roster-part='user-table-row'][data-state='disabled'] [data-roster-part='user-table-text'] { text-decoration: line-through; }
  .acme-admin [data-roster-part='user-table-status-badge'] { border-radius: 4px; text-transform: uppercase; letter-spacing: 0.04em; }
  .acme-admin [data-roster-part='user-table-header-cell'] { background: #22223b; color: #ffffff; }
  .acme-admin [data-roster-part='user-table-sort-button'][data-state='asc'] [data-roster-part='user-table-sort-icon'],
  .acme-admin [data-roster-part='user-table-sort-button'][data-state='desc'] [data-roster-part='user-table-sort-icon'] { color: #ffd166; }
`;

function RestyledTable() {
  return (
    <div className="acme-admin">
      <style>{css}</style>
      <UserTable defaultQuery={{ pageSize: 10 }} />
    </div>
  );
}

const meta = preview.meta({
  title: 'Customization/Plain CSS on parts',
  component: RestyledTable,
});

export const PartsAndStates = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), { timeout: 8000 });
    const header = canvasElement.querySelector('[data-roster-part="user-table-header-cell"]')!;
    expect(getComputedStyle(header).backgroundColor).toBe('rgb(34, 34, 59)');
    const row = canvasElement.querySelectorAll<HTMLElement>('[data-roster-part="user-table-row"]')[0]!;
    await userEvent.click(within(row).getByRole('checkbox'));
    expect(getComputedStyle(row).backgroundColor).toBe('rgb(255, 244, 204)');
  },
});
