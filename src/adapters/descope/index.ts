export {
  createDescopeAdapter,
  descopeBaseUrl,
  type DescopeAdapterOptions,
  type DescopeManagementKeyAuth,
  type DescopeSessionAuth,
} from './descopeAdapter.js';
export { parseRoleId, projectRoleId, tenantRoleId, type DescopeRoleRef } from './roleIds.js';
export type { DescopePermission, DescopeRole, DescopeTenant, DescopeUser, DescopeUserStatus, DescopeUserTenant, DescopeErrorBody } from './wire.js';
