/**
 * The WorkOS emulator's organization memberships, organizations and roles: list (by user and/or
 * organization, active only unless `statuses` says otherwise), create (reactivating an inactive
 * membership), role changes with `role_slug` or `role_slugs`, deactivate / reactivate, delete.
 */
import { WORKOS_ERROR_CODES as CODES, type WorkOSMembership, type WorkOSMembershipStatus } from '../../../adapters/workos/wire.js';
import { failure, invalidParameter, notFound, optionalString, requiredString, type Body } from './failures.js';
import { pageOf } from './paging.js';
import type { WorkOSEmulatorState } from './state.js';
import type { NewId, UserOperations } from './users.js';

const STATUSES: readonly WorkOSMembershipStatus[] = ['active', 'inactive', 'pending'];
/** The environment's default role, granted when a membership is created without one. */
export const DEFAULT_ROLE_SLUG = 'member';

export interface MembershipSettings {
  /** Whether the environment has multiple roles per membership enabled. */
  multipleRoles: boolean;
}

export function createMembershipOperations(state: WorkOSEmulatorState, users: UserOperations, newId: NewId, now: () => string, settings: MembershipSettings) {
  const rolesOf = (organizationId: string) => state.roles.filter((r) => !r.organizationId || r.organizationId === organizationId);
  const roleExists = (slug: string, organizationId: string) => rolesOf(organizationId).some((r) => r.slug === slug);

  /** What WorkOS sends: `role` always, `roles` where multiple roles are enabled. */
  function view(membership: WorkOSMembership): WorkOSMembership {
    const copy = structuredClone(membership);
    if (!settings.multipleRoles) delete copy.roles;
    return copy;
  }

  function findMembership(id: string): WorkOSMembership {
    const membership = state.memberships.find((m) => m.id === id);
    if (!membership) throw notFound('Organization membership', id);
    return membership;
  }

  /** The role slugs a body asks for (`role_slug` or `role_slugs`, never both), checked; null when it names none. */
  function requestedRoles(body: Body, organizationId: string): string[] | null {
    const single = optionalString(body, 'role_slug');
    const many = body.role_slugs;
    if (single !== undefined && many !== undefined && many !== null) throw invalidParameter('role_slugs', 'Pass either role_slug or role_slugs, not both');
    let slugs: string[];
    if (many !== undefined && many !== null) {
      if (!Array.isArray(many) || many.some((s) => typeof s !== 'string')) throw invalidParameter('role_slugs', 'role_slugs must be an array of strings');
      slugs = [...new Set(many as string[])];
      if (slugs.length === 0) throw invalidParameter('role_slugs', 'role_slugs must name at least one role');
      if (slugs.length > 1 && !settings.multipleRoles) throw failure(422, CODES.multipleRolesNotEnabled, 'Multiple roles are not enabled for this environment.');
    } else if (single !== undefined) {
      slugs = [single];
    } else {
      return null;
    }
    const unknown = slugs.find((s) => !roleExists(s, organizationId));
    if (unknown) throw failure(422, CODES.invalidRole, `Role '${unknown}' is not a valid role.`);
    return slugs;
  }

  function setRoles(membership: WorkOSMembership, slugs: string[]): void {
    membership.role = { slug: slugs[0]! };
    membership.roles = slugs.map((slug) => ({ slug }));
  }

  function listMemberships(url: URL) {
    const userId = url.searchParams.get('user_id');
    const organizationId = url.searchParams.get('organization_id');
    if (!userId && !organizationId) throw failure(400, CODES.missingUserOrOrganization, 'Either user_id or organization_id must be provided.');
    const raw = url.searchParams.get('statuses');
    const statuses = raw ? raw.split(',') : ['active'];
    const unknown = statuses.find((s) => !STATUSES.includes(s as WorkOSMembershipStatus));
    if (unknown) throw invalidParameter('statuses', `Unknown status '${unknown}'; use active, inactive or pending`);
    const found = state.memberships.filter(
      (m) => (!userId || m.user_id === userId) && (!organizationId || m.organization_id === organizationId) && statuses.includes(m.status),
    );
    const page = pageOf(found, url);
    return { ...page, data: page.data.map(view) };
  }

  function createMembership(body: Body) {
    const userId = requiredString(body, 'user_id');
    const organizationId = requiredString(body, 'organization_id');
    const user = users.findUser(userId);
    const organization = users.findOrganization(organizationId);
    const slugs = requestedRoles(body, organizationId) ?? [DEFAULT_ROLE_SLUG];
    const existing = state.memberships.find((m) => m.user_id === userId && m.organization_id === organizationId);
    const at = now();
    if (existing?.status === 'pending') {
      throw failure(400, CODES.cannotReactivatePending, 'A pending organization membership cannot be reactivated. The user needs to accept the invitation instead.');
    }
    // Not in the reference: what WorkOS answers for a membership that is already active.
    if (existing?.status === 'active') throw failure(422, CODES.invalidRequest, 'The user is already a member of this organization.');
    let membership: WorkOSMembership;
    if (existing) {
      // Documented: creating over an inactive membership activates it with the given roles.
      membership = existing;
      Object.assign(membership, { status: 'active', updated_at: at });
    } else {
      membership = {
        object: 'organization_membership',
        id: newId('om', at),
        user_id: userId,
        organization_id: organizationId,
        organization_name: organization.name,
        status: 'active',
        directory_managed: false,
        role: { slug: slugs[0]! },
        custom_attributes: {},
        created_at: at,
        updated_at: at,
      };
      state.memberships.push(membership);
    }
    setRoles(membership, slugs);
    return { ...view(membership), user: structuredClone(user) };
  }

  function addPendingMembership(userId: string, organizationId: string, roleSlug: string | null): void {
    if (state.memberships.some((m) => m.user_id === userId && m.organization_id === organizationId)) return;
    const at = now();
    const slug = roleSlug ?? DEFAULT_ROLE_SLUG;
    state.memberships.push({
      object: 'organization_membership',
      id: newId('om', at),
      user_id: userId,
      organization_id: organizationId,
      organization_name: users.findOrganization(organizationId).name,
      status: 'pending',
      directory_managed: false,
      role: { slug },
      roles: [{ slug }],
      custom_attributes: {},
      created_at: at,
      updated_at: at,
    });
  }

  function updateMembership(id: string, body: Body) {
    const membership = findMembership(id);
    const slugs = requestedRoles(body, membership.organization_id);
    if (slugs) setRoles(membership, slugs);
    membership.updated_at = now();
    return view(membership);
  }

  function changeStatus(id: string, to: 'active' | 'inactive') {
    const membership = findMembership(id);
    if (membership.status === 'pending') {
      throw to === 'active'
        ? failure(400, CODES.cannotReactivatePending, 'A pending organization membership cannot be reactivated. The user needs to accept the invitation instead.')
        : failure(400, CODES.cannotDeactivatePending, 'A pending organization membership cannot be deactivated. Delete it instead.');
    }
    // Deactivating an inactive membership (or reactivating an active one) is a no-op.
    if (membership.status !== to) Object.assign(membership, { status: to, updated_at: now() });
    return view(membership);
  }

  function deleteMembership(id: string): void {
    findMembership(id);
    state.memberships = state.memberships.filter((m) => m.id !== id);
  }

  function organizationRoles(organizationId: string) {
    users.findOrganization(organizationId);
    return { object: 'list', data: rolesOf(organizationId).map(({ organizationId: _scope, ...role }) => structuredClone(role)) };
  }

  function environmentRoles() {
    return { object: 'list', data: state.roles.filter((r) => !r.organizationId).map(({ organizationId: _scope, ...role }) => structuredClone(role)) };
  }

  return {
    roleExists,
    listMemberships,
    getMembership: (id: string) => view(findMembership(id)),
    createMembership,
    addPendingMembership,
    updateMembership,
    deactivate: (id: string) => changeStatus(id, 'inactive'),
    reactivate: (id: string) => changeStatus(id, 'active'),
    deleteMembership,
    listOrganizations: (url: URL) => pageOf(state.organizations, url),
    getOrganization: (id: string) => structuredClone(users.findOrganization(id)),
    organizationRoles,
    environmentRoles,
  };
}
