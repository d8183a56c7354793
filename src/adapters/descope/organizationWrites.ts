/**
 * Descope tenants as organizations, management key only (no Descope widget changes a tenant; the
 * tenant-profile widget only reads it), as `@descope/node-sdk` sends them:
 *
 * - create: `tenant.create(name, selfProvisioningDomains)`, answered with `{ id }`;
 * - update: `tenant.update(id, name, selfProvisioningDomains, customAttributes, enforceSSO,
 *   disabled, roleInheritance)`. The SDK warns that it "will override all fields as is": a field
 *   left out is cleared. So the tenant is loaded first and every one of those fields is sent back
 *   as it was, except the ones the patch changes;
 * - delete: `tenant.delete(id, false)`: without cascade, so members only lose the membership and
 *   their accounts stay.
 *
 * An organization's domains are written as the tenant's `selfProvisioningDomains`, the domains
 * whose users join it. Reads also show the domains of the tenant's SSO settings (`domains`), which
 * belong to SSO configuration and are left alone here.
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { throwIfAborted } from '../../core/errors.js';
import { createKeyedQueue } from '../../core/keyedQueue.js';
import type { Organization, OrganizationInput, OrganizationPatch } from '../../core/model.js';
import { readNonEmptyString, readObject } from '../../core/shape.js';
import { loadTenantRecord, tenantNotFound, type DescopeContext } from './context.js';
import { definitionName, descopeCall, nameTaken, organizationDomains, sameName } from './definitions.js';
import { readList, readTenant, toOrganization } from './mapping.js';
import { DESCOPE_PATHS, type DescopeTenant } from './wire.js';

type OrganizationWrites = Required<Pick<RosterAdapter, 'createOrganization' | 'updateOrganization' | 'deleteOrganization'>>;

/** The fields `tenant.update` replaces, as the tenant holds them now. */
const UPDATED_FIELDS = ['customAttributes', 'enforceSSO', 'disabled', 'roleInheritance'] as const;

export function createOrganizationWrites(ctx: DescopeContext): OrganizationWrites {
  const serialized = createKeyedQueue();
  const post = (path: string, body: Record<string, unknown>, signal: AbortSignal | undefined) =>
    descopeCall(() => ctx.call({ method: 'POST', path, body, signal }));

  async function checkNameFree(name: string, except: string | null, signal: AbortSignal | undefined): Promise<void> {
    const tenants = readList(await descopeCall(() => ctx.call({ method: 'GET', path: DESCOPE_PATHS.tenantAll, signal })), 'tenants', readTenant);
    if (tenants.some((t) => t.id !== except && sameName(t.name, name))) throw nameTaken('organization');
  }

  async function load(organizationId: string, signal: AbortSignal | undefined): Promise<DescopeTenant> {
    try {
      return await descopeCall(() => loadTenantRecord(ctx, organizationId, signal));
    } catch (error) {
      throw tenantNotFound(error);
    }
  }

  return {
    async createOrganization(input: OrganizationInput, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      const name = definitionName(input?.name);
      const domains = organizationDomains(input.domains);
      return serialized('tenants', async () => {
        await checkNameFree(name, null, signal);
        const answer = await post(DESCOPE_PATHS.tenantCreate, { name, selfProvisioningDomains: domains }, signal);
        const id = readNonEmptyString(readObject(answer, 'response').id, 'id');
        return { id, name, domains } satisfies Organization;
      }, signal);
    },

    async updateOrganization(organizationId: string, patch: OrganizationPatch, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      const newName = patch?.name === undefined ? undefined : definitionName(patch.name);
      const newDomains = patch?.domains === undefined ? undefined : organizationDomains(patch.domains);
      return serialized('tenants', async () => {
        const tenant = await load(organizationId, signal);
        const name = newName ?? tenant.name;
        if (newName !== undefined && newName !== tenant.name) await checkNameFree(name, tenant.id, signal);
        const selfProvisioningDomains = newDomains ?? tenant.selfProvisioningDomains;
        const kept = Object.fromEntries(UPDATED_FIELDS.flatMap((key) => (tenant[key] === undefined ? [] : [[key, tenant[key]]])));
        await post(DESCOPE_PATHS.tenantUpdate, { id: tenant.id, name, selfProvisioningDomains, ...kept }, signal);
        return toOrganization({ ...tenant, name, selfProvisioningDomains });
      }, signal);
    },

    async deleteOrganization(organizationId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const signal = rc?.signal;
      return serialized('tenants', async () => {
        // Descope may not refuse an unknown id; loading it first answers `not_found` for sure.
        await load(organizationId, signal);
        await post(DESCOPE_PATHS.tenantDelete, { id: organizationId, cascade: false }, signal);
        // The tenant's own roles went with it.
        ctx.roles.forget();
      }, signal);
    },
  };
}
