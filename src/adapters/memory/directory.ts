/**
 * The seeded directory behind the memory adapter: realistic people spread over organizations,
 * every status, project-wide and organization-scoped roles, invitations, verified phones and typed
 * custom attributes (generatedDetails.ts). Deterministic for a given seed, and fast enough to make
 * 100,000 users for benchmarks.
 */
import type { Membership, Organization, Permission, Role, User, UserStatus } from '../../core/model.js';
import { addGeneratedDetails } from './generatedDetails.js';
import { permissionsOfRoles } from './permissions.js';
import { createRandom, pick, pickSome } from './random.js';

export interface DirectoryOptions {
  seed?: number;
  /** Default 500. */
  userCount?: number;
  /** Default 12, at most the number of built-in organization names times 10. */
  organizationCount?: number;
}

export interface Directory {
  users: User[];
  roles: Role[];
  organizations: Organization[];
  /**
   * The permissions roles can grant. Left out of a directory given to the adapter, it is made
   * from the names the roles grant; a generated directory and a snapshot always hold it.
   */
  permissions?: Permission[];
}

const GIVEN_NAMES = [
  'Amara', 'Ben', 'Chloé', 'Dmitri', 'Elena', 'Farah', 'Gustavo', 'Hana', 'Ibrahim', 'Jana', 'Kenji', 'Leila',
  'Mateo', 'Nadia', 'Oluwaseun', 'Priya', 'Quinn', 'Rafael', 'Sofia', 'Tomás', 'Uma', 'Viktor', 'Wei', 'Ximena',
  'Yusuf', 'Zoë', 'Aiden', 'Beatriz', 'Caleb', 'Daniela', 'Emeka', 'Freya', 'Giulia', 'Hiroshi', 'Ingrid', 'Jamal',
  'Kavya', 'Lars', 'Mei', 'Noah', 'Olivia', 'Pablo', 'Rania', 'Sven', 'Thandiwe', 'Ulrich', 'Valentina', 'Wiktoria',
  'Yara', 'Zainab', 'Anders', 'Björn', 'Camille', 'Diego', 'Esther', 'Fatima', 'George', 'Helena', 'Isaac', 'Julia',
];
const FAMILY_NAMES = [
  'Okafor', 'Müller', 'García', 'Nakamura', 'Ivanova', 'Haddad', 'Silva', 'Kim', 'Nguyen', 'Kowalski', 'Ólafsdóttir',
  'Patel', 'Johansson', "O'Brien", 'Rossi', 'Dubois', 'Chen', 'Mensah', 'Schmidt', 'Fernández', 'Novak', 'Yilmaz',
  'Andersen', 'Moreau', 'Sato', 'Abubakar', 'Costa', 'Hernández', 'Lindqvist', 'Mbeki', 'Petrov', 'Rahman', 'Tanaka',
  'van der Berg', 'Walsh', 'Zhang', 'Adeyemi', 'Becker', 'Castillo', 'De Luca', 'Eriksen', 'Fischer', 'Gupta',
  'Horvat', 'Iyer', 'Jensen', 'Kaur', 'López', 'Martins', 'Nowak', 'Ortiz', 'Popescu', 'Quispe', 'Romano', 'Santos',
];
const ORGANIZATION_NAMES = [
  'Acme Corporation', 'Globex', 'Initech', 'Umbrella Health', 'Stark Industries', 'Wayne Logistics', 'Hooli',
  'Vandelay Imports', 'Soylent Foods', 'Tyrell Systems', 'Cyberdyne Labs', 'Wonka Confectionery',
  'Massive Dynamic', 'Oceanic Airlines', 'Pied Piper', 'Aperture Science', 'Black Mesa', 'Gringotts Bank',
];

const PROJECT_ROLES: Role[] = [
  { id: 'owner', name: 'Owner', description: 'Full control of the account, including billing and deletion.', permissions: ['users:read', 'users:write', 'users:delete', 'roles:manage', 'billing:manage', 'settings:manage'] },
  { id: 'admin', name: 'Admin', description: 'Manages users, roles and settings.', permissions: ['users:read', 'users:write', 'users:delete', 'roles:manage', 'settings:manage'] },
  { id: 'member', name: 'Member', description: 'Uses the product.', permissions: ['users:read', 'projects:write'] },
  { id: 'viewer', name: 'Viewer', description: 'Read-only access.', permissions: ['users:read', 'projects:read'] },
  { id: 'billing', name: 'Billing manager', description: 'Sees invoices and changes the plan.', permissions: ['billing:manage', 'billing:read'] },
  { id: 'support', name: 'Support agent', description: 'Helps customers; can reset sign-in methods.', permissions: ['users:read', 'users:reset-credentials'] },
  { id: 'auditor', name: 'Auditor', description: 'Reads audit logs and exports reports.', permissions: ['audit:read', 'reports:export'] },
  { id: 'developer', name: 'Developer', description: 'Manages API keys and webhooks.', permissions: ['apikeys:manage', 'webhooks:manage', 'projects:write'] },
];

