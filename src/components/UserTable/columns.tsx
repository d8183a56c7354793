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
import type { RosterMessages } from '../../react/messages.js';
import { Avatar } from '../primitives/Avatar.js';
import { SafeText } from '../primitives/SafeText.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';

export const userTableFeatures = tableFeatures({ rowSortingFeature, rowSelectionFeature, columnVisibilityFeature });
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

export interface ColumnContext {
  messages: RosterMessages;
  unstyled: boolean;
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
}

export function displayName(user: User, messages: RosterMessages): string {
  return user.name?.trim() || user.email || messages.unknownValue;
}

/**
 * A built-in column. Cells read `live.current` when they render, so the column definitions can
 * stay the same object while selection, roles and data change: a new definition would make
 * TanStack's FlexRender remount every cell (and drop focus from a row's menu button).
 */
export function builtInColumn(id: BuiltInColumnId, live: { readonly current: ColumnContext }): UserColumnDef {
  const h = createUserColumnHelper();
  const ctx = live.current;
  const m = ctx.messages;
  const t = m.userTable;
  const missing = { missing: m.unknownValue, missingLabel: m.unknownValue, unstyled: ctx.unstyled };
  switch (id) {
    case 'select':
      return h.display({ id, header: () => live.current.renderSelectHeader(), cell: ({ row }) => live.current.renderSelectCell(row.original), enableHiding: false, meta: { label: t.columns.select } });
    case 'name':
      return h.accessor((u) => u.name, {
        id,
        header: t.columns.name,
        cell: ({ row }) => (
          <span data-roster-part="user-table-identity" className={ctx.unstyled ? undefined : 'roster-user-table-identity'}>
            {live.current.renderAvatar ? live.current.renderAvatar(row.original) : <Avatar picture={row.original.picture} name={row.original.name} email={row.original.email} unstyled={ctx.unstyled} />}
            <SafeText value={row.original.name} {...missing} />
          </span>
        ),
        enableHiding: false,
      });
    case 'email':
      return h.accessor((u) => u.email, { id, header: t.columns.email, cell: ({ getValue }) => <SafeText value={getValue()} {...missing} /> });
    case 'status':
      return h.accessor((u) => u.status, {
        id,
        header: t.columns.status,
        cell: ({ getValue }) => {
          const status = getValue();
          const label = (m.status as Record<string, string | undefined>)[status];
          return label ? (
            <span data-roster-part="status-badge" data-state={status} className={ctx.unstyled ? undefined : 'roster-status-badge'}>
              {label}
            </span>
          ) : (
            <SafeText value={null} {...missing} />
          );
        },
      });
    case 'roles':
      return h.accessor((u) => u.roleIds, {
        id,
        header: t.columns.roles,
        enableSorting: false,
        cell: ({ row }) => {
          const { organizationId } = live.current;
          const ids = organizationId ? row.original.memberships?.find((ms) => ms.organization.id === organizationId)?.roleIds : row.original.roleIds;
          if (!ids?.length) return <SafeText value={null} {...missing} missing={m.unknownValue} />;
          return (
            <span data-roster-part="role-chips" className={ctx.unstyled ? undefined : 'roster-role-chips'}>
              {ids.map((id: string) => (
                <span key={id} data-roster-part="role-chip" className={ctx.unstyled ? undefined : 'roster-role-chip'}>
                  <SafeText value={live.current.rolesById.get(id)?.name ?? id} {...missing} />
                </span>
              ))}
            </span>
          );
        },
      });
    case 'organizations':
      return h.accessor((u) => u.memberships, {
        id,
        header: t.columns.organizations,
        enableSorting: false,
        cell: ({ getValue }) => {
          const names = ((getValue() ?? []) as Membership[]).map((ms) => ms.organization.name);
          return <SafeText value={names.join(', ') || null} {...missing} />;
        },
      });
    case 'createdAt':
    case 'lastLoginAt':
      return h.accessor((u) => u[id], { id, header: t.columns[id], cell: ({ getValue }) => <SafeText value={live.current.formatDate(getValue())} {...missing} /> });
    case 'actions':
      return h.display({ id, header: () => <VisuallyHidden>{t.columns.actions}</VisuallyHidden>, cell: ({ row }) => live.current.renderActions(row.original), enableHiding: false, meta: { label: t.columns.actions } });
  }
}

/** The columns the admin can show or hide from the Columns menu, labelled as their headers. */
export function hideableColumns(table: ReactTable<UserTableFeatures, User>) {
  return table
    .getAllLeafColumns()
    .filter((c) => c.getCanHide())
    .map((c) => ({
      id: c.id,
      label: (c.columnDef.meta as { label?: string } | undefined)?.label ?? (typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id),
      visible: c.getIsVisible(),
      toggle: (visible: boolean) => c.toggleVisibility(visible),
    }));
}
