/**
 * Reads each backend's OWN state into the matrix's BackendState shape: the memory directory's
 * snapshot, the SSOJet emulator's wire records, the Descope emulator's wire records.
 */
import type { Directory } from '../../../src/adapters/memory/index.js';
import { readSsojetDefinitions, type DescopeEmulatorState, type SsojetEmulatorState } from '../../../src/testing/index.js';
import type { BackendState, BackendUser } from '../types.js';

export function fromMemory(directory: Required<Directory>): BackendState {
  const names = new Map(directory.roles.map((r) => [r.id, r.name]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? `?${id}`);
  const users = directory.users.map((u): BackendUser => ({
    id: u.id,
    email: u.email ?? '',
    name: u.name,
    status: u.status,
    roles: named(u.roleIds),
    organizations: Object.fromEntries((u.memberships ?? []).map((m) => [m.organization.id, named(m.roleIds)])),
  }));
  return {
    users,
    organizations: Object.fromEntries(directory.organizations.map((o) => [o.id, o.name])),
    organizationDomains: Object.fromEntries(directory.organizations.map((o) => [o.id, [...o.domains]])),
    roles: directory.roles.map((r) => ({ name: r.name, permissions: [...r.permissions], organizationId: r.organizationId ?? null })),
    permissions: directory.permissions.map((p) => p.name),
  };
}

type SsojetRoleRef = string | { role_id?: string; id?: string; _id?: string; role_name?: string };

export function fromSsojet(state: SsojetEmulatorState): BackendState {
  const names = new Map(state.roles.map((r) => [r.id, r.name]));
  const named = (refs: readonly SsojetRoleRef[] | null | undefined) =>
    (refs ?? []).map((ref) => {
      const id = typeof ref === 'string' ? ref : (ref.role_id ?? ref.id ?? ref._id ?? '');
      return names.get(id) ?? (typeof ref === 'string' ? `?${ref}` : (ref.role_name ?? `?${id}`));
    });
  const users = [...state.users.values()].map((u): BackendUser => ({
    id: u._id,
    email: u.email,
    name: [u.first_name, u.last_name].filter(Boolean).join(' ') || null,
    status: u.is_active === false ? 'disabled' : 'active',
    roles: named(u.roles),
    organizations: Object.fromEntries((state.memberships.get(u._id) ?? []).map((m) => [m.organizationId, named(m.roleIds)])),
  }));
  // SSOJet's own record of its definitions: roles are account-wide, deleted ones left out.
  const definitions = readSsojetDefinitions(state);
  return {
    users,
    organizations: Object.fromEntries(definitions.organizations.map((o) => [o.id, o.name])),
    organizationDomains: Object.fromEntries(definitions.organizations.map((o) => [o.id, o.domains])),
    roles: definitions.roles.map((r) => ({ name: r.name, permissions: r.permissions, organizationId: null })),
    permissions: definitions.permissions.map((p) => p.name),
  };
}

const DESCOPE_STATUS: Record<string, string> = { enabled: 'active', disabled: 'disabled', invited: 'invited' };

export function fromDescope(state: DescopeEmulatorState): BackendState {
  const users = state.users.map((u): BackendUser => ({
    id: u.userId,
    email: u.email,
    name: u.name || null,
    status: DESCOPE_STATUS[u.status] ?? u.status,
    roles: [...u.roleNames],
    organizations: Object.fromEntries(u.userTenants.map((t) => [t.tenantId, [...t.roleNames]])),
  }));
  return {
    users,
    organizations: Object.fromEntries(state.tenants.map((t) => [t.id, t.name])),
    // The domains whose users join the tenant: where Roster writes an organization's domains.
    organizationDomains: Object.fromEntries(state.tenants.map((t) => [t.id, [...t.selfProvisioningDomains]])),
    roles: state.roles.map((r) => ({ name: r.name, permissions: [...r.permissionNames], organizationId: r.tenantId || null })),
    permissions: state.permissions.map((p) => p.name),
  };
}
