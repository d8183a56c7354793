/**
 * The seeded in-memory directory standing in for an identity provider. Next.js bundles the route
 * handler and the page separately, so the one instance is kept on globalThis: both then see the
 * same users and the same changes. A real app builds its IdP adapter (SSOJet, Descope) here, from
 * server-side secrets, instead.
 */
import { createMemoryAdapter, type MemoryAdapter } from 'react-roster/memory';

const shared = globalThis as typeof globalThis & { rosterDemoDirectory?: MemoryAdapter };

export const directory: MemoryAdapter = (shared.rosterDemoDirectory ??= createMemoryAdapter({ seed: 1, latencyMs: { min: 80, max: 250 } }));

/** The member shown in RoleEditor and OrgList when the URL names none (`?user=<id>`). */
export async function firstMember(organizationId: string): Promise<string> {
  const page = await directory.listUsers({ filter: { organizationId }, sort: { field: 'name', direction: 'asc' }, page: { size: 1 } });
  return page.items[0]?.id ?? '';
}
