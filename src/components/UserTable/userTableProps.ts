/** UserTable's public props and its stylable parts. */
import type { ReactNode } from 'react';
import type { RosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import type { RenderFeedback } from '../Feedback.js';
import type { MenuItem } from '../primitives/Menu.js';
import type { DialogPart, MenuPart, Parts, StylingProps } from '../styling.js';
import type { OrgListPart } from '../OrgList/OrgList.js';
import type { RoleEditorPart } from '../RoleEditor/roleEditorParts.js';
import type { UserDetailsPart } from '../UserDetails/userDetailsScope.js';
import type { BuiltInColumnId, UserColumnDef } from './columns.js';
import type { UserTableQuery } from './userTableQuery.js';

/** Every part UserTable renders (as `user-table-<part>`), its dialogs and menus included. */
export type UserTablePart =
  | 'toolbar'
  | 'search'
  | 'input'
  | 'controls'
  | 'filters-disclosure'
  | 'filters-button'
  | 'filter-count'
  | 'filters'
  | 'filter'
  | 'select'
  | 'columns'
  | 'column-chooser'
  | 'choice'
  | 'checkbox'
  | 'button'
  | 'bulk-bar'
  | 'bulk-actions'
  | 'bulk-assign'
  | 'bulk-result'
  | 'error'
  | 'status'
  | 'scroller'
  | 'table'
  | 'header-row'
  | 'header-cell'
  | 'sort-button'
  | 'sort-icon'
  | 'row'
  | 'cell'
  | 'identity'
  | 'avatar'
  | 'text'
  | 'missing'
  | 'status-badge'
  | 'role-chips'
  | 'role-chip'
  | 'skeleton-row'
  | 'skeleton'
  | 'empty'
  | 'pagination'
  | 'page'
  | MenuPart
  | DialogPart
  | 'form'
  | 'field'
  | 'field-error'
  | 'invite-note'
  | 'form-error'
  | 'portal'
  // Added by the dialogs & feedback helper (issue 15): the feedback area, the created user's
  // "New" mark, the row menu's separator and the create dialog's close button.
  | 'feedback'
  | 'feedback-message'
  | 'feedback-dismiss'
  | 'new-badge'
  | 'menu-separator'
  | 'close-button'
  // Issue 18: the name cell's button that opens the user's details.
  | 'name-button';

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
  /** `createUser` is set when the adapter can create users here (what the default "Create user" does). */
  renderEmpty?: (context: { isFiltered: boolean; clearFilters: () => void; createUser?: () => void }) => ReactNode;
  renderError?: (error: RosterError, retry: () => void) => ReactNode;
  /** Replaces what the feedback area shows after a write ("Created Zo."); it stays a live region. */
  renderFeedback?: RenderFeedback;
  /** Replaces the avatar next to each name (it is decorative: the name is already there). */
  renderAvatar?: (user: User) => ReactNode;
  onUserCreated?: (user: User) => void;
  /** Classes for the parts of the role editor a row's "Edit roles…" opens. */
  roleEditorClassNames?: StylingProps<RoleEditorPart>['classNames'];
  /** Classes for the parts of the organizations dialog a row's "Organizations…" opens. */
  orgListClassNames?: StylingProps<OrgListPart>['classNames'];
  /**
   * A click on a row (not on its checkbox, buttons or menu), the name's button and the row menu's
   * "View details…" open the user's details in a dialog. Default true; false leaves them out.
   */
  userDetails?: boolean;
  /** Classes for the parts of the details dialog. */
  userDetailsClassNames?: StylingProps<UserDetailsPart>['classNames'];
  /** "Export CSV" in the toolbar: the current query, every page, the shown columns. Default true. */
  csvExport?: boolean;
  /** "Import CSV" in the toolbar, where the backend can create users. Default true. */
  csvImport?: boolean;
  searchDebounceMs?: number;
}

/** UserTable's part tagger (see createParts). */
export type UserTableParts = Parts<UserTablePart>;

/** The one dialog the table shows, if any. A delete remembers the menu button focus goes back to. */
export type UserTableDialog =
  | { kind: 'create' }
  | { kind: 'roles'; user: User }
  | { kind: 'organizations'; user: User }
  | { kind: 'delete'; user: User; returnFocus: HTMLElement | null }
  | { kind: 'disable'; user: User }
  /** `opener` takes focus back; `rowIndex` finds the row that took the place of a user gone meanwhile. */
  | { kind: 'details'; user: User; opener: HTMLElement | null; rowIndex: number };

/** The details dialog for `user`, opened from `opener` (the name's button or the row's menu button). */
export function detailsDialog(user: User, opener: HTMLElement | null): UserTableDialog {
  const index = opener?.closest('tr')?.getAttribute('data-index');
  return { kind: 'details', user, opener, rowIndex: index ? Number(index) : -1 };
}
