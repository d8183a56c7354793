/**
 * The emulator's directory, held in SSOJet's own wire shapes and seeded from the same generator as
 * the memory adapter, so stories look alike whichever backend they run on.
 */
import { generateDirectory } from '../../../adapters/memory/directory.js';
import { createRandom, type Random } from '../../../adapters/memory/random.js';
import type { SsojetLoginLog, SsojetOrganization, SsojetPermission, SsojetRole, SsojetUser } from '../../../adapters/ssojet/wireTypes.js';
import { seedLoginLogs } from './loginLogs.js';

export interface SsojetEmulatorMembership {
  organizationId: string;
  roleIds: string[];
  /** SSOJet's membership status: `active`, or `pending` for an invitation not yet accepted. */
  status: string;
}

export interface SsojetEmulatorState {
  accountId: string;
  connectionId: string;
  /** Insertion order is the order `GET /api/v1/users` lists them in. */
  users: Map<string, SsojetUser>;
  roles: SsojetRole[];
  permissions: SsojetPermission[];
  organizations: SsojetOrganization[];
  /** By user id. */
  memberships: Map<string, SsojetEmulatorMembership[]>;
  /** Each user's sign-ins, by user id, oldest first; push to one to record a sign-in. */
  loginLogs: Map<string, SsojetLoginLog[]>;
}

export interface SeedOptions {
  seed: number;
  userCount: number;
  organizationCount: number;
}

/** The Create User answer's `organization_id` when the user joined no organization. */
export const NO_ORGANIZATION = '000000000000000000000000';

/** Mongo-style ObjectIDs: 24 hex digits, never one `isTaken` reports or this generator gave. */
export function createObjectIds(random: Random, isTaken: (id: string) => boolean = () => false) {
  const given = new Set<string>();
  return (): string => {
    for (;;) {
      let id = '';
      for (let i = 0; i < 24; i++) id += Math.floor(random() * 16).toString(16);
      if (!given.has(id) && !isTaken(id)) {
        given.add(id);
        return id;
      }
    }
  };
}

/**
 * Go's RFC 3339 with nanoseconds, trailing zeros trimmed, as SSOJet writes it
 * (`2024-07-15T06:27:32.003681223Z`). The digits below the millisecond are made up.
 */
export function goTimestamp(epochMs: number, random: Random): string {
  const millis = ((epochMs % 1000) + 1000) % 1000;
  const seconds = new Date(epochMs - millis).toISOString().slice(0, 19);
  const fraction = String(millis * 1_000_000 + Math.floor(random() * 1_000_000)).padStart(9, '0').replace(/0+$/, '');
  return `${seconds}${fraction ? `.${fraction}` : ''}Z`;
}

/** How the seeded records' slugs are made; also the slug of a permission created without one. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function seedState(options: SeedOptions): SsojetEmulatorState {
  const random = createRandom(options.seed ^ 0x550e7);
  const directory = generateDirectory(options);
  const userIds = new Set(directory.users.map((u) => u.id));
  const nextId = createObjectIds(random, (id) => userIds.has(id));

  // SSOJet roles are account-wide; the generator's organization-defined roles have no counterpart.
  const projectRoles = directory.roles.filter((r) => !r.organizationId);
  const permissionNames = [...new Set(projectRoles.flatMap((r) => r.permissions))];
  const permissions: SsojetPermission[] = permissionNames.map((name) => ({ id: nextId(), name, slug: slug(name), description: `Allows ${name}.` }));
  const permissionId = new Map(permissions.map((p) => [p.name, p.id]));

  const roleId = new Map(projectRoles.map((r) => [r.id, nextId()]));
  const roles: SsojetRole[] = projectRoles.map((r) => ({
    id: roleId.get(r.id)!,
    name: r.name,
    slug: slug(r.name),
    description: r.description ?? '',
    permission_id: r.permissions.length ? r.permissions.map((p) => permissionId.get(p)!) : null,
    is_deleted: false,
    is_active: true,
  }));

  const organizationId = new Map(directory.organizations.map((o) => [o.id, nextId()]));
  const organizations: SsojetOrganization[] = directory.organizations.map((o) => ({
    id: organizationId.get(o.id)!,
    name: o.name,
    WhiteListDomains: o.domains.length ? [...o.domains] : null,
    allow_profiles_outside_organization: false,
    domain: '',
    WorkspaceName: '',
    is_active: true,
  }));

  const accountId = nextId();
  const connectionId = nextId();
  const users = new Map<string, SsojetUser>();
  const memberships = new Map<string, SsojetEmulatorMembership[]>();
  const toRoleIds = (ids: readonly string[]) => ids.flatMap((id) => (roleId.has(id) ? [roleId.get(id)!] : []));

  for (const user of directory.users) {
    const created = goTimestamp(Date.parse(user.createdAt!), random);
    const roleIds = toRoleIds(user.roleIds);
    users.set(user.id, {
      _id: user.id,
      account_id: accountId,
      connection_id: connectionId,
      email: user.email ?? '',
      first_name: user.givenName ?? '',
      last_name: user.familyName ?? '',
      groups: null,
      raw_attributes: Object.keys(user.customAttributes).length ? { ...user.customAttributes } : null,
      roles: roleIds.length ? roleIds : null,
      passkey_credential: null,
      phone_id: user.phone ?? '',
      created_at: created,
      modified_at: created,
      email_verified: user.emailVerified,
      is_active: user.status !== 'disabled',
      LastLoginAt: user.lastLoginAt ? goTimestamp(Date.parse(user.lastLoginAt), random) : null,
      tenants: null,
      identities: null,
    });
    memberships.set(
      user.id,
      (user.memberships ?? []).map((m) => ({
        organizationId: organizationId.get(m.organization.id)!,
        roleIds: toRoleIds(m.roleIds),
        status: user.status === 'invited' ? 'pending' : 'active',
      })),
    );
  }

  return { accountId, connectionId, users, roles, permissions, organizations, memberships, loginLogs: seedLoginLogs(users.values(), options.seed) };
}

/** What `POST /api/v1/users` creates. */
export function newUser(state: SsojetEmulatorState, id: string, fields: { email: string; first_name: string; last_name: string }, now: string): SsojetUser {
  return {
    _id: id,
    account_id: state.accountId,
    connection_id: state.connectionId,
    ...fields,
    groups: null,
    raw_attributes: null,
    roles: null,
    passkey_credential: null,
    phone_id: '',
    created_at: now,
    modified_at: now,
    email_verified: false,
    is_active: true,
    LastLoginAt: null,
    tenants: null,
    identities: null,
  };
}
