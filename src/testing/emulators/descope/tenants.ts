/**
 * The Descope emulator's tenant writes, management key only (no widget changes a tenant):
 * create (`{ id }` back; Descope makes the id unless the caller chose one), update (a full
 * replace: "Update will override all fields as is", so `selfProvisioningDomains`,
 * `customAttributes`, `enforceSSO`, `disabled` left out are cleared), and delete, after which no
 * user holds a membership of the tenant and its own roles are gone. With `cascade`, users who
 * belonged to that tenant alone are deleted too, as the SDK describes it.
 */
import type { DescopeTenant } from '../../../adapters/descope/wire.js';
import { alreadyExists, invalidRequest, notFound, onlyFields, optionalBoolean, optionalString, optionalStringList, requiredString, type Body } from './failures.js';
import type { DescopeEmulatorState } from './state.js';
import type { CallContext } from './users.js';

/** What `tenant.update` sends; `tenant.create` adds `id` and `parent`. */
const UPDATE_FIELDS = ['id', 'name', 'selfProvisioningDomains', 'customAttributes', 'enforceSSO', 'disabled', 'roleInheritance'];

function customAttributes(body: Body): Record<string, unknown> {
  const value = body.customAttributes;
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidRequest('customAttributes must be an object');
  return { ...(value as Record<string, unknown>) };
}

/** The replaceable fields of a body, each at its empty value when left out. */
function replaceable(body: Body): Omit<DescopeTenant, 'id' | 'name' | 'createdTime' | 'parent'> {
  const roleInheritance = optionalString(body, 'roleInheritance');
  return {
    selfProvisioningDomains: optionalStringList(body, 'selfProvisioningDomains') ?? [],
    customAttributes: customAttributes(body),
    enforceSSO: optionalBoolean(body, 'enforceSSO') ?? false,
    disabled: optionalBoolean(body, 'disabled') ?? false,
    ...(roleInheritance ? { roleInheritance } : {}),
  };
}

export function createTenantOperations(state: DescopeEmulatorState, newTenantId: () => string) {
  function findTenant(body: Body): DescopeTenant {
    const id = requiredString(body, 'id');
    const tenant = state.tenants.find((t) => t.id === id);
    if (!tenant) throw notFound('Tenant', id);
    return tenant;
  }

  // Whether Descope refuses a second tenant of the same name is not documented; the emulator does.
  function checkNameFree(name: string, except: DescopeTenant | null): void {
    if (state.tenants.some((t) => t !== except && t.name === name)) throw alreadyExists('Tenant', name);
  }

  return {
    createTenant({ body }: CallContext) {
      onlyFields(body, [...UPDATE_FIELDS, 'parent']);
      const name = requiredString(body, 'name');
      const id = optionalString(body, 'id') || newTenantId();
      if (state.tenants.some((t) => t.id === id)) throw alreadyExists('Tenant', id);
      checkNameFree(name, null);
      const parent = optionalString(body, 'parent');
      if (parent && !state.tenants.some((t) => t.id === parent)) throw notFound('Tenant', parent);
      state.tenants = [...state.tenants, { id, name, ...replaceable(body), domains: [], createdTime: Math.floor(Date.now() / 1000), ...(parent ? { parent } : {}) }];
      return { id };
    },

    updateTenant({ body }: CallContext) {
      onlyFields(body, UPDATE_FIELDS);
      const tenant = findTenant(body);
      const name = requiredString(body, 'name');
      checkNameFree(name, tenant);
      const fields = replaceable(body);
      delete tenant.roleInheritance;
      Object.assign(tenant, { name, ...fields });
      for (const user of state.users) {
        for (const membership of user.userTenants) if (membership.tenantId === tenant.id) membership.tenantName = name;
      }
      return {};
    },

    deleteTenant({ body }: CallContext) {
      onlyFields(body, ['id', 'cascade']);
      const tenant = findTenant(body);
      const cascade = optionalBoolean(body, 'cascade') ?? false;
      const onlyHere = (tenants: readonly { tenantId: string }[]) => tenants.length > 0 && tenants.every((t) => t.tenantId === tenant.id);
      if (cascade) state.users = state.users.filter((u) => !onlyHere(u.userTenants));
      for (const user of state.users) user.userTenants = user.userTenants.filter((t) => t.tenantId !== tenant.id);
      state.roles = state.roles.filter((r) => r.tenantId !== tenant.id);
      state.tenants = state.tenants.filter((t) => t !== tenant);
      return {};
    },
  };
}
