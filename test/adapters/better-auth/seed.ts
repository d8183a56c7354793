/**
 * A directory in better-auth's own tables, inserted in batches (no sign-up, no password hash):
 * users with roles, bans, sign-ins (sessions, with IP and user agent), linked accounts, pending invitations, three
 * organizations with members and one dynamic access-control role each.
 *
 * Names and emails hold letters only, so the database's order and the contract's natural order
 * agree without a collation of their own.
 */
import type { Kysely } from 'kysely';

export interface SeedOptions {
  /** Default 24. */
  userCount?: number;
}

export const ORGANIZATIONS = [
  { id: 'org_001', name: 'Acme', slug: 'acme', ownRole: 'billing' },
  { id: 'org_002', name: 'Globex', slug: 'globex', ownRole: 'reviewer' },
  { id: 'org_003', name: 'Initech', slug: 'initech', ownRole: 'auditor' },
] as const;

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'John', 'Margaret', 'Ken', 'Radia', 'Dennis', 'Hedy', 'Linus', 'Katherine', 'Tim', 'Shafi', 'Niklaus', 'Sophie', 'Guido'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Backus', 'Hamilton', 'Thompson', 'Perlman', 'Ritchie', 'Lamarr', 'Torvalds', 'Johnson', 'Berners', 'Goldwasser', 'Wirth', 'Wilson', 'Rossum'];
const BASE = Date.UTC(2025, 0, 6, 9, 0, 0);
const MINUTE = 60_000;

/** a, b, …, z, ba, bb …: a suffix without digits. */
function letters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

export function seedUserId(index: number): string {
  return `user_${letters(index)}`;
}

interface Rows {
  user: Record<string, unknown>[];
  account: Record<string, unknown>[];
  session: Record<string, unknown>[];
  member: Record<string, unknown>[];
  invitation: Record<string, unknown>[];
}

function person(i: number) {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const round = Math.floor(i / (FIRST.length * LAST.length));
  const suffix = round ? `.${letters(round)}` : '';
  return { name: `${first} ${last}`, email: `${first}.${last}${suffix}@example.com`.toLowerCase() };
}

/** Which organizations user i belongs to, with which roles. */
function membershipsOf(i: number): [string, string[]][] {
  switch (i % 5) {
    case 0: return [['org_001', ['member']]];
    case 1: return [['org_001', ['admin']], ['org_002', ['member']]];
    case 2: return [['org_002', ['member']]];
    case 3: return [['org_003', ['member']]];
    default: return [];
  }
}

const AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
];

/**
 * User i's sessions still kept: the newest (every third user) is the last sign-in; every sixth
 * also keeps four older ones, two of them of one millisecond, for activity paging.
 */
function sessionsOf(i: number, userId: string, count: number, now: number): Record<string, unknown>[] {
  const newest = BASE + (count + i) * MINUTE;
  const starts = i % 6 === 0 ? [newest, newest - 90 * MINUTE, newest - 300 * MINUTE, newest - 300 * MINUTE, newest - 2000 * MINUTE] : [newest];
  return starts.map((at, n) => {
    const key = `${letters(i)}${n ? `_${letters(n)}` : ''}`;
    const createdAt = new Date(at);
    return { id: `ses_${key}`, token: `tok_${key}`, userId, createdAt, updatedAt: createdAt, expiresAt: new Date(now + 24 * 60 * MINUTE), ipAddress: `198.51.100.${(i * 7 + n) % 250 + 1}`, userAgent: AGENTS[(i + n) % AGENTS.length] };
  });
}

const PROJECT_ROLE_SETS = ['user', 'support', 'admin', 'user,auditor'];

function rowsFor(count: number, now: number): Rows {
  const rows: Rows = { user: [], account: [], session: [], member: [], invitation: [] };
  const owners = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const id = seedUserId(i);
    const { name, email } = person(i);
    const createdAt = new Date(BASE + i * MINUTE);
    const invited = i % 11 === 9;
    rows.user.push({ id, name, email, emailVerified: !invited, image: null, createdAt, updatedAt: createdAt, role: PROJECT_ROLE_SETS[i % 4], banned: i % 7 === 5, banReason: i % 7 === 5 ? 'Seeded ban' : null, banExpires: null });
    if (invited) {
      // Never signed up: no linked account, a pending invitation to Acme.
      rows.invitation.push({ id: `inv_${letters(i)}`, organizationId: 'org_001', email, role: 'member', status: 'pending', expiresAt: new Date(now + 7 * 24 * 60 * MINUTE), createdAt, inviterId: seedUserId(0) });
      continue;
    }
    rows.account.push({ id: `acc_${letters(i)}`, accountId: `gh_${letters(i)}`, providerId: 'github', userId: id, createdAt, updatedAt: createdAt });
    if (i % 3 === 0) rows.session.push(...sessionsOf(i, id, count, now));
    for (const [organizationId, roles] of membershipsOf(i)) {
      // The first two members of each organization also own it, so none has a single owner.
      const seen = owners.get(organizationId) ?? 0;
      owners.set(organizationId, seen + 1);
      const role = seen < 2 ? ['owner', ...roles] : roles;
      rows.member.push({ id: `mem_${letters(i)}_${organizationId}`, organizationId, userId: id, role: role.join(','), createdAt });
    }
  }
  return rows;
}

async function insertAll(db: Kysely<any>, table: string, rows: Record<string, unknown>[]): Promise<void> {
  // Postgres takes at most 65,535 parameters per statement.
  for (let start = 0; start < rows.length; start += 2000) {
    await db.insertInto(table).values(rows.slice(start, start + 2000)).execute();
  }
}

export async function seedDirectory(db: Kysely<any>, options: SeedOptions = {}): Promise<void> {
  const now = Date.now();
  await db.insertInto('organization').values(ORGANIZATIONS.map((o, i) => ({ id: o.id, name: o.name, slug: o.slug, logo: null, createdAt: new Date(BASE - (3 - i) * MINUTE), metadata: null }))).execute();
  await db
    .insertInto('organizationRole')
    .values(ORGANIZATIONS.map((o) => ({ id: `role_${o.slug}`, organizationId: o.id, role: o.ownRole, permission: JSON.stringify({ ac: ['read'] }), createdAt: new Date(BASE) })))
    .execute();
  const rows = rowsFor(options.userCount ?? 24, now);
  await insertAll(db, 'user', rows.user);
  await insertAll(db, 'account', rows.account);
  await insertAll(db, 'session', rows.session);
  await insertAll(db, 'member', rows.member);
  await insertAll(db, 'invitation', rows.invitation);
}
