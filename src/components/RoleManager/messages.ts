/** RoleManager's strings (`messages.roleManager`), in English; German and Arabic are in src/locales. */
import { createRosterFormat, type RosterFormat } from '../../react/messages.js';

export interface RoleManagerMessages {
  /** Accessible name of the component's region. */
  label: string;
  tabsLabel: string;
  projectTab: string;
  organizationTab: string;
  permissionsTab: string;

  // The role list.
  searchLabel: string;
  searchPlaceholder: string;
  /** How many roles the search shows, out of all. */
  matchCount: (shown: number, total: number, format: RosterFormat) => string;
  noMatch: (search: string) => string;
  noRoles: string;
  /** Accessible name of the list of roles. */
  rolesLabel: string;
  rolesInOrganization: (organization: string) => string;
  permissionsOf: (role: string) => string;
  noPermissions: string;
  /** The chip that stands for the permissions left out, e.g. "+12"; read as `morePermissions`. */
  moreShort: (count: number, format: RosterFormat) => string;
  morePermissions: (count: number, format: RosterFormat) => string;
  /** How many users hold a role; shown only where the backend counts. */
  userCount: (count: number, format: RosterFormat) => string;
  /** On a role whose change waits for the backend. */
  saving: string;
  createRole: string;
  edit: string;
  editLabel: (role: string) => string;
  changePermissions: string;
  changePermissionsLabel: (role: string) => string;
  delete: string;
  deleteLabel: (role: string) => string;
  paginationLabel: string;
  pageOf: (page: number, pages: number, format: RosterFormat) => string;
  previousPage: string;
  nextPage: string;
  dismiss: string;

  // Create and edit.
  createTitle: string;
  createDescription: string;
  editTitle: (role: string) => string;
  editDescription: string;
  nameLabel: string;
  descriptionLabel: string;
  permissionsLabel: string;
  nameRequired: string;
  nameTaken: string;
  nameInvalid: string;
  descriptionInvalid: string;
  /** A permission the form offered has gone meanwhile (another admin deleted it). */
  permissionsInvalid: string;
  create: string;
  save: string;
  created: (role: string) => string;
  updated: (role: string) => string;
  /** Saving a role that another admin deleted meanwhile; nothing is recreated. */
  roleGone: (role: string) => string;
  discardTitle: string;
  discardDescription: string;
  discardChanges: string;
  keepEditing: string;

  // Choosing permissions (create dialog and the permissions dialog).
  permissionSearchLabel: string;
  permissionSearchPlaceholder: string;
  permissionMatchCount: (shown: number, total: number, format: RosterFormat) => string;
  noPermissionMatch: (search: string) => string;
  noPermissionsDefined: string;
  /** Where the backend cannot list permissions: the choice is made of the names roles grant. */
  catalogueFromRoles: string;
  permissionsTitle: (role: string) => string;
  permissionsDescription: string;
  willBeGranted: string;
  willBeRevoked: string;
  /** The staged change in numbers: "+2 granted, −1 revoked". */
  diff: (granted: number, revoked: number, format: RosterFormat) => string;
  unsaved: (diff: string) => string;
  noChanges: string;
  savePermissions: string;
  permissionsSaved: (role: string) => string;
  notSaved: string;

  // Delete.
  deleteTitle: (role: string) => string;
  /** "12 users hold Admin; they will lose it." */
  deleteHolders: (count: number, role: string, format: RosterFormat) => string;
  /** Where the backend cannot count holders. */
  deleteHoldersUnknown: (role: string) => string;
  holdersLabel: (role: string) => string;
  moreHolders: (count: number, format: RosterFormat) => string;
  deleteConfirm: string;
  /** After the delete; `lost` is null where the number is unknown. */
  deleted: (role: string, lost: number | null, format: RosterFormat) => string;

  // Organization roles.
  organizationSearchLabel: string;
  organizationSearchPlaceholder: string;
  organizationLabel: string;
  chooseOrganization: string;
  noOrganizations: string;
  /** More organizations match than the picker lists. */
  moreOrganizations: (shown: number, total: number, format: RosterFormat) => string;
  pickOrganization: string;

