/**
 * Finding one organization by id for a tenant admin's session, at the cost of one IdP call. With
 * the adapter's `getOrganization` that is the call. Without it the organizations are paged
 * through — at most MAX_PAGES pages, once per TTL for the whole handler, shared by concurrent
 * requests — because Descope, say, rate-limits per project: one tenant's page views must not
 * spend every tenant's budget.
 */
import type { RequestContext, RosterAdapter } from '../core/adapter.js';
import { isRosterError } from '../core/errors.js';
import type { Organization, Page } from '../core/model.js';

const PAGE_SIZE = 100;
const MAX_PAGES = 20;
/** How long a paged-through answer is reused: renames show up within this. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

export interface OrganizationLookup {
  /** The organization, or null when there is none (or none within the bound of a paging search). */
  find(organizationId: string, ctx: RequestContext, warn: (message: string) => void): Promise<Organization | null>;
}

export function createOrganizationLookup(adapter: RosterAdapter): OrganizationLookup {
  const getOrganization = adapter.getOrganization?.bind(adapter);
  if (getOrganization) {
    return {
      async find(organizationId, ctx) {
        try {
          return await getOrganization(organizationId, ctx);
        } catch (error) {
          if (isRosterError(error) && error.code === 'not_found') return null;
          throw error;
        }
      },
    };
  }

  const known = new Map<string, { organization: Organization | null; expiresAt: number }>();
  let scan: Promise<void> | null = null;

  function remember(id: string, organization: Organization | null, expiresAt: number): void {
    known.delete(id);
    known.set(id, { organization, expiresAt });
    // Oldest first out: a Map iterates in insertion order.
    if (known.size > MAX_ENTRIES) known.delete(known.keys().next().value!);
  }

  /** One pass over the organization list, remembering every organization seen on the way. */
  async function scanAll(wanted: string, warn: (message: string) => void): Promise<void> {
    const expiresAt = Date.now() + TTL_MS;
    let cursor: string | null = null;
    for (let i = 0; i < MAX_PAGES; i++) {
      // No caller's signal: other requests wait on this pass, and one caller leaving must not fail them.
      const page: Page<Organization> = await adapter.listOrganizations({ page: { size: PAGE_SIZE, cursor } });
      for (const organization of page.items) remember(organization.id, organization, expiresAt);
      if (!page.nextCursor || page.nextCursor === cursor) {
        if (!known.has(wanted)) remember(wanted, null, expiresAt);
        return;
      }
      cursor = page.nextCursor;
    }
    if (!known.has(wanted)) {
      warn(`Organization ${wanted} was not among the first ${MAX_PAGES * PAGE_SIZE} organizations; implement getOrganization in the adapter to find any organization with one call.`);
      remember(wanted, null, expiresAt);
    }
  }

  return {
    async find(organizationId, _ctx, warn) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const entry = known.get(organizationId);
        if (entry && entry.expiresAt > Date.now()) return entry.organization;
        // Concurrent requests share the pass in progress; a pass started for another id may
        // already answer this one, else one more pass runs for it.
        if (!scan) {
          scan = scanAll(organizationId, warn).finally(() => {
            scan = null;
          });
        }
        await scan;
      }
      return known.get(organizationId)?.organization ?? null;
    },
  };
}
