/**
 * A consumer team styling Roster with Tailwind classes only: `unstyled` drops every Roster class,
 * `classNames` puts utilities on each part, and arbitrary variants reach the shared parts
 * (buttons, inputs, menus, dialogs) through their data-roster-part attributes.
 */
import { expect, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import './tailwind.css';

const root = [
  'grid gap-3 font-sans text-sm text-slate-900 bg-white p-4',
  '[&_[data-roster-part=button]]:rounded-md [&_[data-roster-part=button]]:border [&_[data-roster-part=button]]:border-slate-300 [&_[data-roster-part=button]]:px-3 [&_[data-roster-part=button]]:py-1.5',
  '[&_[data-roster-part=button][data-variant=primary]]:bg-indigo-700 [&_[data-roster-part=button][data-variant=primary]]:text-white',
  '[&_[data-roster-part=input]]:rounded-md [&_[data-roster-part=input]]:border [&_[data-roster-part=input]]:border-slate-300 [&_[data-roster-part=input]]:px-2 [&_[data-roster-part=input]]:py-1.5',
  '[&_[data-roster-part=select]]:rounded-md [&_[data-roster-part=select]]:border [&_[data-roster-part=select]]:border-slate-300 [&_[data-roster-part=select]]:px-2 [&_[data-roster-part=select]]:py-1',
  '[&_[data-roster-part=status-badge]]:rounded-full [&_[data-roster-part=status-badge]]:px-2 [&_[data-roster-part=status-badge]]:text-xs',
  '[&_[data-roster-part=status-badge][data-state=active]]:bg-emerald-100 [&_[data-roster-part=status-badge][data-state=active]]:text-emerald-900',
  '[&_[data-roster-part=status-badge][data-state=invited]]:bg-amber-100 [&_[data-roster-part=status-badge][data-state=invited]]:text-amber-900',
  '[&_[data-roster-part=status-badge][data-state=disabled]]:bg-slate-200 [&_[data-roster-part=status-badge][data-state=disabled]]:text-slate-800',
  '[&_[data-roster-part=role-chip]]:mr-1 [&_[data-roster-part=role-chip]]:rounded [&_[data-roster-part=role-chip]]:bg-slate-100 [&_[data-roster-part=role-chip]]:px-1.5',
  '[&_[data-roster-part=avatar]]:mr-2 [&_[data-roster-part=avatar]]:inline-grid [&_[data-roster-part=avatar]]:size-7 [&_[data-roster-part=avatar]]:place-items-center [&_[data-roster-part=avatar]]:rounded-full [&_[data-roster-part=avatar]]:bg-indigo-100 [&_[data-roster-part=avatar]]:text-xs [&_[data-roster-part=avatar]]:text-indigo-900',
  '[&_[data-roster-part=menu]]:relative [&_[data-roster-part=menu-list]]:absolute [&_[data-roster-part=menu-list]]:right-0 [&_[data-roster-part=menu-list]]:z-10 [&_[data-roster-part=menu-list]]:rounded-md [&_[data-roster-part=menu-list]]:border [&_[data-roster-part=menu-list]]:bg-white [&_[data-roster-part=menu-list]]:p-1 [&_[data-roster-part=menu-list]]:shadow-lg',
  '[&_[data-roster-part=menu-item]]:cursor-pointer [&_[data-roster-part=menu-item]]:rounded [&_[data-roster-part=menu-item]]:px-3 [&_[data-roster-part=menu-item]]:py-1.5 [&_[data-roster-part=menu-item]:focus]:bg-indigo-50',
  '[&_[data-roster-part=dialog-overlay]]:fixed [&_[data-roster-part=dialog-overlay]]:inset-0 [&_[data-roster-part=dialog-overlay]]:bg-slate-900/40',
  '[&_[data-roster-part=dialog]]:fixed [&_[data-roster-part=dialog]]:inset-x-0 [&_[data-roster-part=dialog]]:top-24 [&_[data-roster-part=dialog]]:mx-auto [&_[data-roster-part=dialog]]:w-[28rem] [&_[data-roster-part=dialog]]:rounded-xl [&_[data-roster-part=dialog]]:bg-white [&_[data-roster-part=dialog]]:p-6 [&_[data-roster-part=dialog]]:shadow-2xl',
].join(' ');

const meta = preview.meta({
  title: 'Customization/Tailwind classes only',
  component: UserTable,
  args: {
    unstyled: true,
    className: root,
    defaultQuery: { pageSize: 10 },
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
    const badge = canvasElement.querySelector('[data-roster-part="status-badge"]')!;
    expect(getComputedStyle(badge).borderRadius).not.toBe('0px');
  },
});