  // Permissions.
  permissionsListLabel: string;
  noPermissionsYet: string;
  grantedBy: (count: number, format: RosterFormat) => string;
  createPermission: string;
  createPermissionTitle: string;
  createPermissionDescription: string;
  rename: string;
  renameLabel: (permission: string) => string;
  renameTitle: (permission: string) => string;
  renameDescription: string;
  deletePermissionLabel: (permission: string) => string;
  deletePermissionTitle: (permission: string) => string;
  /** "3 project roles grant users:read; they will stop granting it." */
  deletePermissionGrantedBy: (count: number, permission: string, format: RosterFormat) => string;
  /** Added where roles are defined inside organizations too. */
  deletePermissionInOrganizations: string;
  deletePermissionConfirm: string;
  permissionCreated: (permission: string) => string;
  permissionRenamed: (permission: string) => string;
  permissionDeleted: (permission: string) => string;
  permissionGone: (permission: string) => string;
  permissionNameTaken: string;
}

const en = createRosterFormat('en');
const count = (n: number, one: string, other: string, f: RosterFormat) => `${f.number(n)} ${f.plural(n, { one, other })}`;

export const englishRoleManagerMessages: RoleManagerMessages = {
  label: 'Roles and permissions',
  tabsLabel: 'What to manage',
  projectTab: 'Project roles',
  organizationTab: 'Organization roles',
  permissionsTab: 'Permissions',

  searchLabel: 'Search roles',
  searchPlaceholder: 'Name or description',
  matchCount: (shown, total, f = en) => (shown === total ? count(total, 'role', 'roles', f) : `${f.number(shown)} of ${count(total, 'role', 'roles', f)}`),
  noMatch: (search) => `No roles match “${search}”.`,
  noRoles: 'No roles yet.',
  rolesLabel: 'Roles',
  rolesInOrganization: (organization) => `Roles in ${organization}`,
  permissionsOf: (role) => `Permissions of ${role}`,
  noPermissions: 'Grants no permissions',
  moreShort: (n, f = en) => `+${f.number(n)}`,
  morePermissions: (n, f = en) => `and ${f.number(n)} more`,
  userCount: (n, f = en) => `${count(n, 'user', 'users', f)}`,
  saving: 'Saving…',
  createRole: 'Create role',
  edit: 'Edit',
  editLabel: (role) => `Edit ${role}`,
  changePermissions: 'Permissions',
  changePermissionsLabel: (role) => `Change the permissions of ${role}`,
  delete: 'Delete',
  deleteLabel: (role) => `Delete ${role}`,
  paginationLabel: 'Pages of roles',
  pageOf: (page, pages, f = en) => `Page ${f.number(page)} of ${f.number(pages)}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  dismiss: 'Dismiss',

  createTitle: 'Create role',
  createDescription: 'Name the role and choose what it grants. Users get it from their role editor.',
  editTitle: (role) => `Edit ${role}`,
  editDescription: 'Change the name and description. Users who hold the role keep it.',
  nameLabel: 'Name',
  descriptionLabel: 'Description',
  permissionsLabel: 'Permissions',
  nameRequired: 'Enter a name.',
  nameTaken: 'Another role already has this name.',
  nameInvalid: 'This name cannot be used.',
  descriptionInvalid: 'This description cannot be used.',
  permissionsInvalid: 'A chosen permission no longer exists. The list now shows the permissions as they are.',
  create: 'Create role',
  save: 'Save',
  created: (role) => `Created ${role}.`,
  updated: (role) => `Saved ${role}.`,
  roleGone: (role) => `${role} no longer exists: another admin has probably deleted it. Nothing was saved or recreated.`,
  discardTitle: 'Discard changes?',
  discardDescription: 'What you entered has not been saved. Closing drops it.',
  discardChanges: 'Discard changes',
  keepEditing: 'Keep editing',

  permissionSearchLabel: 'Search permissions',
  permissionSearchPlaceholder: 'Name or description',
  permissionMatchCount: (shown, total, f = en) =>
    shown === total ? count(total, 'permission', 'permissions', f) : `${f.number(shown)} of ${count(total, 'permission', 'permissions', f)}`,
  noPermissionMatch: (search) => `No permissions match “${search}”.`,
  noPermissionsDefined: 'There are no permissions to choose from.',
  catalogueFromRoles: 'This directory cannot list its permissions: only those some role already grants are offered.',
  permissionsTitle: (role) => `Permissions of ${role}`,
  permissionsDescription: 'Choose what this role grants to everyone who holds it. Nothing changes until you save.',
  willBeGranted: 'will be granted',
  willBeRevoked: 'will be revoked',
  diff: (granted, revoked, f = en) => [granted ? `+${f.number(granted)} granted` : '', revoked ? `−${f.number(revoked)} revoked` : ''].filter(Boolean).join(', '),
  unsaved: (diff) => `Unsaved: ${diff}.`,
  noChanges: 'No unsaved changes.',
  savePermissions: 'Save permissions',
  permissionsSaved: (role) => `Saved the permissions of ${role}.`,
  notSaved: 'Nothing was changed; your choices are still here to save again.',

  deleteTitle: (role) => `Delete ${role}?`,
  deleteHolders: (n, role, f = en) =>
    n === 0 ? `Nobody holds ${role}.` : `${count(n, 'user', 'users', f)} ${f.plural(n, { one: 'holds', other: 'hold' })} ${role}; they will lose it.`,
  deleteHoldersUnknown: (role) => `Everyone who holds ${role} will lose it.`,
  holdersLabel: (role) => `Users who hold ${role}`,
  moreHolders: (n, f = en) => `and ${f.number(n)} more`,
  deleteConfirm: 'Delete role',
  deleted: (role, lost, f = en) => (lost ? `Deleted ${role}; ${count(lost, 'user', 'users', f)} lost it.` : `Deleted ${role}.`),

  organizationSearchLabel: 'Find an organization',
  organizationSearchPlaceholder: 'Organization name',
  organizationLabel: 'Organization',
  chooseOrganization: 'Choose an organization',
  noOrganizations: 'No organizations match.',
  moreOrganizations: (shown, total, f = en) => `Showing ${f.number(shown)} of ${f.number(total)}; search to find the others.`,
  pickOrganization: 'Choose an organization to see the roles defined in it.',

  permissionsListLabel: 'Permissions',
  noPermissionsYet: 'No permissions yet.',
  grantedBy: (n, f = en) => (n === 0 ? 'No project role grants it' : `Granted by ${count(n, 'project role', 'project roles', f)}`),
  createPermission: 'Create permission',
  createPermissionTitle: 'Create permission',
  createPermissionDescription: 'A new permission is granted by no role until you add it to one.',
  rename: 'Rename',
  renameLabel: (permission) => `Rename ${permission}`,
  renameTitle: (permission) => `Rename ${permission}`,
  renameDescription: 'Roles that grant it go on granting it under the new name.',
  deletePermissionLabel: (permission) => `Delete ${permission}`,
  deletePermissionTitle: (permission) => `Delete ${permission}?`,
  deletePermissionGrantedBy: (n, permission, f = en) =>
    n === 0 ? `No project role grants ${permission}.` : `${count(n, 'project role', 'project roles', f)} ${f.plural(n, { one: 'grants', other: 'grant' })} ${permission}; they will stop granting it.`,
  deletePermissionInOrganizations: 'Roles defined inside organizations stop granting it too.',
  deletePermissionConfirm: 'Delete permission',
  permissionCreated: (permission) => `Created ${permission}.`,
  permissionRenamed: (permission) => `Renamed to ${permission}.`,
  permissionDeleted: (permission) => `Deleted ${permission}.`,
  permissionGone: (permission) => `${permission} no longer exists: another admin has probably deleted it. Nothing was saved or recreated.`,
  permissionNameTaken: 'Another permission already has this name.',
};
