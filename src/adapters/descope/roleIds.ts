/**
 * Neutral role ids for Descope roles. Descope addresses roles by name, and a tenant-scoped role's
 * name may repeat across tenants (and match a project role), so the name alone is ambiguous:
 *
 * - a project-level role's id is its name, unchanged (`Admin`), so ids read naturally in filters;
 * - a tenant-scoped role's id is `tenant/<tenantId>/<name>` with both parts URI-encoded
 *   (`tenant/T2abc/Site%20lead`);
 * - the rare project role whose name itself starts with `tenant/` or `project/` is written
 *   `project/<encoded name>`, so no id can be read two ways.
 */
import { RosterError } from '../../core/errors.js';

const TENANT_PREFIX = 'tenant/';
const ESCAPED_PROJECT_PREFIX = 'project/';

export interface DescopeRoleRef {
  name: string;
  /** Null for a project-level role. */
  tenantId: string | null;
}

export function projectRoleId(name: string): string {
  const needsEscape = name.startsWith(TENANT_PREFIX) || name.startsWith(ESCAPED_PROJECT_PREFIX);
  return needsEscape ? `${ESCAPED_PROJECT_PREFIX}${encodeURIComponent(name)}` : name;
}

export function tenantRoleId(tenantId: string, name: string): string {
  return `${TENANT_PREFIX}${encodeURIComponent(tenantId)}/${encodeURIComponent(name)}`;
}

export function roleIdFor(ref: DescopeRoleRef): string {
  return ref.tenantId ? tenantRoleId(ref.tenantId, ref.name) : projectRoleId(ref.name);
}

function invalid(id: string): RosterError {
  return new RosterError('invalid_input', {
    message: `“${id}” is not a Descope role id.`,
    fieldErrors: { roleIds: 'Contains an id that is not a Descope role id.' },
  });
}

function decode(part: string, id: string): string {
  try {
    const text = decodeURIComponent(part);
    if (text === '') throw invalid(id);
    return text;
  } catch {
    throw invalid(id);
  }
}

export function parseRoleId(id: string): DescopeRoleRef {
  if (typeof id !== 'string' || id === '') throw invalid(String(id));
  if (id.startsWith(TENANT_PREFIX)) {
    const parts = id.slice(TENANT_PREFIX.length).split('/');
    if (parts.length !== 2) throw invalid(id);
    return { tenantId: decode(parts[0]!, id), name: decode(parts[1]!, id) };
  }
  if (id.startsWith(ESCAPED_PROJECT_PREFIX)) return { tenantId: null, name: decode(id.slice(ESCAPED_PROJECT_PREFIX.length), id) };
  return { tenantId: null, name: id };
}

/**
 * The role names to send for a role change in one scope. A tenant-scoped role can only be held in
 * its own tenant, so naming it in another scope is refused before anything is sent.
 */
export function roleNamesForScope(roleIds: readonly string[], tenantId: string | null): string[] {
  return roleIds.map((id) => {
    const ref = parseRoleId(id);
    if (ref.tenantId !== null && ref.tenantId !== tenantId) {
      throw new RosterError('invalid_input', {
        message: tenantId
          ? `Role “${ref.name}” belongs to another organization and cannot be held in this one.`
          : `Role “${ref.name}” belongs to an organization; change it within that organization.`,
        fieldErrors: { roleIds: 'Contains a role from another scope.' },
      });
    }
    return ref.name;
  });
}
