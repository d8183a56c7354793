/**
 * `GET /capabilities`: what the backend can do, narrowed to what this session may do, so the UI
 * of a tenant admin offers no control the handler would refuse (./tenantScope.ts): no project-wide
 * role grants, and of the definitions only their own organization's roles. The details are the
 * ones the backend both declares and has a method for (the handler runs no other), the activity
 * also where the host keeps an audit trail, which then holds the changes made through the handler
 * too (`activityIncludesChanges`); an operation behind no such flag is not listed.
 */
import { ADAPTER_OPTIONAL_READ_METHODS, ADAPTER_READ_METHODS, ADAPTER_WRITE_METHODS, type AdapterMethodName } from '../core/adapter.js';
import { MANAGE_WRITE_METHODS } from '../core/manage.js';
import { userDetailsAvailable, type UserDetailsCapabilities } from '../core/userDetails.js';
import type { CapabilitiesResponse } from '../core/protocol.js';
import type { Operation } from './operationEnv.js';
import { publicCapabilities } from './publicFields.js';
import { jsonResponse } from './respond.js';

/**
 * Writes no tenant admin may make, whatever `authorize` says: every definition write but the
 * roles' (a tenant admin defines their own organization's roles), since every tenant shares what
 * they change.
 */
const PROJECT_ADMIN_WRITES: ReadonlySet<AdapterMethodName> = new Set(MANAGE_WRITE_METHODS.filter((name) => !name.endsWith('Role')));

/** Whether each details operation runs, by the flags behind it. */
const DETAILS_OFFERS: Partial<Record<AdapterMethodName, (d: UserDetailsCapabilities) => boolean>> = {
  getUserByEmail: (d) => d.lookupByEmail,
  listUserActivity: (d) => d.activity,
  setUserVerified: (d) => d.verifyEmail || d.verifyPhone,
  resendInvitation: (d) => d.resendInvitation,
  revokeInvitation: (d) => d.revokeInvitation,
  listAttributeDefinitions: (d) => d.attributeDefinitions,
};

export const capabilities: Operation = async (env) => {
  const isTenant = env.scope.organizationId !== null;
  const available = userDetailsAvailable(env.adapter);
  const hasTrail = env.auditTrail !== null;
  const details = { ...available, activity: available.activity || hasTrail, activityIncludesChanges: available.activityIncludesChanges || hasTrail };
  const operations = [...ADAPTER_READ_METHODS, ...ADAPTER_OPTIONAL_READ_METHODS, ...ADAPTER_WRITE_METHODS].filter(
    (name) => (DETAILS_OFFERS[name]?.(details) ?? typeof env.adapter[name] === 'function') && !(isTenant && PROJECT_ADMIN_WRITES.has(name)),
  );
  const capabilities = publicCapabilities({ ...env.adapter.capabilities, details });
  if (isTenant) {
    capabilities.projectRoles = false;
    capabilities.createUser.roleIds = false;
    capabilities.manage = { ...capabilities.manage, projectRoles: false, permissions: false, organizations: false };
  }
  return jsonResponse({ capabilities, operations } satisfies CapabilitiesResponse);
};
