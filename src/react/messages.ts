/**
 * Every string Roster shows comes from here, so a host can translate or reword any of it through
 * `<RosterProvider messages={…}>`. Functions take the values a sentence needs; plurals and
 * numbers go through Intl with the provider's locale.
 */
import type { RosterErrorCode } from '../core/errors.js';
import type { UserStatus } from '../core/model.js';
import { englishOrgListMessages, type OrgListMessages } from './orgListMessages.js';
import { englishRoleEditorMessages, type RoleEditorMessages } from './roleEditorMessages.js';

export interface RosterMessages {
  errors: Record<RosterErrorCode, string>;
  retryInSeconds: (seconds: number) => string;
  status: Record<UserStatus, string>;
  unknownValue: string;
  loading: string;
  retry: string;
  cancel: string;
  close: string;
  userTable: UserTableMessages;
  roleEditor: RoleEditorMessages;
  orgList: OrgListMessages;
}

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
  showColumn: (column: string) => string;
  createUser: string;
  columns: { select: string; name: string; email: string; status: string; roles: string; organizations: string; createdAt: string; lastLoginAt: string; actions: string };
  selectAllOnPage: string;
  selectRow: (name: string) => string;
  sortBy: (column: string) => string;
  empty: string;
  emptyFiltered: string;
  clearFilters: string;
  usersCount: (count: number) => string;
  truncated: (limit: number) => string;
  updating: string;
  pageSize: string;
  paginationLabel: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, pages: number) => string;
  page: (page: number) => string;
  rowActions: (name: string) => string;
  editRoles: string;
  organizations: string;
  enable: string;
  disable: string;
  delete: string;
  deleteTitle: (name: string) => string;
  deleteDescription: string;
  deleteConfirm: string;
  selected: (count: number) => string;
  clearSelection: string;
  bulkActions: string;
  assignRole: string;
  assignRoleLabel: string;
  apply: string;
  enableSelected: string;
  disableSelected: string;
  deleteSelected: string;
  bulkDeleteTitle: (count: number) => string;
  bulkDeleteDescription: string;
  bulkResult: (succeeded: number, failed: number) => string;
  retryFailed: string;
  dismiss: string;
  createTitle: string;
  createDescription: string;
  emailLabel: string;
  nameLabel: string;
  phoneLabel: string;
  rolesLabel: string;
  inviteLabel: string;
  /** Shown instead of the invitation checkbox where the backend only invites. */
  inviteOnly: string;
  create: string;
  required: string;
  invalidEmail: string;
  created: (name: string) => string;
  /** The user exists now, but joining the table's organization failed; only the join may be retried. */
  createdNotJoined: (name: string) => string;
  deleted: (name: string) => string;
  statusChanged: (name: string, status: string) => string;
  noRoles: string;
}

export const englishMessages: RosterMessages = {
  errors: {
    network: 'The identity provider could not be reached. Check the connection and try again.',
    timeout: 'The identity provider took too long to answer. Try again.',
    unauthorized: 'Your session has expired. Sign in again.',
    forbidden: 'You do not have permission to do this.',
    not_found: 'This item no longer exists.',
    conflict: 'This conflicts with something that already exists.',
    rate_limited: 'Too many requests right now.',
    invalid_input: 'Some of the values are not valid.',
    server: 'The identity provider had a problem handling the request.',
    bad_response: 'The identity provider sent an answer Roster could not read.',
    unsupported: 'This identity provider does not support that.',
  },
  retryInSeconds: (seconds) => `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  status: { active: 'Active', invited: 'Invited', disabled: 'Disabled' },
  unknownValue: '—',
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  close: 'Close',
  userTable: {
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
    showColumn: (column) => `Show ${column}`,
    createUser: 'Create user',
    columns: { select: 'Select', name: 'Name', email: 'Email', status: 'Status', roles: 'Roles', organizations: 'Organizations', createdAt: 'Created', lastLoginAt: 'Last sign-in', actions: 'Actions' },
    selectAllOnPage: 'Select all users on this page',
    selectRow: (name) => `Select ${name}`,
    sortBy: (column) => `Sort by ${column}`,
    empty: 'No users yet.',
    emptyFiltered: 'No users match these filters.',
    clearFilters: 'Clear search and filters',
    usersCount: (count) => `${count.toLocaleString('en')} ${count === 1 ? 'user' : 'users'}`,
    truncated: (limit) => `Searching the first ${limit.toLocaleString('en')} users only: this directory cannot search by itself.`,
    updating: 'Updating…',
    pageSize: 'Rows per page',
    paginationLabel: 'Pages of users',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: (page, pages) => `Page ${page.toLocaleString('en')} of ${pages.toLocaleString('en')}`,
    page: (page) => `Page ${page.toLocaleString('en')}`,
    rowActions: (name) => `Actions for ${name}`,
    editRoles: 'Edit roles…',
    organizations: 'Organizations…',
    enable: 'Enable',
    disable: 'Disable',
    delete: 'Delete…',
    deleteTitle: (name) => `Delete ${name}?`,
    deleteDescription: 'The user loses access at once. This cannot be undone.',
    deleteConfirm: 'Delete user',
    selected: (count) => `${count.toLocaleString('en')} selected`,
    clearSelection: 'Clear selection',
    bulkActions: 'Bulk actions',
    assignRole: 'Assign role',
    assignRoleLabel: 'Role to assign',
    apply: 'Apply',
    enableSelected: 'Enable',
    disableSelected: 'Disable',
    deleteSelected: 'Delete…',
    bulkDeleteTitle: (count) => `Delete ${count.toLocaleString('en')} ${count === 1 ? 'user' : 'users'}?`,
    bulkDeleteDescription: 'They lose access at once. This cannot be undone.',
    bulkResult: (succeeded, failed) => (failed ? `${succeeded} done, ${failed} failed.` : `Done for ${succeeded} ${succeeded === 1 ? 'user' : 'users'}.`),
    retryFailed: 'Retry failed',
    dismiss: 'Dismiss',
    createTitle: 'Create user',
    createDescription: 'They can sign in once created, or when they accept the invitation.',
    emailLabel: 'Email',
    nameLabel: 'Name',
    phoneLabel: 'Phone',
    rolesLabel: 'Roles',
    inviteLabel: 'Send an invitation email',
    inviteOnly: 'They will get an invitation email to join.',
    create: 'Create user',
    required: 'Required.',
    invalidEmail: 'Enter a valid email address.',
    created: (name) => `Created ${name}.`,
    createdNotJoined: (name) => `Created ${name}, but could not add them to this organization. Add them from their organizations.`,
    deleted: (name) => `Deleted ${name}.`,
    statusChanged: (name, status) => `${name} is now ${status.toLowerCase()}.`,
    noRoles: 'No roles',
  },
  roleEditor: englishRoleEditorMessages,
  orgList: englishOrgListMessages,
};

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Merges overrides into a full messages object, group by group, at any depth. */
export function mergeMessages<T extends object>(base: T, overrides: DeepPartial<T> | undefined): T {
  if (!overrides) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = out[key];
    const bothGroups = typeof value === 'object' && value !== null && typeof current === 'object' && current !== null;
    out[key] = bothGroups ? mergeMessages(current, value as DeepPartial<typeof current>) : value;
  }
  return out as T;
}
