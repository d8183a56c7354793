/**
 * One user, whole: lookup by email, the activity log, verification, invitations and custom
 * attributes (attributeChecks.ts). Each check needs its `capabilities.details` flag and method, and is skipped with the
 * reason where either is missing. A check changes a user of its own where the adapter can create
 * one, and deletes it afterwards, so it can run against a shared backend.
 */
import type { RosterAdapter } from '../../core/adapter.js';
import type { ActivityEvent, User } from '../../core/model.js';
import { userDetailsAvailable } from '../../core/userDetails.js';
import { parseActivityPage, parseUser, parseUsersPage } from '../../core/validate.js';
import { check, checkEqual, checkRejects, ContractFailure } from '../assert.js';
import { attributeChecks } from './attributeChecks.js';
import { edits, invites, offers, offersAny, ownUser } from './detailsKit.js';
import { allOf, EDITED_VALUES, isCode, newEmail, UNKNOWN_ID, type Check } from './kit.js';

/** `ada.lovelace@x.example` → `AdA.LoVeLaCe@X.ExAmPlE`. */
const mixedCase = (text: string) => [...text].map((c, i) => (i % 2 ? c.toLowerCase() : c.toUpperCase())).join('');

/** Each entry no newer than the one before it. */
function checkNewestFirst(events: readonly ActivityEvent[], where: string): void {
  for (let i = 1; i < events.length; i++) {
    const [newer, older] = [events[i - 1]!, events[i]!];
    check(Date.parse(newer.at) >= Date.parse(older.at), `${where}: “${newer.at}” came before “${older.at}”; activity must be newest first`);
  }
}

/** The first page of a user's activity. */
async function latestActivity(adapter: RosterAdapter, userId: string, size: number): Promise<ActivityEvent[]> {
  return parseActivityPage(await adapter.listUserActivity!(userId, { page: { size } })).items;
}

/** A user among the first 20 whose activity fills more than one page of 2. */
async function userWithActivity(adapter: RosterAdapter): Promise<string> {
  const { items } = parseUsersPage(await adapter.listUsers({ page: { size: 20 } }));
  for (const user of items) if (parseActivityPage(await adapter.listUserActivity!(user.id, { page: { size: 2 } })).nextCursor) return user.id;
  throw new ContractFailure('none of the first 20 users has more than 2 activity entries; the fixture should have some (sign-ins, say)');
}

/** A user with a phone number: the check's own (given one where it can be), else one of the first 50. */
async function userWithPhone(adapter: RosterAdapter, own: User): Promise<User> {
  if (own.phone) return own;
  if (adapter.createUser && adapter.updateUser && adapter.capabilities.editableFields.includes('phone')) {
    return parseUser(await adapter.updateUser(own.id, { phone: '+15555550142' }));
  }
  const found = parseUsersPage(await adapter.listUsers({ page: { size: 50 } })).items.find((u) => u.phone);
  check(found, 'none of the first 50 users has a phone number, and the check cannot give its own user one; the fixture should have some');
  return found;
}

function lookupChecks(test: Check): void {
  test(
    'getUserByEmail finds a user by the exact address and by the address in other letter case',
    async (adapter) => {
      const { items } = parseUsersPage(await adapter.listUsers({ page: { size: 10 } }));
      const target = items.find((u) => u.email && u.email.toUpperCase() !== u.email.toLowerCase());
      check(target?.email, 'none of the first 10 users has an email address with letters; the fixture should have some');
      checkEqual(parseUser(await adapter.getUserByEmail!(target.email)).id, target.id, 'getUserByEmail with the exact address must find the user');
      for (const variant of [target.email.toUpperCase(), mixedCase(target.email)]) {
        checkEqual(parseUser(await adapter.getUserByEmail!(variant)).id, target.id, `getUserByEmail("${variant}") must find the user: addresses are compared without letter case`);
      }
    },
    offers('lookupByEmail'),
  );

  test(
    'getUserByEmail rejects an address no user has with not_found, also the tail of a user’s address',
    async (adapter) => {
      await checkRejects(adapter.getUserByEmail!(newEmail()), isCode('not_found'), 'an address no user has must reject with not_found');
      const { items } = parseUsersPage(await adapter.listUsers({ page: { size: 10 } }));
      const someone = items.find((u) => u.email && u.email.indexOf('@') > 1);
      // A lookup built on search would find the user whose address contains the one asked for.
      if (someone?.email) await checkRejects(adapter.getUserByEmail!(someone.email.slice(1)), isCode('not_found'), `getUserByEmail("${someone.email.slice(1)}") must reject with not_found, not find “${someone.email}”`);
    },
    offers('lookupByEmail'),
  );
}

