/**
 * A consumer team styling Roster with Tailwind classes only: `unstyled` drops every Roster class,
 * `classNames` puts utilities on each part, the shared ones (buttons, inputs, menus, dialogs)
 * included, with data-attribute variants for their states.
 */
import { expect, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import './tailwind.css';
import { UserTable } from 'react-roster';

const root = 'grid gap-3 font-sans text-sm text-slate-900 bg-white p-4';

const meta = preview.meta({
  title: 'Customization/Tailwind classes only',
  component: UserTable,
  args: {
    unstyled: true,
    className: root,
    defaultQuery: { pageSize: 10 },
    // Every part is reachable from classNames, the shared ones (buttons, inputs, menus, dialogs) too.
    classNames: {
      toolbar: 'flex flex-wrap items-center gap-3',
      filters: 'flex flex-wrap gap-3',
      status: 'text-slate-700',
      scroller: 'overflow-auto rounded-lg border border-slate-200',
      table: 'w-full border-collapse',
      'header-cell': 'bg-slate-100 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700',
      'sort-button': 'inline-flex items-center gap-1 uppercase',
      row: 'border-t border-slate-200 hover:bg-slate-50 data-[selected]:bg-indigo-50',
      cell: 'px-3 py-2 align-middle',
      pagination: 'flex items-center justify-end gap-3',
      button: 'rounded-md border border-slate-300 px-3 py-1.5 data-[variant=primary]:bg-indigo-700 data-[variant=primary]:text-white',
      input: 'rounded-md border border-slate-300 px-2 py-1.5',
      select: 'rounded-md border border-slate-300 px-2 py-1',
      'status-badge':
        'rounded-full px-2 text-xs data-[state=active]:bg-emerald-100 data-[state=active]:text-emerald-900 data-[state=invited]:bg-amber-100 data-[state=invited]:text-amber-900 data-[state=disabled]:bg-slate-200 data-[state=disabled]:text-slate-800',
      'role-chip': 'mr-1 rounded bg-slate-100 px-1.5',
      avatar: 'mr-2 inline-grid size-7 place-items-center rounded-full bg-indigo-100 text-xs text-indigo-900',
      menu: 'relative',
      'menu-list': 'absolute right-0 z-10 rounded-md border bg-white p-1 shadow-lg',
      'menu-item': 'cursor-pointer rounded px-3 py-1.5 focus:bg-indigo-50',
      'dialog-overlay': 'fixed inset-0 bg-slate-900/40',
      dialog: 'fixed inset-x-0 top-24 mx-auto w-[28rem] rounded-xl bg-white p-6 shadow-2xl',
    },
  },
});

export const StyledWithTailwind = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), { timeout: 8000 });
    // No Roster class anywhere; Tailwind's utilities do the styling.
    const rosterClasses = [...canvasElement.querySelectorAll('[class]')].flatMap((el) => [...el.classList].filter((c) => c.startsWith('roster-')));
    expect(rosterClasses).toEqual([]);
    const header = canvasElement.querySelector('[data-roster-part="user-table-header-cell"]')!;
    expect(getComputedStyle(header).textTransform).toBe('uppercase');
    const badge = canvasElement.querySelector('[data-roster-part="user-table-status-badge"]')!;
    expect(getComputedStyle(badge).borderRadius).not.toBe('0px');
  },
});
