/**
 * Organizations on SSOJet (reference §3.3): Add New Organization `POST /api/v1/organization`
 * (singular), Get All Organization `GET /api/v1/organizations`, Update Organization at its page's
 * heading, `PUT /api/account/organization/{id}` (the same page's prose shows
 * `/api/v1/organization{id}`, a path with its slash missing; the heading is the one written as a
 * route), and Delete Organization at that same resource — inferred, as its page was not retrieved.
 *
 * `getOrganization` reads the verified list rather than "Get Organization", whose path is only
 * inferred: a wrong guess would report an existing organization as not found.
 */
import type { RequestContext } from '../../core/adapter.js';
import { RosterError } from '../../core/errors.js';
import type { Organization, OrganizationInput, OrganizationPatch } from '../../core/model.js';
import { afterCreate, checkedDomains, notFound, refuseTakenName, requiredName } from './definitionInput.js';
import type { DefinitionDeps, SsojetDefinitionMethods } from './definitions.js';
import { toOrganization, toOrganizations } from './mapping.js';
import type { SsojetOrganizationBody } from './wireTypes.js';

const LIST_PATH = '/api/v1/organizations';
const CREATE_PATH = '/api/v1/organization';
const organizationPath = (organizationId: string) => `/api/account/organization/${encodeURIComponent(organizationId)}`;
const QUEUE_KEY = 'ssojet:organizations';

/** Add answers one organization; Update's prose shows a one-element list. Either is read, else none. */
function organizationsIn(answer: unknown): Organization[] {
  try {
    return Array.isArray(answer) ? toOrganizations(answer) : [toOrganization(answer)];
  } catch {
    return [];
  }
}

/** The record spells it `allow_profiles_outside_organization`, the bodies and user lists PascalCase. */
function allowsOutsideProfiles(organization: Organization): boolean {
  const raw = (organization.raw ?? {}) as Record<string, unknown>;
  const value = raw.allow_profiles_outside_organization ?? raw.AllowProfilesOutsideOrganization;
  return typeof value === 'boolean' ? value : false;
}

type OrganizationMethods = Pick<SsojetDefinitionMethods, 'getOrganization' | 'createOrganization' | 'updateOrganization' | 'deleteOrganization'>;

export function createOrganizationWrites(deps: DefinitionDeps): OrganizationMethods {
  async function list(ctx: RequestContext | undefined): Promise<Organization[]> {
    return toOrganizations(await deps.read(LIST_PATH, ctx));
  }

  async function find(organizationId: string, ctx: RequestContext | undefined) {
    const organizations = await list(ctx);
    const current = organizations.find((o) => o.id === organizationId);
    if (!current) throw notFound('organization');
    return { organizations, current };
  }

  async function created(answer: unknown, before: readonly Organization[], name: string, ctx: RequestContext | undefined): Promise<Organization> {
    const known = new Set(before.map((o) => o.id));
    // Add New Organization answers only the new one; a fresh list may hold others' new ones too.
    const found = organizationsIn(answer).find((o) => !known.has(o.id)) ?? (await list(ctx)).find((o) => !known.has(o.id) && o.name === name);
    if (!found) throw new RosterError('bad_response', { message: 'SSOJet does not list the new organization yet; reload the organizations.' });
    return found;
  }

  return {
    async getOrganization(organizationId: string, ctx?: RequestContext): Promise<Organization> {
      return (await find(organizationId, ctx)).current;
    },

    async createOrganization(input: OrganizationInput, ctx?: RequestContext): Promise<Organization> {
      const name = requiredName(input.name, 'organization');
      const domains = checkedDomains(input.domains ?? []);
      return deps.queue(QUEUE_KEY, async () => {
        const before = await list(ctx);
        refuseTakenName(name, before, 'organization');
        // `false` is what every organization record in SSOJet's docs shows.
        const body: SsojetOrganizationBody = { Name: name, WhiteListDomains: domains, AllowProfilesOutsideOrganization: false };
        const answer = await deps.write('POST', CREATE_PATH, body, ctx);
        try {
          return await created(answer, before, name, ctx);
        } catch (error) {
          throw afterCreate(error, 'organization', 'reading it back');
        }
      }, ctx?.signal);
    },

    async updateOrganization(organizationId: string, patch: OrganizationPatch, ctx?: RequestContext): Promise<Organization> {
      const name = patch.name === undefined ? undefined : requiredName(patch.name, 'organization');
      const domains = patch.domains === undefined ? undefined : checkedDomains(patch.domains);
      return deps.queue(QUEUE_KEY, async () => {
        const { organizations, current } = await find(organizationId, ctx);
        if (name !== undefined) refuseTakenName(name, organizations, 'organization', organizationId);
        // The whole organization goes back, the patch laid over it, so nothing left out is cleared.
        const body: SsojetOrganizationBody = {
          Name: name ?? current.name,
          WhiteListDomains: domains ?? current.domains ?? [],
          AllowProfilesOutsideOrganization: allowsOutsideProfiles(current),
        };
        const answer = await deps.write('PUT', organizationPath(organizationId), body, ctx);
        const written = organizationsIn(answer).find((o) => o.id === organizationId);
        return written ?? { id: organizationId, name: body.Name, domains: body.WhiteListDomains };
      }, ctx?.signal);
    },

    async deleteOrganization(organizationId: string, ctx?: RequestContext): Promise<void> {
      await deps.queue(QUEUE_KEY, async () => {
        await find(organizationId, ctx);
        // INFERRED path (see above).
        await deps.write('DELETE', organizationPath(organizationId), undefined, ctx);
      }, ctx?.signal);
    },
  };
}