function activityChecks(test: Check): void {
  test(
    'listUserActivity pages a user’s activity newest first, each page by cursor older than the one before',
    async (adapter) => {
      const userId = await userWithActivity(adapter);
      const first = parseActivityPage(await adapter.listUserActivity!(userId, { page: { size: 2 } }));
      check(first.items.length > 0 && first.items.length <= 2, `a page of size 2 returned ${first.items.length} entries`);
      checkNewestFirst(first.items, 'the first page');
      check(first.nextCursor, 'the first page of 2 must have a nextCursor, as it had a moment before');
      const second = parseActivityPage(await adapter.listUserActivity!(userId, { page: { size: 2, cursor: first.nextCursor } }));
      check(second.items.length <= 2, `a page of size 2 returned ${second.items.length} entries`);
      check(second.items.length > 0, 'the page at nextCursor must hold entries');
      const firstIds = new Set(first.items.map((e) => e.id));
      check(!second.items.some((e) => firstIds.has(e.id)), 'the second page repeated an entry of the first');
      const oldestFirst = Math.min(...first.items.map((e) => Date.parse(e.at)));
      check(second.items.every((e) => Date.parse(e.at) <= oldestFirst), 'every entry of the second page must be no newer than the first page’s oldest');

      // Then on to the end (or 100 pages): every entry once, in order.
      const seen: ActivityEvent[] = [...first.items, ...second.items];
      let cursor = second.nextCursor;
      for (let pages = 0; cursor && pages < 100; pages++) {
        const page = parseActivityPage(await adapter.listUserActivity!(userId, { page: { size: 10, cursor } }));
        check(page.items.length <= 10, `a page of size 10 returned ${page.items.length} entries`);
        check(page.nextCursor !== cursor, 'nextCursor repeated the cursor just used: paging would never end');
        seen.push(...page.items);
        cursor = page.nextCursor;
      }
      checkNewestFirst(seen, 'the pages read one after the other');
      checkEqual(new Set(seen.map((e) => e.id)).size, seen.length, 'an entry appeared on more than one page, or two entries share an id');
    },
    offers('activity'),
  );

  test(
    'listUserActivity of an unknown user rejects with not_found',
    async (adapter) => {
      await checkRejects(adapter.listUserActivity!(UNKNOWN_ID, { page: { size: 5 } }), isCode('not_found'), 'the activity of a user that does not exist must reject with not_found');
    },
    offers('activity'),
  );

  test(
    'a change made with updateUser shows in the user’s activity, naming the field',
    async (adapter) => {
      const own = await ownUser(adapter);
      try {
        const fields = adapter.capabilities.editableFields;
        const field = fields.includes('name') ? 'name' : fields[0]!;
        const before = await latestActivity(adapter, own.user.id, 20);
        const known = new Set(before.map((e) => e.id));
        await adapter.updateUser!(own.user.id, { [field]: EDITED_VALUES[field] });
        const after = await latestActivity(adapter, own.user.id, 20);
        const change = after.find((e) => !known.has(e.id) && e.kind === 'change');
        check(change, `updateUser({ ${field} }) must add an entry of kind "change" to the user’s activity`);
        if (change.fields !== undefined) check(change.fields.some((f) => f === field || f.startsWith(`${field}.`)), `the change must name the field it touched (${field}), not ${JSON.stringify(change.fields)}`);
        check(before.every((e) => Date.parse(e.at) <= Date.parse(change.at)), 'the change must be newer than every entry before it');
      } finally {
        await own.cleanup();
      }
    },
    // Only a backend that says it records changes is held to it: SSOJet's login logs do not.
    allOf(offers('activity', 'activityIncludesChanges'), edits(null)),
  );
}