/** The project-wide roles most people hold, weighted so "Member" dominates as in real tenants. */
const COMMON_ROLE_IDS = ['member', 'member', 'member', 'viewer', 'viewer', 'admin', 'developer', 'support', 'billing', 'auditor', 'owner'];

/** Fixed reference time so the same seed gives the same dates on every machine and day. */
const EPOCH = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '');
}

function objectId(random: () => number): string {
  let id = '';
  for (let i = 0; i < 24; i++) id += Math.floor(random() * 16).toString(16);
  return id;
}

export function generateDirectory(options: DirectoryOptions = {}): Directory {
  const random = createRandom(options.seed ?? 1);
  const userCount = options.userCount ?? 500;
  const organizationCount = Math.min(options.organizationCount ?? 12, ORGANIZATION_NAMES.length * 10);

  const organizations: Organization[] = Array.from({ length: organizationCount }, (_, i) => {
    const base = ORGANIZATION_NAMES[i % ORGANIZATION_NAMES.length]!;
    const name = i < ORGANIZATION_NAMES.length ? base : `${base} ${Math.floor(i / ORGANIZATION_NAMES.length) + 1}`;
    const domain = `${slug(name)}.example`;
    return { id: `org_${String(i + 1).padStart(3, '0')}`, name, domains: [domain] };
  });

  // Every third organization defines roles of its own, as tenant-scoped roles do in Descope.
  const organizationRoles: Role[] = organizations.flatMap((org, i) =>
    i % 3 === 0
      ? [
          { id: `${org.id}:approver`, name: 'Approver', description: `Approves purchases at ${org.name}.`, permissions: ['purchases:approve'], organizationId: org.id },
          { id: `${org.id}:site-lead`, name: 'Site lead', description: `Leads a site of ${org.name}.`, permissions: ['sites:manage', 'users:read'], organizationId: org.id },
        ]
      : [],
  );
  const roles = [...PROJECT_ROLES.map((r) => ({ ...r, organizationId: null })), ...organizationRoles];

  const usedEmails = new Set<string>();
  const users: User[] = [];
  for (let i = 0; i < userCount; i++) {
    const givenName = pick(random, GIVEN_NAMES);
    const familyName = pick(random, FAMILY_NAMES);
    const home = pick(random, organizations);
    let email = `${slug(givenName)}.${slug(familyName)}@${home.domains[0]}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${slug(givenName)}.${slug(familyName)}${n}@${home.domains[0]}`;
    usedEmails.add(email);

    const roll = random();
    const status: UserStatus = roll < 0.8 ? 'active' : roll < 0.92 ? 'invited' : 'disabled';
    const createdAt = EPOCH - Math.floor(random() * 3 * 365 * DAY);
    const lastLoginAt = status === 'invited' ? null : Math.min(EPOCH, createdAt + Math.floor(random() * 400 * DAY));

    const others = pickSome(random, organizations.filter((o) => o.id !== home.id), random() < 0.7 ? 0 : random() < 0.7 ? 1 : 2);
    const memberships: Membership[] = [home, ...others].map((org) => {
      const scoped = organizationRoles.filter((r) => r.organizationId === org.id);
      const roleIds = [pick(random, COMMON_ROLE_IDS)];
      if (scoped.length && random() < 0.3) roleIds.push(pick(random, scoped).id);
      return { organization: { id: org.id, name: org.name }, roleIds };
    });

    const roleIds = [...new Set([pick(random, COMMON_ROLE_IDS), ...(random() < 0.2 ? [pick(random, COMMON_ROLE_IDS)] : [])])];
    users.push({
      id: objectId(random),
      email,
      name: `${givenName} ${familyName}`,
      givenName,
      familyName,
      phone: random() < 0.4 ? `+1 555 ${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}` : null,
      picture: null,
      status,
      emailVerified: status !== 'invited',
      roleIds,
      memberships,
      createdAt: new Date(createdAt).toISOString(),
      lastLoginAt: lastLoginAt === null ? null : new Date(lastLoginAt).toISOString(),
      customAttributes: random() < 0.3 ? { department: pick(random, ['Sales', 'Engineering', 'Finance', 'Operations', 'Legal']) } : {},
    });
  }
  addGeneratedDetails(users, options.seed ?? 1, EPOCH);
  return { users, roles, organizations, permissions: permissionsOfRoles(roles) };
}
