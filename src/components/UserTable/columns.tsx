/**
 * The table's TanStack setup: its features, and the built-in columns a host can pick by id or mix
 * with its own column definitions (made with `createUserColumnHelper()`).
 */
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type ReactTable,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { Membership, Role, User, UserSortField } from '../../core/model.js';
import type { ProviderMessages, RosterFormat } from '../../react/messages.js';
import { Avatar } from '../primitives/Avatar.js';
import { SafeText } from '../primitives/SafeText.js';
import { RoleChips } from '../roleChips.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import type { UserTableMessages } from './messages.js';
import type { UserTableParts } from './userTableProps.js';

export const userTableFeatures = tableFeatures({
  rowSortingFeature,
  rowSelectionFeature,
  columnVisibilityFeature,
  // Type-only slots: what cells read from `table.options.meta`, and what a column may carry.
  tableMeta: {} as ColumnContext,
  /** `label` names a column in the Columns menu when its header is not a plain string. */
  columnMeta: {} as { label?: string },
});
export type UserTableFeatures = typeof userTableFeatures;
export type UserColumnDef = ColumnDef<UserTableFeatures, User, any>;

/** A typed helper for custom columns: `const h = createUserColumnHelper(); h.accessor('phone', {…})`. */
export const createUserColumnHelper = () => createColumnHelper<UserTableFeatures, User>();

export const BUILT_IN_COLUMN_IDS = ['select', 'name', 'email', 'status', 'roles', 'organizations', 'createdAt', 'lastLoginAt', 'actions'] as const;
export type BuiltInColumnId = (typeof BUILT_IN_COLUMN_IDS)[number];
export const DEFAULT_COLUMNS: BuiltInColumnId[] = ['select', 'name', 'email', 'status', 'roles', 'lastLoginAt', 'actions'];

export const SORTABLE_COLUMNS: Partial<Record<BuiltInColumnId, UserSortField>> = {
  name: 'name',
  email: 'email',
  status: 'status',
  createdAt: 'createdAt',
  lastLoginAt: 'lastLoginAt',
};

/** What cells show besides their user: the table passes it as TanStack's `meta` on every render. */
export interface ColumnContext {
  t: UserTableMessages;
  shared: ProviderMessages;
  format: RosterFormat;
  part: UserTableParts;
  rolesById: Map<string, Role>;
  formatDate: (iso: string | null) => string | null;
  /** Renders the select checkbox cell and header; owned by the table. */
  renderSelectHeader: () => ReactNode;
  renderSelectCell: (user: User) => ReactNode;
  renderActions: (user: User) => ReactNode;
  /** Replaces the avatar next to each name. */
  renderAvatar?: (user: User) => ReactNode;
  /** When set, the roles column shows the roles held in this organization. */
  organizationId?: string;
  /** Opens the user's details; the name becomes a button that does, so keyboards reach them too. */
  openDetails?: (user: User, opener: HTMLElement) => void;
}

export function displayName(user: User, shared: Pick<ProviderMessages, 'unknownValue'>): string {
  return user.name?.trim() || user.email || shared.unknownValue;
}

type Cell = { table: { options: { meta?: ColumnContext } } };
/** The table's current ColumnContext, as the cell renders. */
const live = (cell: Cell) => cell.table.options.meta!;

/**
 * A built-in column. Its header is made from `ctx` once; its cells read the table's current
 * ColumnContext (`table.options.meta`) when they render, so the column definitions can stay the
 * same object while selection, roles and data change: a new definition would make TanStack's
 * FlexRender remount every cell (and drop focus from a row's menu button).
 */
