/**
 * The Clerk emulator's data, held in Clerk's own wire shapes, and the seed that fills it from the
 * memory adapter's generated directory, read the way Clerk models it:
 * - organizations keep their ids (`org_001` …, Clerk's `org_` prefix), so the matrix finds ACME;
 * - the directory's roles become the instance's organization roles (`org:admin`, `org:member`,
 *   custom `org:…`); each membership keeps ONE role, its first, as Clerk allows one;
 * - `disabled` users are `banned`; `invited` people are pending instance invitations, not users;
 * - phone numbers are verified as the directory says; each user who signed in has sessions.
 */
import { generateDirectory } from '../../../adapters/memory/directory.js';
import { createRandom } from '../../../adapters/memory/random.js';
import type { ClerkEmailAddress, ClerkInvitation, ClerkOrganization, ClerkPermission, ClerkPhoneNumber, ClerkRole, ClerkSession, ClerkUser } from '../../../adapters/clerk/wire.js';
import { seedSessions } from './sessions.js';

/** One membership as Clerk stores it; the wire record is built from it on every answer. */
export interface ClerkMembershipRecord {
  id: string;
  organization_id: string;
  user_id: string;
  role: string;
  public_metadata: Record<string, unknown>;
  private_metadata: Record<string, unknown>;
  created_at: number;
  updated_at: number;
}

export interface ClerkEmulatorState {
  /** In creation order. */
  users: ClerkUser[];
  organizations: ClerkOrganization[];
  memberships: ClerkMembershipRecord[];
  roles: ClerkRole[];
  invitations: ClerkInvitation[];
  /** Every session, ended ones too: each user's sign-in history. */
  sessions: ClerkSession[];
}

