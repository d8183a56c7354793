/**
 * Descope's role list as both modes need it. Descope names a user's tenant roles by name only, and
 * a tenant's own "Approver" may share its name with a project role, so mapping a user needs the
 * list of which names are tenant-scoped where: the catalogue. It is loaded once and reused for a
 * while, since every user mapped needs it; listing roles always loads afresh and refreshes it.
 */
import type { RoleScope } from '../../core/adapter.js';
import { raceAbort } from '../../core/abort.js';
import type { Role } from '../../core/model.js';
import { readList, readRole, toRole } from './mapping.js';
import { projectRoleId, tenantRoleId } from './roleIds.js';
import type { DescopeRole } from './wire.js';

/** How long the role list used to tell tenant roles from project roles is reused. */
const ROLE_CATALOGUE_TTL_MS = 30_000;

export interface RoleCatalogue {
  /** The neutral id of the role `name` held in `tenantId`: the tenant's own role, else the project's. */
  roleIdInTenant(tenantId: string, name: string): string;
}

export function createRoleCatalogue(roles: readonly DescopeRole[]): RoleCatalogue {
  const scoped = new Set(roles.filter((r) => r.tenantId).map((r) => `${r.tenantId}\u0000${r.name}`));
  return {
    roleIdInTenant: (tenantId, name) => (scoped.has(`${tenantId}\u0000${name}`) ? tenantRoleId(tenantId, name) : projectRoleId(name)),
  };
}

/** GETs Descope's `role/all` (with whatever the calling mode adds, such as a session's tenant). */
export type LoadRoles = (signal: AbortSignal | undefined) => Promise<unknown>;

export interface DescopeRoles {
  /** The catalogue, reused for up to 30 seconds; the caller's signal lets it stop waiting. */
  catalogue(signal: AbortSignal | undefined): Promise<RoleCatalogue>;
  /** Without an organization: project roles. With one: the project's plus that tenant's own. */
  list(scope: RoleScope | undefined, signal: AbortSignal | undefined): Promise<Role[]>;
  /** Every role as Descope sends it, loaded afresh (and the catalogue with it): what writes check against. */
  load(signal: AbortSignal | undefined): Promise<DescopeRole[]>;
  /** Drops the catalogue after a role was created, renamed or deleted, so users map by the new list. */
  forget(): void;
}

export function createDescopeRoles(loadRoles: LoadRoles): DescopeRoles {
  let cached: { loadedAt: number; promise: Promise<RoleCatalogue> } | null = null;
  const fetchRoles = async (signal?: AbortSignal) => readList(await loadRoles(signal), 'roles', readRole);

  async function load(signal: AbortSignal | undefined): Promise<DescopeRole[]> {
    const roles = await fetchRoles(signal);
    cached = { loadedAt: Date.now(), promise: Promise.resolve(createRoleCatalogue(roles)) };
    return roles;
  }

  return {
    catalogue(signal) {
      if (!cached || Date.now() - cached.loadedAt > ROLE_CATALOGUE_TTL_MS) {
        // Loaded without the caller's signal: other callers share it, and one abort must not fail them.
        const promise = fetchRoles().then(createRoleCatalogue);
        const entry = { loadedAt: Date.now(), promise };
        cached = entry;
        promise.catch(() => {
          if (cached === entry) cached = null;
        });
      }
      return raceAbort(cached.promise, signal);
    },

    async list(scope, signal) {
      const roles = await load(signal);
      const organizationId = scope?.organizationId ?? null;
      return roles.filter((r) => !r.tenantId || r.tenantId === organizationId).map(toRole);
    },

    load,

    forget() {
      cached = null;
    },
  };
}
