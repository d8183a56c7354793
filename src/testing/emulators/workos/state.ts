/**
 * The WorkOS emulator's data, held in WorkOS's own wire shapes, and the seed that fills it from the
 * memory adapter's generated directory:
 *
 * - organizations keep the directory's ids (`org_001` …), so the matrix and stories find Acme there;
 * - the directory's project-wide roles become environment roles (slug = the directory's id), its
 *   organization roles become organization roles with WorkOS's `org-` slug prefix;
 * - memberships carry the roles held there; WorkOS has no project-wide role assignment, so the
 *   directory's project roles of a user are dropped;
 * - WorkOS has no per-user status: an `invited` person is a user who never signed in with a pending
 *   invitation to their email, a `disabled` one has every membership deactivated.
 *
 * Ids are ULID-like (`user_` + time + randomness), so id order is creation order, as WorkOS's
 * cursors rely on.
 */
import { generateDirectory } from '../../../adapters/memory/directory.js';
import { createRandom, type Random } from '../../../adapters/memory/random.js';
import type { WorkOSInvitation, WorkOSMembership, WorkOSOrganization, WorkOSRole, WorkOSUser } from '../../../adapters/workos/wire.js';

export interface WorkOSEmulatorState {
  users: WorkOSUser[];
  memberships: WorkOSMembership[];
  organizations: WorkOSOrganization[];
  /** Environment roles first, then organization roles (with `organizationId`), in priority order. */
  roles: (WorkOSRole & { organizationId?: string })[];
  invitations: WorkOSInvitation[];
}

export interface WorkOSSeedOptions {
  seed?: number;
  userCount?: number;
  organizationCount?: number;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ROLE_CREATED = '2023-01-01T00:00:00.000Z';
const INVITATION_DAYS = 7;

/** Makes WorkOS-style ids: a prefix, 10 characters of time, 16 of seeded randomness. */
export function createIdFactory(seed: number): (prefix: string, createdAt: string) => string {
  const random: Random = createRandom(seed ^ 0x3f0e05);
  return (prefix, createdAt) => {
    let time = Math.max(0, Date.parse(createdAt));
    let head = '';
    for (let i = 0; i < 10; i++) {
      head = CROCKFORD[time % 32]! + head;
      time = Math.floor(time / 32);
    }
    let tail = '';
    for (let i = 0; i < 16; i++) tail += CROCKFORD[Math.floor(random() * 32)];
    return `${prefix}_${head}${tail}`;
  };
}

/** The organization roles' slugs: WorkOS prefixes custom organization roles with `org-`. */
export const organizationRoleSlug = (directoryRoleId: string) => `org-${directoryRoleId.split(':').pop()}`;

export function newInvitation(id: string, email: string, now: string, fields: Partial<WorkOSInvitation> = {}): WorkOSInvitation {
  const token = id.slice(-20);
  return {
    object: 'invitation',
    id,
    email,
    state: 'pending',
    accepted_at: null,
    revoked_at: null,
    expires_at: new Date(Date.parse(now) + INVITATION_DAYS * 86_400_000).toISOString(),
    organization_id: null,
    inviter_user_id: null,
    accepted_user_id: null,
    role_slug: null,
    token,
    accept_invitation_url: `https://roster-emulator.example/invite?invitation_token=${token}`,
    created_at: now,
    updated_at: now,
    ...fields,
  };
}

export function seedState(options: WorkOSSeedOptions = {}): WorkOSEmulatorState {
  const directory = generateDirectory({ seed: options.seed ?? 1, userCount: options.userCount ?? 100, organizationCount: options.organizationCount });
  const newId = createIdFactory(options.seed ?? 1);

  const organizations: WorkOSOrganization[] = directory.organizations.map((org, i) => {
    const createdAt = new Date(Date.parse('2023-01-01T00:00:00Z') + i * 86_400_000).toISOString();
    return {
      object: 'organization',
      id: org.id,
      name: org.name,
      allow_profiles_outside_organization: false,
      domains: org.domains.map((domain) => ({
        object: 'organization_domain',
        id: newId('org_domain', createdAt),
        domain,
        organization_id: org.id,
        state: 'verified',
        verification_strategy: 'manual',
        created_at: createdAt,
        updated_at: createdAt,
      })),
      external_id: null,
      metadata: {},
      created_at: createdAt,
      updated_at: createdAt,
    };
  });

  const slugOf = new Map(directory.roles.map((r) => [r.id, r.organizationId ? organizationRoleSlug(r.id) : r.id]));
  const roles: WorkOSEmulatorState['roles'] = directory.roles.map((r) => ({
    object: 'role',
    id: newId('role', ROLE_CREATED),
    name: r.name,
    slug: slugOf.get(r.id)!,
    description: r.description ?? null,
    permissions: [...r.permissions],
    resource_type_slug: 'organization',
    type: r.organizationId ? 'OrganizationRole' : 'EnvironmentRole',
    created_at: ROLE_CREATED,
    updated_at: ROLE_CREATED,
    ...(r.organizationId ? { organizationId: r.organizationId } : {}),
  }));

  const users: WorkOSUser[] = [];
  const memberships: WorkOSMembership[] = [];
  const invitations: WorkOSInvitation[] = [];
  for (const u of directory.users) {
    const createdAt = u.createdAt ?? ROLE_CREATED;
    const user: WorkOSUser = {
      object: 'user',
      id: newId('user', createdAt),
      email: u.email ?? '',
      email_verified: u.emailVerified,
      first_name: u.givenName ?? null,
      last_name: u.familyName ?? null,
      profile_picture_url: null,
      last_sign_in_at: u.status === 'invited' ? null : u.lastLoginAt,
      external_id: null,
      // WorkOS metadata holds strings only, as the directory's custom attributes are.
      metadata: Object.fromEntries(Object.entries(u.customAttributes).map(([k, v]) => [k, String(v)])),
      created_at: createdAt,
      updated_at: createdAt,
    };
    users.push(user);
    for (const m of u.memberships ?? []) {
      const slugs = m.roleIds.map((id) => slugOf.get(id) ?? id);
      memberships.push({
        object: 'organization_membership',
        id: newId('om', createdAt),
        user_id: user.id,
        organization_id: m.organization.id,
        organization_name: m.organization.name,
        status: u.status === 'disabled' ? 'inactive' : 'active',
        directory_managed: false,
        role: { slug: slugs[0]! },
        roles: slugs.map((slug) => ({ slug })),
        custom_attributes: {},
        created_at: createdAt,
        updated_at: createdAt,
      });
    }
    if (u.status === 'invited') {
      const home = u.memberships?.[0]?.organization.id ?? null;
      invitations.push(newInvitation(newId('invitation', createdAt), user.email, createdAt, {
        organization_id: home,
        role_slug: home ? (memberships.at(-(u.memberships?.length ?? 1))?.role.slug ?? null) : null,
        // Seeded invitations stay pending whatever today's date is.
        expires_at: '2999-01-01T00:00:00.000Z',
      }));
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { users: users.sort(byId), memberships: memberships.sort(byId), organizations, roles, invitations: invitations.sort(byId) };
}
