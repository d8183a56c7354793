/**
 * The model and the adapter contract as the public entries show them: one list, exported by both
 * react-roster (for client code) and react-roster/core (for server code), so the two never differ.
 */
export type {
  User,
  UserStatus,
  Membership,
  Role,
  Organization,
  Permission,
  RoleInput,
  RolePatch,
  PermissionInput,
  PermissionPatch,
  OrganizationInput,
  OrganizationPatch,
  Page,
  PageRequest,
  UsersQuery,
  OrganizationsQuery,
  UserSortField,
  SortDirection,
  CreateUserInput,
  UpdateUserInput,
  Invitation,
  VerificationChange,
  ActivityKind,
  ActivityEvent,
  ActivityQuery,
  AttributeType,
  AttributeDefinition,
} from './core/model.js';
export type {
  RosterAdapter,
  AdapterCapabilities,
  CreateUserCapabilities,
  EditableUserField,
  RoleScope,
  MembershipOptions,
  RequestContext,
} from './core/adapter.js';
export type { ManageCapabilities } from './core/manage.js';
export type { UserDetailsCapabilities } from './core/userDetails.js';
