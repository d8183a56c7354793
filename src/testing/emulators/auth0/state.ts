/**
 * The Auth0 emulator's data, held in Auth0's own wire shapes, and the seed that fills it from the
 * memory adapter's generated directory: users become database-connection users (`auth0|…`),
 * project roles become tenant roles (`rol_…`), organizations become Auth0 organizations with a
 * slug `name` and a `display_name`, memberships keep the roles held in each.
 *
 * The directory's organization-scoped roles have no counterpart in Auth0's long-standing model
 * (every role is the tenant's and can be held in any organization), so they are left out, as are
 * phone numbers: a database-connection user has none.
 */
import { generateDirectory } from '../../../adapters/memory/directory.js';
import { seedLogs } from './logs.js';
import { AUTH0_DEFAULT_CONNECTION, type Auth0Invitation, type Auth0Log, type Auth0Organization, type Auth0Permission, type Auth0Role, type Auth0User } from '../../../adapters/auth0/wire.js';

export interface Auth0EmulatorMember {
  userId: string;
  /** Role ids held in the organization. */
  roles: string[];
}

export interface Auth0EmulatorState {
  /** In creation order, which is the order `GET /users` answers in when it is not asked to sort. */
  users: Auth0User[];
  /** Tenant roles and the permissions each grants. */
  roles: Auth0Role[];
  permissions: Record<string, Auth0Permission[]>;
  /** Role ids held tenant-wide, by user id. */
  userRoles: Record<string, string[]>;
  organizations: Auth0Organization[];
  /** Members of each organization, by organization id. */
  members: Record<string, Auth0EmulatorMember[]>;
  invitations: Auth0Invitation[];
  /** Every user's log events, in the order recorded (logs.ts). */
  logs: Auth0Log[];
  /** Database connections users can be created in. */
  connections: string[];
}

export interface Auth0SeedOptions {
  seed?: number;
  userCount?: number;
  organizationCount?: number;
}

/** The API every seeded permission belongs to: the tenant's own application API. */
export const SEED_API_IDENTIFIER = 'https://api.roster-emulator.example';

/** The Auth0 id of the generated directory's organization `org_001` etc.: `org_` and 16 characters. */
export function auth0OrganizationId(directoryId: string): string {
  const n = Number(/\d+$/.exec(directoryId)?.[0] ?? 0);
  return `org_RosterEmu${String(n).padStart(7, '0')}`;
}

/** The Auth0 id of a directory role: `rol_` and 16 letters and digits. */
export function auth0RoleId(directoryId: string): string {
  return `rol_${`${directoryId.replace(/[^A-Za-z0-9]/g, '')}0000000000000000`.slice(0, 16)}`;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function seedState(options: Auth0SeedOptions = {}): Auth0EmulatorState {
  const directory = generateDirectory({ seed: options.seed ?? 1, userCount: options.userCount ?? 100, organizationCount: options.organizationCount });
  const projectRoles = directory.roles.filter((r) => !r.organizationId);
  const tenantRoleIds = new Set(projectRoles.map((r) => r.id));
  const keepTenantRoles = (ids: readonly string[]) => ids.filter((id) => tenantRoleIds.has(id)).map(auth0RoleId);

  const roles: Auth0Role[] = projectRoles.map((r) => ({ id: auth0RoleId(r.id), name: r.name, description: r.description ?? '' }));
  const permissions = Object.fromEntries(
    projectRoles.map((r) => [
      auth0RoleId(r.id),
      r.permissions.map((p): Auth0Permission => ({ permission_name: p, resource_server_identifier: SEED_API_IDENTIFIER, resource_server_name: 'Roster emulator API', description: '' })),
    ]),
  );

  const organizations: Auth0Organization[] = directory.organizations.map((o) => ({
    id: auth0OrganizationId(o.id),
    name: slug(o.name),
    display_name: o.name,
    metadata: {},
  }));
  const members: Record<string, Auth0EmulatorMember[]> = Object.fromEntries(organizations.map((o) => [o.id, []]));
  const userRoles: Record<string, string[]> = {};

  const users = directory.users.map((u): Auth0User => {
    const id = u.id;
    const userId = `auth0|${id}`;
    userRoles[userId] = keepTenantRoles(u.roleIds);
    for (const m of u.memberships ?? []) members[auth0OrganizationId(m.organization.id)]!.push({ userId, roles: keepTenantRoles(m.roleIds) });
    const createdAt = u.createdAt ?? '2024-01-01T00:00:00.000Z';
    return {
      user_id: userId,
      email: u.email ?? undefined,
      email_verified: u.emailVerified,
      created_at: createdAt,
      updated_at: u.lastLoginAt ?? createdAt,
      identities: [{ connection: AUTH0_DEFAULT_CONNECTION, user_id: id, provider: 'auth0', isSocial: false }],
      app_metadata: { ...u.customAttributes },
      user_metadata: {},
      picture: `https://s.gravatar.com/avatar/${id.slice(0, 16)}?s=480&r=pg&d=mp`,
      name: u.name ?? u.email ?? '',
      nickname: (u.email ?? '').split('@')[0] ?? '',
      given_name: u.givenName ?? undefined,
      family_name: u.familyName ?? undefined,
      ...(u.lastLoginAt ? { last_login: u.lastLoginAt, last_ip: '192.0.2.10', logins_count: 1 + (parseInt(id.slice(0, 2), 16) % 40) } : { logins_count: 0 }),
      // Auth0 has no pending user: the directory's invited people are users who never signed in.
      ...(u.status === 'disabled' ? { blocked: true } : {}),
    };
  });

  const logs = seedLogs(users, options.seed ?? 1);
  return { users, roles, permissions, userRoles, organizations, members, invitations: [], logs, connections: [AUTH0_DEFAULT_CONNECTION] };
}