function verificationChecks(test: Check): void {
  test(
    'setUserVerified marks the email address verified and unverified, read back by getUser',
    async (adapter) => {
      const own = await ownUser(adapter);
      try {
        const original = parseUser(await adapter.getUser(own.user.id));
        // Both ways, ending where it began.
        for (const value of [!original.emailVerified, original.emailVerified]) {
          checkEqual(parseUser(await adapter.setUserVerified!(own.user.id, { email: value })).emailVerified, value, `setUserVerified({ email: ${value} }) must answer with emailVerified ${value}`);
          const read = parseUser(await adapter.getUser(own.user.id));
          checkEqual(read.emailVerified, value, `getUser after setUserVerified({ email: ${value} }) must show emailVerified ${value}`);
          checkEqual(read.phoneVerified, original.phoneVerified, 'setUserVerified({ email }) must leave phoneVerified as it was');
        }
      } finally {
        await own.cleanup();
      }
    },
    offers('verifyEmail'),
  );

  test(
    'setUserVerified marks the phone number verified and unverified, read back by getUser',
    async (adapter) => {
      const own = await ownUser(adapter, { withPhone: true });
      try {
        const user = await userWithPhone(adapter, own.user);
        const original = parseUser(await adapter.getUser(user.id));
        const was = original.phoneVerified === true;
        for (const value of [!was, was]) {
          checkEqual(parseUser(await adapter.setUserVerified!(user.id, { phone: value })).phoneVerified, value, `setUserVerified({ phone: ${value} }) must answer with phoneVerified ${value}`);
          const read = parseUser(await adapter.getUser(user.id));
          checkEqual(read.phoneVerified, value, `getUser after setUserVerified({ phone: ${value} }) must show phoneVerified ${value}`);
          checkEqual(read.emailVerified, original.emailVerified, 'setUserVerified({ phone }) must leave emailVerified as it was');
        }
      } finally {
        await own.cleanup();
      }
    },
    offers('verifyPhone'),
  );
}

function invitationChecks(test: Check): void {
  test(
    'resendInvitation sends an invited user’s invitation again; the user stays invited',
    async (adapter) => {
      const own = await ownUser(adapter, { invite: true });
      try {
        const before = parseUser(await adapter.getUser(own.user.id));
        checkEqual(before.status, 'invited', 'a user created with invite: true must read back as invited');
        await adapter.resendInvitation!(own.user.id);
        const after = parseUser(await adapter.getUser(own.user.id));
        checkEqual(after.status, 'invited', 'a user whose invitation was sent again must still be invited');
        checkEqual([after.email, after.name], [before.email, before.name], 'resending must leave the user’s email and name');
        const [sent, resent] = [before.invitation?.sentAt, after.invitation?.sentAt];
        if (sent && resent) check(Date.parse(resent) >= Date.parse(sent), `resending must not move the invitation’s date back (${sent} → ${resent})`);
      } finally {
        await own.cleanup();
      }
    },
    allOf(offers('resendInvitation'), invites),
  );

  test(
    'resendInvitation and revokeInvitation refuse a user who is not invited with invalid_input, changing nothing',
    async (adapter) => {
      const active = parseUsersPage(await adapter.listUsers({ page: { size: 20 } })).items.find((u) => u.status === 'active');
      check(active, 'none of the first 20 users is active; the fixture should have some');
      const available = userDetailsAvailable(adapter);
      if (available.resendInvitation) await checkRejects(adapter.resendInvitation!(active.id), isCode('invalid_input'), 'resendInvitation on an active user must reject with invalid_input');
      if (available.revokeInvitation) await checkRejects(adapter.revokeInvitation!(active.id), isCode('invalid_input'), 'revokeInvitation on an active user must reject with invalid_input');
      const after = parseUser(await adapter.getUser(active.id));
      checkEqual([after.id, after.status], [active.id, 'active'], 'a refused invitation call must leave the active user as it was');
    },
    offersAny('resendInvitation', 'revokeInvitation'),
  );

  test(
    'revokeInvitation withdraws the invitation and removes the invited user',
    async (adapter) => {
      const own = await ownUser(adapter, { invite: true });
      const { id, email } = own.user;
      try {
        await adapter.revokeInvitation!(id);
        await checkRejects(adapter.getUser(id), isCode('not_found'), 'getUser after revokeInvitation must reject with not_found: the invitee is gone');
        if (userDetailsAvailable(adapter).lookupByEmail && email) await checkRejects(adapter.getUserByEmail!(email), isCode('not_found'), 'getUserByEmail after revokeInvitation must reject with not_found');
        if (adapter.capabilities.search && email) {
          const { items } = parseUsersPage(await adapter.listUsers({ search: email, page: { size: 10 } }));
          check(!items.some((u) => u.id === id), 'listUsers must not find a user whose invitation was revoked');
        }
      } finally {
        await own.cleanup();
      }
    },
    allOf(offers('revokeInvitation'), invites),
  );
}

export function detailsChecks(test: Check): void {
  lookupChecks(test);
  activityChecks(test);
  verificationChecks(test);
  invitationChecks(test);
  attributeChecks(test);
}
