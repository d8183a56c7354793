/**
 * First start (or ROSTER_EXAMPLE_RESEED=1): three sign-in accounts created through better-auth's
 * own sign-up (real password hashes), and a few hundred more users, organizations and memberships
 * by batch insert — a password hash per user would take minutes.
 */
import { sql } from 'kysely';
import type { ExampleDatabase } from './betterAuth.js';

export const DEMO_PASSWORD = 'roster-demo-password';

export const SIGN_INS = [
  { email: 'pat@example.com', name: 'Pat Project', what: 'project admin (every organization)' },
  { email: 'ana@example.com', name: 'Ana Acme', what: 'owner of Acme Corporation' },
  { email: 'bo@example.com', name: 'Bo Globex', what: 'owner of Globex' },
] as const;

const ORGS = [
  { id: 'org_acme', name: 'Acme Corporation', slug: 'acme' },
  { id: 'org_globex', name: 'Globex', slug: 'globex' },
  { id: 'org_initech', name: 'Initech', slug: 'initech' },
];
const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'John', 'Margaret', 'Ken', 'Radia', 'Dennis', 'Hedy', 'Linus', 'Katherine'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Backus', 'Hamilton', 'Thompson', 'Perlman', 'Ritchie', 'Lamarr', 'Torvalds', 'Johnson'];

export async function isSeeded({ db }: ExampleDatabase): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from "user"`.execute(db);
  return rows[0]!.n > 0;
}

export async function seed({ db, pglite, auth }: ExampleDatabase): Promise<void> {
  await pglite.exec('truncate table "user", "organization", "verification" cascade');
  const ids: Record<string, string> = {};
  for (const who of SIGN_INS) {
    const { user } = await auth.api.signUpEmail({ body: { email: who.email, password: DEMO_PASSWORD, name: who.name } });
    ids[who.email] = user.id;
  }
  await sql`update "user" set role = 'admin', "emailVerified" = true where id = ${ids['pat@example.com']!}`.execute(db);
  const now = Date.now();
  await db.insertInto('organization').values(ORGS.map((o) => ({ ...o, logo: null, metadata: null, createdAt: new Date(now) }))).execute();
  await db.insertInto('organizationRole').values({ id: 'role_acme_billing', organizationId: 'org_acme', role: 'billing', permission: JSON.stringify({ ac: ['read'] }), createdAt: new Date(now) }).execute();
  const users = FIRST.flatMap((first, i) =>
    LAST.map((last, j) => {
      const n = i * LAST.length + j;
      const createdAt = new Date(now - (FIRST.length * LAST.length - n) * 3_600_000);
      return { id: `seed_${n}`, name: `${first} ${last}`, email: `${first}.${last}@example.com`.toLowerCase(), emailVerified: n % 4 !== 0, image: null, createdAt, updatedAt: createdAt, role: n % 9 === 0 ? 'admin' : 'user', banned: n % 13 === 5, banReason: n % 13 === 5 ? 'Seeded ban' : null, banExpires: null };
    }),
  );
  await db.insertInto('user').values(users).execute();
  const members = users.flatMap((u, n) => (n % 4 === 3 ? [] : [{ id: `mem_${u.id}`, organizationId: ORGS[n % 3]!.id, userId: u.id, role: n % 10 === 0 ? 'admin' : 'member', createdAt: u.createdAt }]));
  members.push(
    { id: 'mem_ana', organizationId: 'org_acme', userId: ids['ana@example.com']!, role: 'owner', createdAt: new Date(now) },
    { id: 'mem_bo', organizationId: 'org_globex', userId: ids['bo@example.com']!, role: 'owner', createdAt: new Date(now) },
  );
  await db.insertInto('member').values(members).execute();
}
