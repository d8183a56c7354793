/** UserTable's strings (`messages.userTable`), in English; the other languages are in src/locales. */
import { createRosterFormat, type RosterFormat } from '../../react/messages.js';

export interface UserTableMessages {
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  statusFilter: string;
  roleFilter: string;
  organizationFilter: string;
  anyStatus: string;
  anyRole: string;
  anyOrganization: string;
  columnsMenu: string;
  /** The toolbar control the filters fold behind on narrow screens. */
  filters: string;
  /** Its accessible name while some filters are set (it shows their count). */
  filtersActive: (count: number, format: RosterFormat) => string;
  /** Announced when the admin sorts the table. */
  sortedBy: (column: string, descending: boolean) => string;
  /** A role id the roles catalogue does not know. */
  unknownRole: string;
  /** What screen readers hear for the "+3" chip: the roles it stands for. */
  moreRoles: (count: number, names: string[], format: RosterFormat) => string;
  showColumn: (column: string) => string;
  /** The toolbar button, the title of its dialog and the dialog's submit button. */
  createUser: string;
  columns: { select: string; name: string; email: string; status: string; roles: string; organizations: string; createdAt: string; lastLoginAt: string; actions: string };
  selectAllOnPage: string;
  selectRow: (name: string) => string;
  empty: string;
  emptyFiltered: string;
  clearFilters: string;
  usersCount: (count: number, format: RosterFormat) => string;
  truncated: (limit: number, format: RosterFormat) => string;
  updating: string;
  pageSize: string;
  paginationLabel: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, pages: number, format: RosterFormat) => string;
  page: (page: number, format: RosterFormat) => string;
  rowActions: (name: string) => string;
  editRoles: string;
  /** The row menu's roles item where the directory does not allow changing them. */
  viewRoles: string;
  organizations: string;
  /** A row's menu item, and the bulk bar's action on the selected users. */
  enable: string;
  disable: string;
  delete: string;
  deleteTitle: (name: string) => string;
  deleteDescription: string;
  /** Confirms deleting one user. */
  deleteConfirm: string;
  /** Disabling asks first: some directories sign the user out at once, which no undo restores. */
  disableTitle: (name: string) => string;
  disableDescription: string;
  disableConfirm: string;
  bulkDisableTitle: (count: number, format: RosterFormat) => string;
  bulkDisableConfirm: (count: number, format: RosterFormat) => string;
  bulkDeleteConfirm: (count: number, format: RosterFormat) => string;
  selected: (count: number, format: RosterFormat) => string;
  clearSelection: string;
  bulkActions: string;
  assignRoleLabel: string;
  /** The bulk role picker where a member holds one role in the table's organization: it replaces that role. */
  setRoleLabel: string;
  apply: string;
  bulkDeleteTitle: (count: number, format: RosterFormat) => string;
  bulkDeleteDescription: string;
  bulkResult: (succeeded: number, failed: number, format: RosterFormat) => string;
  retryFailed: string;
  dismiss: string;
  createDescription: string;
  emailLabel: string;
  nameLabel: string;
  phoneLabel: string;
  rolesLabel: string;
  /** The create dialog's one role, where a member holds exactly one in the table's organization. */
  roleLabel: string;
  inviteLabel: string;
  /** Shown instead of the invitation checkbox where the backend only invites. */
  inviteOnly: string;
  required: string;
  invalidEmail: string;
  created: (name: string) => string;
  /** The user exists now, but joining the table's organization failed; only the join may be retried. */
  createdNotJoined: (name: string) => string;
  deleted: (name: string) => string;
  statusChanged: (name: string, status: string) => string;
  rolesSaved: (name: string) => string;
  /** The row menu's item opening the user's details. */
  viewDetails: string;
  /** The name cell's button: the user's details, by keyboard too. */
  openDetails: (name: string) => string;
  /** The details revoked an invited user's invitation: they are gone from the table. */
  invitationRevoked: (name: string) => string;
  /** Marks the user just created, pinned above the list until the search, filters or page change. */
  newUser: string;
  /** Asked before the create dialog throws typed input away. */
  discardTitle: string;
  discardDescription: string;
  discardChanges: string;
  keepEditing: string;
}

const en = createRosterFormat('en');
const users = (count: number, f: RosterFormat) => `${f.number(count)} ${f.plural(count, { one: 'user', other: 'users' })}`;