export function builtInColumn(id: BuiltInColumnId, ctx: Pick<ColumnContext, 't' | 'shared'>): UserColumnDef {
  const h = createUserColumnHelper();
  const { t, shared } = ctx;
  const text = (c: ColumnContext, value: string | null | undefined) => <SafeText value={value} missing={shared.unknownValue} missingLabel={shared.unknownValue} parts={c.part} />;
  switch (id) {
    case 'select':
      return h.display({ id, header: (c) => live(c).renderSelectHeader(), cell: (c) => live(c).renderSelectCell(c.row.original), enableHiding: false, meta: { label: t.columns.select } });
    case 'name':
      return h.accessor((u) => u.name, {
        id,
        header: t.columns.name,
        cell: (c) => {
          const { part, renderAvatar, openDetails, t: strings, shared: sharedNow } = live(c);
          const user = c.row.original;
          const name = text(live(c), user.name);
          return (
            <span {...part('identity')}>
              {renderAvatar ? renderAvatar(user) : <Avatar picture={user.picture} name={user.name} email={user.email} toneKey={user.id} rosterPart={part('avatar')} />}
              {openDetails ? (
                <button type="button" {...part('name-button')} aria-label={strings.openDetails(displayName(user, sharedNow))} aria-haspopup="dialog" onClick={(e) => openDetails(user, e.currentTarget)}>
                  {name}
                </button>
              ) : (
                name
              )}
            </span>
          );
        },
        enableHiding: false,
      });
    case 'email':
      return h.accessor((u) => u.email, { id, header: t.columns.email, cell: (c) => text(live(c), c.getValue()) });
    case 'status':
      return h.accessor((u) => u.status, {
        id,
        header: t.columns.status,
        cell: (c) => {
          const status = c.getValue();
          const label = (shared.status as Record<string, string | undefined>)[status];
          return label ? (
            <span {...live(c).part('status-badge')} data-state={status}>
              {label}
            </span>
          ) : (
            text(live(c), null)
          );
        },
      });
    case 'roles':
      return h.accessor((u) => u.roleIds, {
        id,
        header: t.columns.roles,
        enableSorting: false,
        cell: (c) => {
          const { organizationId, part, rolesById, t: strings, format } = live(c);
          const user = c.row.original;
          const ids = organizationId ? user.memberships?.find((ms) => ms.organization.id === organizationId)?.roleIds : user.roleIds;
          if (!ids?.length) return text(live(c), null);
          // No catalogue yet (it loads): a placeholder, not every role as "Unknown role".
          if (!rolesById.size) return <span {...part('role-chips')} data-state="loading" aria-hidden="true" />;
          return <RoleChips roleIds={ids} rolesById={rolesById} strings={strings} format={format} parts={{ chips: part('role-chips'), chip: part('role-chip') }} />;
        },
      });
    case 'organizations':
      return h.accessor((u) => u.memberships, {
        id,
        header: t.columns.organizations,
        enableSorting: false,
        cell: (c) => text(live(c), ((c.getValue() ?? []) as Membership[]).map((ms) => ms.organization.name).join(', ') || null),
      });
    case 'createdAt':
    case 'lastLoginAt':
      return h.accessor((u) => u[id], { id, header: t.columns[id], cell: (c) => text(live(c), live(c).formatDate(c.getValue())) });
    case 'actions':
      return h.display({ id, header: () => <VisuallyHidden>{t.columns.actions}</VisuallyHidden>, cell: (c) => live(c).renderActions(c.row.original), enableHiding: false, meta: { label: t.columns.actions } });
  }
}

/** What a column is called in the Columns menu and in the sort announcement: its header, or `meta.label`. */
export function columnLabel(column: { id: string; columnDef: { header?: unknown; meta?: { label?: string } } }): string {
  return column.columnDef.meta?.label ?? (typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id);
}

/** The columns the admin can show or hide from the Columns menu, labelled as their headers. */
export function hideableColumns(table: ReactTable<UserTableFeatures, User>) {
  return table
    .getAllLeafColumns()
    .filter((c) => c.getCanHide())
    .map((c) => ({
      id: c.id,
      label: columnLabel(c),
      visible: c.getIsVisible(),
      toggle: (visible: boolean) => c.toggleVisibility(visible),
    }));
}
