/**
 * Descope's Management API wire format, field names exactly as Descope sends them
 * (see shared/reference/descope-api.md §2). Shared by the adapter and the emulator, so the two
 * cannot drift apart silently.
 */

export const DESCOPE_DEFAULT_BASE_URL = 'https://api.descope.com';

export type DescopeUserStatus = 'enabled' | 'disabled' | 'invited' | 'expired';

export interface DescopeUserTenant {
  tenantId: string;
  roleNames: string[];
  tenantName: string;
  permissions?: string[];
}

export interface DescopeUser {
  loginIds: string[];
  userId: string;
  name: string;
  email: string;
  phone: string;
  verifiedEmail: boolean;
  verifiedPhone: boolean;
  /** Project-level roles. */
  roleNames: string[];
  userTenants: DescopeUserTenant[];
  status: DescopeUserStatus;
  externalIds: string[];
  picture: string;
  test: boolean;
  customAttributes: Record<string, unknown>;
  /** Epoch seconds. */
  createdTime: number;
  givenName: string;
  middleName: string;
  familyName: string;
  editable: boolean;
  ssoAppIds: string[];
  // Descope's own mixed casing, kept as is.
  TOTP: boolean;
  SAML: boolean;
  SCIM?: boolean;
  OIDC?: boolean;
  OAuth: Record<string, boolean>;
  webauthn: boolean;
  password: boolean;
  push?: boolean;
}

export interface DescopeRole {
  name: string;
  description?: string;
  permissionNames: string[];
  /** Epoch seconds. */
  createdTime: number;
  /** Empty or absent for a project-level role. */
  tenantId?: string;
  default?: boolean;
  private?: boolean;
  id?: string;
}

export interface DescopePermission {
  name: string;
  description?: string;
  systemDefault?: boolean;
}

export interface DescopeTenant {
  id: string;
  name: string;
  selfProvisioningDomains: string[];
  domains?: string[];
  customAttributes?: Record<string, unknown>;
  /** Epoch seconds. */
  createdTime?: number;
  disabled?: boolean;
  enforceSSO?: boolean;
  roleInheritance?: string;
  /** The parent tenant's id, for a sub-tenant. */
  parent?: string;
}

export interface DescopeErrorBody {
  errorCode: string;
  errorDescription: string;
  errorMessage?: string;
}

export interface DescopeSortEntry {
  field: string;
  desc: boolean;
}

export interface DescopeRoleFilter {
  values: string[];
  and?: boolean;
}

/** The body of `POST /v2/mgmt/user/search` (and of the widgets' `/v1/mgmt/user/search`). */
export interface DescopeUserSearchBody {
  page?: number;
  limit?: number;
  offset?: number;
  text?: string;
  statuses?: DescopeUserStatus[];
  roleNames?: string[];
  tenantRoleNames?: Record<string, DescopeRoleFilter>;
  tenantIds?: string[];
  userIds?: string[];
  loginIds?: string[];
  emails?: string[];
  phones?: string[];
  customAttributes?: Record<string, unknown>;
  withTestUser?: boolean;
  testUsersOnly?: boolean;
  fromCreatedTime?: number;
  toCreatedTime?: number;
  sort?: DescopeSortEntry[];
}

/** Error codes the adapter and the emulator agree on (reference §1.3). */
export const DESCOPE_ERROR_CODES = {
  badRequest: 'E011001',
  missingArguments: 'E011002',
  invalidRequest: 'E011003',
  invalidArguments: 'E011004',
  userAlreadyExists: 'E062107',
  userNotFound: 'E062108',
  managementUserNotFound: 'E112102',
  rateLimited: 'E130429',
  rateLimitedObserved: 'E170429',
} as const;

/** API paths, as the SDKs and the widgets call them. */
export const DESCOPE_PATHS = {
  license: '/v1/mgmt/license',
  userSearch: '/v2/mgmt/user/search',
  widgetUserSearch: '/v1/mgmt/user/search',
  userLoad: '/v1/mgmt/user',
  userCreate: '/v1/mgmt/user/create',
  userPatch: '/v1/mgmt/user/patch',
  userDelete: '/v1/mgmt/user/delete',
  userDeleteBatch: '/v1/mgmt/user/delete/batch',
  userStatus: '/v1/mgmt/user/update/status',
  userRoleSet: '/v1/mgmt/user/update/role/set',
  userRoleAdd: '/v2/mgmt/user/update/role/add',
  userRoleRemove: '/v1/mgmt/user/update/role/remove',
  userTenantAdd: '/v1/mgmt/user/update/tenant/add',
  userTenantRemove: '/v1/mgmt/user/update/tenant/remove',
  roleAll: '/v1/mgmt/role/all',
  roleCreate: '/v1/mgmt/role/create',
  roleUpdate: '/v1/mgmt/role/update',
  roleDelete: '/v1/mgmt/role/delete',
  /** What the role-management widget deletes with, `{ roleNames }` and `?tenant=`. */
  roleDeleteBatch: '/v1/mgmt/role/delete/batch',
  permissionAll: '/v1/mgmt/permission/all',
  permissionCreate: '/v1/mgmt/permission/create',
  permissionUpdate: '/v1/mgmt/permission/update',
  permissionDelete: '/v1/mgmt/permission/delete',
  tenantAll: '/v1/mgmt/tenant/all',
  tenantLoad: '/v1/mgmt/tenant',
  tenantCreate: '/v1/mgmt/tenant/create',
  tenantUpdate: '/v1/mgmt/tenant/update',
  tenantDelete: '/v1/mgmt/tenant/delete',
  /** The custom attributes' definitions; the user-management widget reads them too (`?tenant=`). */
  userCustomAttributes: '/v1/mgmt/user/customattributes',
  /** The audit trail, management key only (docs.descope.com/api/management/audit/search-audit). */
  auditSearch: '/v1/mgmt/audit/search',
} as const;

export type DescopePath = (typeof DESCOPE_PATHS)[keyof typeof DESCOPE_PATHS];
