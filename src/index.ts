/**
 * react-roster: the provider, the hooks, the components and the model they speak. Built with a
 * 'use client' directive (vite.config.ts); what server code may call is in react-roster/core, what
 * adapter authors need is in react-roster/adapter-kit. Named exports only: this list is the public
 * API, checked against api/react-roster.api.md by test/api/publicApi.test.ts.
 */

// Providers
export { RosterProvider, type RosterProviderProps } from './react/RosterProvider.js';
export { RosterRemoteProvider, type RosterRemoteProviderProps } from './react/RosterRemoteProvider.js';
export type { UnauthorizedHandler } from './react/sessionRecovery.js';
export { createBrowserConnectivity, type RosterConnectivity } from './react/connectivity.js';
export type { RetryPolicy } from './react/retryPolicy.js';

// Hooks, one per concept (README: "One name per concept")
export { useRoster, type UseRosterResult } from './react/context.js';
export { useUsers, type UseUsersOptions, type UseUsersResult } from './react/useUsers.js';
export { useUser, type UseUserResult, type UpdateUserOptions } from './react/useUser.js';
export { useUserActivity, type UseUserActivityOptions, type UseUserActivityResult } from './react/useUserActivity.js';
export { useUserByEmail, type UseUserByEmailResult } from './react/useUserByEmail.js';
export { useAttributeDefinitions, type UseAttributeDefinitionsResult } from './react/useAttributeDefinitions.js';
export { useUserRoles, type UseUserRolesResult } from './react/useUserRoles.js';
export { useUserMemberships, type UseUserMembershipsResult } from './react/useUserMemberships.js';
export { useRoles, type UseRolesResult } from './react/useRoles.js';
export { useOrganizations, type UseOrganizationsResult } from './react/useOrganizations.js';
export { usePermissions, type UsePermissionsResult } from './react/usePermissions.js';
export { useUserCount, type UseUserCountResult } from './react/useUserCount.js';
export { useUserActions, type UseUserActionsResult } from './react/useUserActions.js';
export {
  useUserExport,
  type UseUserExportOptions,
  type UseUserExportResult,
  type UserExportState,
  type UserExportFile,
  type StartUserExportOptions,
} from './react/useUserExport.js';
export {
  exportUsers,
  type ExportUsersOptions,
  type UserExportColumn,
  type UserExportLookup,
  type UserExportOutcome,
  type UserExportProgress,
  type UserExportQuery,
  type UserExportWait,
} from './react/exportUsers.js';
export { useUserImport, type UseUserImportOptions, type UseUserImportResult, type UserImportState, type ExistingUsersCheck } from './react/useUserImport.js';
export type { RosterQueryResult } from './react/useRosterQuery.js';
export { PartialCreateError } from './react/rosterClient.js';
export { EditConflictError, isEditConflictError, type EditConflict } from './core/editConflict.js';

// Components
export {
  UserTable,
  createUserColumnHelper,
  DEFAULT_COLUMNS,
  DEFAULT_USER_TABLE_QUERY,
  type UserTableProps,
  type UserTablePart,
  type UserTableMessages,
  type BuiltInColumnId,
  type UserColumnDef,
  type UserTableQuery,
} from './components/UserTable/index.js';
export {
  RoleEditor,
  RoleEditorDialog,
  type RoleEditorProps,
  type RoleEditorPart,
  type RoleEditorDialogProps,
  type RoleEditorMessages,
} from './components/RoleEditor/index.js';
export {
  OrgList,
  OrgListDialog,
  type OrgListProps,
  type OrgListPart,
  type OrgListDialogProps,
  type OrgListMessages,
} from './components/OrgList/index.js';
export { RoleManager, type RoleManagerProps, type RoleManagerPart, type RoleManagerMessages } from './components/RoleManager/index.js';
export {
  OrganizationManager,
  type OrganizationManagerProps,
  type OrganizationManagerPart,
  type OrganizationManagerMessages,
} from './components/OrganizationManager/index.js';
export {
  UserDetails,
  UserDetailsDialog,
  type UserDetailsProps,
  type UserDetailsDialogProps,
  type UserDetailsPart,
  type UserDetailsMessages,
  type VerifiedContact,
} from './components/UserDetails/index.js';
export { UserActivity, type UserActivityProps, type UserActivityPart } from './components/UserDetails/UserActivity.js';
export type { UserActivityMessages } from './components/UserDetails/activityMessages.js';
export {
  UserExport,
  USER_EXPORT_FIELDS,
  type UserExportProps,
  type UserExportPart,
  type UserExportMessages,
  type UserExportField,
  type UserExportColumnChoice,
} from './components/UserExport/index.js';
export { UserImport, type UserImportProps, type UserImportPart, type UserImportMessages } from './components/UserImport/index.js';
export type { MenuItem } from './components/primitives/Menu.js';
export type { RosterTheme } from './components/styling.js';

// The model, the adapter contract and errors (also in react-roster/core, for server code)
export type * from './modelTypes.js';
export { RosterError, isRosterError, type RosterErrorCode } from './core/errors.js';

// Messages
export type { RosterMessages, SharedMessages, RosterFormat, DeepPartial } from './react/messages.js';
export { englishMessages, germanMessages, arabicMessages } from './locales/index.js';