export interface ClerkSeedOptions {
  seed?: number;
  userCount?: number;
  organizationCount?: number;
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Clerk ids: a prefix and 27 letters and digits (`user_2abc…`). Deterministic per seed. */
export function createIdFactory(seed: number): (prefix: string) => string {
  const random = createRandom(seed ^ 0xc1e4);
  return (prefix) => {
    let id = `${prefix}_2`;
    for (let i = 0; i < 26; i++) id += ID_CHARS[Math.floor(random() * ID_CHARS.length)];
    return id;
  };
}

const SEED_TIME = Date.UTC(2023, 0, 1);
const SYSTEM_PERMISSIONS = ['org:sys_profile:manage', 'org:sys_profile:delete', 'org:sys_memberships:read', 'org:sys_memberships:manage', 'org:sys_domains:read', 'org:sys_domains:manage'];

/** The directory's role ids → the instance's organization role keys. */
const ROLE_KEYS: Record<string, string> = {
  owner: 'org:admin',
  admin: 'org:admin',
  member: 'org:member',
  viewer: 'org:viewer',
  billing: 'org:billing',
  support: 'org:support',
  auditor: 'org:auditor',
  developer: 'org:developer',
};

function permission(key: string, index: number): ClerkPermission {
  return { id: `perm_${String(index).padStart(27, '0')}`, object: 'permission', name: key, key, description: '', type: key.startsWith('org:sys_') ? 'system' : 'user', created_at: SEED_TIME, updated_at: SEED_TIME };
}

function seedRoles(directoryRoles: ReturnType<typeof generateDirectory>['roles']): ClerkRole[] {
  const byKey = new Map<string, ClerkRole>();
  // `owner` folds into `org:admin`, which keeps Clerk's own name for it, "Admin".
  directoryRoles.filter((r) => !r.organizationId && r.id !== 'owner').forEach((r, i) => {
    const key = ROLE_KEYS[r.id] ?? `org:${r.id}`;
    if (byKey.has(key)) return;
    // Custom permissions are `org:<feature>:<action>`, as the directory's are `<feature>:<action>`.
    const custom = r.permissions.map((p) => `org:${p}`);
    const keys = key === 'org:admin' ? [...SYSTEM_PERMISSIONS, ...custom] : key === 'org:member' ? ['org:sys_memberships:read', ...custom] : custom;
    byKey.set(key, {
      id: `role_${String(i + 1).padStart(27, '0')}`,
      object: 'role',
      name: r.name,
      key,
      description: r.description ?? '',
      is_creator_eligible: key === 'org:admin',
      permissions: keys.map(permission),
      created_at: SEED_TIME,
      updated_at: SEED_TIME,
    });
  });
  return [...byKey.values()];
}

export function blankUser(id: string, now: number): ClerkUser {
  return {
    id,
    object: 'user',
    external_id: null,
    primary_email_address_id: null,
    primary_phone_number_id: null,
    primary_web3_wallet_id: null,
    username: null,
    first_name: null,
    last_name: null,
    image_url: `https://img.clerk.com/placeholder/${id}`,
    has_image: false,
    public_metadata: {},
    private_metadata: {},
    unsafe_metadata: {},
    email_addresses: [],
    phone_numbers: [],
    web3_wallets: [],
    external_accounts: [],
    enterprise_accounts: [],
    password_enabled: false,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: 100,
    last_sign_in_at: null,
    last_active_at: null,
    legal_accepted_at: null,
    create_organization_enabled: true,
    create_organizations_limit: null,
    delete_self_enabled: true,
    created_at: now,
    updated_at: now,
  };
}

export function emailAddress(id: string, email: string, now: number): ClerkEmailAddress {
  return {
    id,
    object: 'email_address',
    email_address: email,
    reserved: false,
    // Addresses created through the Backend API are verified unless created as reserved.
    verification: { status: 'verified', strategy: 'admin', attempts: null, expire_at: null },
    linked_to: [],
    created_at: now,
    updated_at: now,
  };
}

export function phoneNumber(id: string, phone: string, now: number): ClerkPhoneNumber {
  return {
    id,
    object: 'phone_number',
    phone_number: phone,
    reserved_for_second_factor: false,
    default_second_factor: false,
    reserved: false,
    verification: { status: 'verified', strategy: 'admin', attempts: null, expire_at: null },
    linked_to: [],
    backup_codes: null,
    created_at: now,
    updated_at: now,
  };
}

export function seedState(options: ClerkSeedOptions, newId: (prefix: string) => string): ClerkEmulatorState {
  const directory = generateDirectory({ seed: options.seed ?? 1, userCount: options.userCount ?? 100, organizationCount: options.organizationCount });
  const roles = seedRoles(directory.roles);
  const organizations: ClerkOrganization[] = directory.organizations.map((org, i) => ({
    id: org.id,
    object: 'organization',
    name: org.name,
    slug: org.domains[0]!.replace(/\.example$/, ''),
    image_url: '',
    has_image: false,
    max_allowed_memberships: 0,
    admin_delete_enabled: true,
    public_metadata: {},
    private_metadata: {},
    created_by: '',
    created_at: SEED_TIME + i * 86_400_000,
    updated_at: SEED_TIME + i * 86_400_000,
  }));

  const users: ClerkUser[] = [];
  const memberships: ClerkMembershipRecord[] = [];
  const invitations: ClerkInvitation[] = [];
  for (const person of directory.users) {
    const created = Date.parse(person.createdAt!);
    if (person.status === 'invited') {
      const id = newId('inv');
      invitations.push({ id, object: 'invitation', email_address: person.email!, public_metadata: { ...person.customAttributes }, revoked: false, status: 'pending', url: null, expires_at: created + 30 * 86_400_000, created_at: created, updated_at: created });
      continue;
    }
    const user = blankUser(newId('user'), created);
    const email = emailAddress(newId('idn'), person.email!, created);
    user.email_addresses = [email];
    user.primary_email_address_id = email.id;
    if (person.phone) {
      const phone = phoneNumber(newId('idn'), person.phone.replace(/\s+/g, ''), created);
      if (person.phoneVerified === false) phone.verification = null;
      user.phone_numbers = [phone];
      user.primary_phone_number_id = phone.id;
    }
    user.first_name = person.givenName ?? null;
    user.last_name = person.familyName ?? null;
    user.public_metadata = { ...person.customAttributes };
    user.password_enabled = true;
    user.banned = person.status === 'disabled';
    user.last_sign_in_at = person.lastLoginAt ? Date.parse(person.lastLoginAt) : null;
    user.last_active_at = user.last_sign_in_at;
    users.push(user);
    for (const m of person.memberships ?? []) {
      const role = ROLE_KEYS[m.roleIds[0] ?? ''] ?? 'org:member';
      memberships.push({ id: newId('orgmem'), organization_id: m.organization.id, user_id: user.id, role, public_metadata: {}, private_metadata: {}, created_at: created, updated_at: created });
    }
  }
  // Session ids come from a stream of their own: every other id stays as it was without sessions.
  const sessionIds = createIdFactory((options.seed ?? 1) ^ 0x5e55);
  return { users, organizations, memberships, roles, invitations, sessions: seedSessions(users, sessionIds, options.seed ?? 1) };
}
