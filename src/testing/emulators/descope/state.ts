/**
 * The Descope emulator's data, held in Descope's own wire shapes, and the seed that fills it from
 * the memory adapter's generated directory: organizations become tenants, organization roles
 * become tenant-scoped roles, memberships become `userTenants`.
 */
import { generateDirectory } from '../../../adapters/memory/directory.js';
import { createRandom, type Random } from '../../../adapters/memory/random.js';
import type { DescopeAuditRecord, DescopeCustomAttribute } from '../../../adapters/descope/detailsWire.js';
import type { DescopePermission, DescopeRole, DescopeTenant, DescopeUser, DescopeUserStatus } from '../../../adapters/descope/wire.js';
import type { UserStatus } from '../../../core/model.js';
import { seedAudits, type SeededAccount } from './audits.js';
import { seedCustomAttributes } from './customAttributes.js';

export interface DescopeEmulatorState {
  /** In creation order, which is the order search answers in when it is not asked to sort. */
  users: DescopeUser[];
  /** Project roles and tenant-scoped ones (with `tenantId`); users name them by name. */
  roles: DescopeRole[];
  /** Every permission of the project; roles name them by name in `permissionNames`. */
  permissions: DescopePermission[];
  tenants: DescopeTenant[];
  /** The audit trail, in the order it was recorded; the audit search answers newest first. */
  audits: DescopeAuditRecord[];
  /** The custom attribute schema; `editable` is what a tenant admin may edit. */
  customAttributes: DescopeCustomAttribute[];
  /** Every invitation sent (on an inviting create, and each time one is sent again), oldest first. */
  invitations: DescopeInvitation[];
}

/** An invitation the emulator "sent": Descope keeps none of this on the user. */
export interface DescopeInvitation {
  userId: string;
  loginId: string;
  /** Epoch milliseconds. */
  sentAt: number;
}

export interface DescopeSeedOptions {
  seed?: number;
  userCount?: number;
  organizationCount?: number;
}

const STATUS: Record<UserStatus, DescopeUserStatus> = { active: 'enabled', invited: 'invited', disabled: 'disabled' };
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const toSeconds = (iso: string | null) => (iso ? Math.floor(Date.parse(iso) / 1000) : 0);

function createIdFactory(seed: number, prefix: string): () => string {
  const random: Random = createRandom(seed);
  return () => {
    let id = prefix;
    for (let i = 0; i < 24; i++) id += ID_CHARS[Math.floor(random() * ID_CHARS.length)];
    return id;
  };
}

/** Descope user ids look like `U2` + 24 characters. */
export const createUserIdFactory = (seed: number): (() => string) => createIdFactory(seed ^ 0xde5c0e, 'U2');

/** Tenant ids Descope makes look like `T2` + 24 characters (a caller may choose its own instead). */
export const createTenantIdFactory = (seed: number): (() => string) => createIdFactory(seed ^ 0x7e4a47, 'T2');

/** A user record with every field Descope sends, at Descope's empty values. */
export function blankUser(userId: string, loginId: string): DescopeUser {
  return {
    loginIds: [loginId],
    userId,
    name: '',
    email: '',
    phone: '',
    verifiedEmail: false,
    verifiedPhone: false,
    roleNames: [],
    userTenants: [],
    status: 'enabled',
    externalIds: [loginId],
    picture: '',
    test: false,
    customAttributes: {},
    createdTime: Math.floor(Date.now() / 1000),
    givenName: '',
    middleName: '',
    familyName: '',
    editable: true,
    ssoAppIds: [],
    TOTP: false,
    SAML: false,
    SCIM: false,
    OIDC: false,
    OAuth: {},
    webauthn: false,
    password: false,
    push: false,
  };
}

export function seedState(options: DescopeSeedOptions = {}): DescopeEmulatorState {
  const directory = generateDirectory({ seed: options.seed ?? 1, userCount: options.userCount ?? 100, organizationCount: options.organizationCount });
  const roleById = new Map(directory.roles.map((r) => [r.id, r]));
  const roleName = (id: string) => roleById.get(id)?.name ?? id;

  const tenants: DescopeTenant[] = directory.organizations.map((org, i) => ({
    id: org.id,
    name: org.name,
    selfProvisioningDomains: [...org.domains],
    domains: [],
    customAttributes: {},
    createdTime: toSeconds('2023-01-01T00:00:00Z') + i * 86_400,
    disabled: false,
  }));

  const roles: DescopeRole[] = directory.roles.map((r) => ({
    name: r.name,
    description: r.description ?? '',
    permissionNames: [...r.permissions],
    createdTime: toSeconds('2023-01-01T00:00:00Z'),
    ...(r.organizationId ? { tenantId: r.organizationId } : {}),
    default: false,
    private: false,
  }));

  // The directory names permissions only inside its roles: each distinct name becomes one.
  const permissions: DescopePermission[] = [...new Set(directory.roles.flatMap((r) => r.permissions))].map((name) => ({ name, description: '', systemDefault: false }));

  const users = directory.users.map((u): DescopeUser => {
    const email = u.email ?? '';
    return {
      ...blankUser(`U2${u.id}`, email),
      name: u.name ?? '',
      email,
      phone: u.phone?.replace(/\s+/g, '') ?? '',
      verifiedEmail: u.emailVerified,
      roleNames: u.roleIds.map(roleName),
      userTenants: (u.memberships ?? []).map((m) => ({ tenantId: m.organization.id, tenantName: m.organization.name, roleNames: m.roleIds.map(roleName) })),
      status: STATUS[u.status],
      verifiedPhone: u.phoneVerified === true,
      customAttributes: { ...u.customAttributes },
      createdTime: toSeconds(u.createdAt),
      givenName: u.givenName ?? '',
      familyName: u.familyName ?? '',
      password: u.status !== 'invited',
    };
  });
  // The directory names an inviter by name or email; Descope's trail names the actor by user id.
  const byNameOrEmail = new Map(users.flatMap((d) => [[d.name, d.userId] as const, [d.email, d.userId] as const]));
  const accounts = directory.users.map((u, i): SeededAccount => ({
    user: users[i]!,
    createdAt: Date.parse(u.createdAt!),
    lastLoginAt: u.lastLoginAt ? Date.parse(u.lastLoginAt) : null,
    invitedBy: (u.invitation?.invitedBy && byNameOrEmail.get(u.invitation.invitedBy)) || null,
  }));
  const invitations = directory.users.flatMap((u, i): DescopeInvitation[] =>
    u.status === 'invited' ? [{ userId: users[i]!.userId, loginId: users[i]!.loginIds[0]!, sentAt: Date.parse(u.invitation?.sentAt ?? u.createdAt!) }] : [],
  );

  return { users, roles, permissions, tenants, audits: seedAudits(accounts, options.seed ?? 1), customAttributes: seedCustomAttributes(), invitations };
}
