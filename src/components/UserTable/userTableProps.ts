/** UserTable's public props and its stylable parts. */
import type { ReactNode } from 'react';
import type { RosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import type { MenuItem } from '../primitives/Menu.js';
import type { StylingProps } from '../styling.js';
import type { BuiltInColumnId, UserColumnDef } from './columns.js';
import type { UserTableQuery } from './userTableQuery.js';

export type UserTablePart =
  | 'toolbar'
  | 'search'
  | 'filters'
  | 'columns'
  | 'scroller'
  | 'table'
  | 'header-row'
  | 'header-cell'
  | 'sort-button'
  | 'row'
  | 'cell'
  | 'skeleton-row'
  | 'empty'
  | 'status'
  | 'pagination';

export type UserTableClassNames = Partial<Record<UserTablePart, string>>;

export interface UserTableProps extends StylingProps<UserTablePart> {
  /**
   * Manage the members of one organization: only its members are listed, and roles shown,
   * edited, bulk-assigned and granted on creation are the roles held in it. Set it for a tenant
   * admin, whose server refuses project-wide role changes.
   */
  organizationId?: string;
  /** Built-in column ids and your own TanStack column definitions, in display order. */
  columns?: (BuiltInColumnId | UserColumnDef)[];
  /** Column ids hidden at first; the admin can show them from the Columns menu. */
  defaultHiddenColumns?: string[];
  /** Controlled query state; pair with `onQueryChange`. */
  query?: UserTableQuery;
  defaultQuery?: Partial<UserTableQuery>;
  onQueryChange?: (query: UserTableQuery) => void;
  pageSizeOptions?: readonly number[];
  /** More rows than this on one page are virtualized. Default 100. */
  virtualizeAbove?: number;
  /**
   * Offer search, sort and filters the adapter cannot do itself, done in the browser over up to
   * `clientSideLimit` users (the hooks' fallback). Default true; false hides those controls.
   */
  clientSideQuery?: boolean;
  clientSideLimit?: number;
  /** Extra items for each row's actions menu, shown before the built-in ones. */
  rowActions?: (user: User) => MenuItem[];
  renderEmpty?: (context: { isFiltered: boolean; clearFilters: () => void }) => ReactNode;
  renderError?: (error: RosterError, retry: () => void) => ReactNode;
  /** Replaces the avatar next to each name (it is decorative: the name is already there). */
  renderAvatar?: (user: User) => ReactNode;
  onUserCreated?: (user: User) => void;
  /** Light, dark, or following the system. Sets `data-roster-theme` on the table. */
  theme?: 'light' | 'dark' | 'auto';
  searchDebounceMs?: number;
}

/** Props for one of UserTable's parts (see createParts). */
export type UserTablePartFn = (part: UserTablePart | 'root', extraClass?: string) => { 'data-roster-part': string; className: string | undefined };