export const englishUserTableMessages: UserTableMessages = {
  label: 'Users',
  searchLabel: 'Search users',
  searchPlaceholder: 'Search by name or email',
  statusFilter: 'Status',
  roleFilter: 'Role',
  organizationFilter: 'Organization',
  anyStatus: 'Any status',
  anyRole: 'Any role',
  anyOrganization: 'Any organization',
  columnsMenu: 'Columns',
  filters: 'Filters',
  filtersActive: (count, f = en) => `Filters, ${f.number(count)} active`,
  sortedBy: (column, descending) => `Sorted by ${column}, ${descending ? 'descending' : 'ascending'}`,
  unknownRole: 'Unknown role',
  moreRoles: (count, names, f = en) => `and ${f.number(count)} more: ${f.list(names)}`,
  showColumn: (column) => `Show ${column}`,
  createUser: 'Create user',
  columns: { select: 'Select', name: 'Name', email: 'Email', status: 'Status', roles: 'Roles', organizations: 'Organizations', createdAt: 'Created', lastLoginAt: 'Last sign-in', actions: 'Actions' },
  selectAllOnPage: 'Select all users on this page',
  selectRow: (name) => `Select ${name}`,
  empty: 'No users yet.',
  emptyFiltered: 'No users match these filters.',
  clearFilters: 'Clear search and filters',
  usersCount: (count, f = en) => users(count, f),
  truncated: (limit, f = en) => `Searching the first ${f.number(limit)} users only: this directory cannot search by itself.`,
  updating: 'Updating…',
  pageSize: 'Rows per page',
  paginationLabel: 'Pages of users',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page, pages, f = en) => `Page ${f.number(page)} of ${f.number(pages)}`,
  page: (page, f = en) => `Page ${f.number(page)}`,
  rowActions: (name) => `Actions for ${name}`,
  editRoles: 'Edit roles…',
  viewRoles: 'View roles…',
  organizations: 'Organizations…',
  enable: 'Enable',
  disable: 'Disable',
  delete: 'Delete…',
  deleteTitle: (name) => `Delete ${name}?`,
  deleteDescription: 'The user loses access at once. This cannot be undone.',
  deleteConfirm: 'Delete user',
  disableTitle: (name) => `Disable ${name}?`,
  disableDescription: 'They cannot sign in until they are enabled again.',
  disableConfirm: 'Disable user',
  bulkDisableTitle: (count, f = en) => `Disable ${users(count, f)}?`,
  bulkDisableConfirm: (count, f = en) => `Disable ${users(count, f)}`,
  bulkDeleteConfirm: (count, f = en) => `Delete ${users(count, f)}`,
  selected: (count, f = en) => `${f.number(count)} selected`,
  clearSelection: 'Clear selection',
  bulkActions: 'Bulk actions',
  assignRoleLabel: 'Role to assign',
  setRoleLabel: 'Set role',
  apply: 'Apply',
  bulkDeleteTitle: (count, f = en) => `Delete ${users(count, f)}?`,
  bulkDeleteDescription: 'They lose access at once. This cannot be undone.',
  bulkResult: (succeeded, failed, f = en) => (failed ? `${f.number(succeeded)} done, ${f.number(failed)} failed.` : `Done for ${users(succeeded, f)}.`),
  retryFailed: 'Retry failed',
  dismiss: 'Dismiss',
  createDescription: 'They can sign in once created, or when they accept the invitation.',
  emailLabel: 'Email',
  nameLabel: 'Name',
  phoneLabel: 'Phone',
  rolesLabel: 'Roles',
  roleLabel: 'Role',
  inviteLabel: 'Send an invitation email',
  inviteOnly: 'They will get an invitation email to join.',
  required: 'Required.',
  invalidEmail: 'Enter a valid email address.',
  created: (name) => `Created ${name}.`,
  createdNotJoined: (name) => `Created ${name}, but could not add them to this organization. Add them from their organizations.`,
  deleted: (name) => `Deleted ${name}.`,
  statusChanged: (name, status) => `${name} is now ${status.toLowerCase()}.`,
  rolesSaved: (name) => `Saved the roles of ${name}.`,
  viewDetails: 'View details…',
  openDetails: (name) => `Open details of ${name}`,
  invitationRevoked: (name) => `Revoked the invitation of ${name}.`,
  newUser: 'New',
  discardTitle: 'Discard changes?',
  discardDescription: 'This user has not been created yet. Closing drops what you entered.',
  discardChanges: 'Discard changes',
  keepEditing: 'Keep editing',
};
