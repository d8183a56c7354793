/**
 * What the contract checks share: requirements that decide whether a check applies, fixtures, and
 * helpers to page and compare users.
 */
import type { ADAPTER_OPTIONAL_READ_METHODS, AdapterCapabilities, AdapterWriteMethod, CreateUserCapabilities, EditableUserField, RosterAdapter } from '../../core/adapter.js';
import { isRosterError } from '../../core/errors.js';
import type { User, UserSortField, UsersQuery } from '../../core/model.js';
import { parseUsersPage } from '../../core/validate.js';
import { check } from '../assert.js';

/** Registers one check; with a requirement, one that is skipped (with the reason) where it does not apply. */
export type Check = (name: string, body: (adapter: RosterAdapter) => Promise<void>, requires?: Requirement) => void;

/**
 * What a check needs of the adapter. `needs` goes into the check's name, so every report (Vitest's
 * JSON too, which drops skip notes) says what a skipped check was waiting for.
 */
export interface Requirement {
  needs: string;
  /** Why this adapter falls short, or null when the check applies. */
  unmet(adapter: RosterAdapter): string | null;
}

/** Methods an adapter may leave out: the writes, and reads that only make another cheaper. */
export type OptionalMethod = AdapterWriteMethod | (typeof ADAPTER_OPTIONAL_READ_METHODS)[number];

export function methods(...names: OptionalMethod[]): Requirement {
  return {
    needs: names.join(' + '),
    unmet(adapter) {
      const missing = names.filter((m) => !adapter[m]);
      return missing.length ? `the adapter has no ${missing.join(' and no ')}` : null;
    },
  };
}

export function capability<T>(path: string, read: (c: AdapterCapabilities) => T, holds: (value: T) => boolean = Boolean, needs = `capabilities.${path}`): Requirement {
  return {
    needs,
    unmet(adapter) {
      const value = read(adapter.capabilities);
      return holds(value) ? null : `capabilities.${path} is ${JSON.stringify(value)}`;
    },
  };
}

export const createInput = (flag: keyof CreateUserCapabilities) => capability(`createUser.${flag}`, (c) => c.createUser[flag]);

/** A value per editable field that no fixture holds, to see each one change. */
export const EDITED_VALUES: Record<EditableUserField, unknown> = {
  name: 'Renamed Contract Person',
  givenName: 'Renamed',
  familyName: 'Contractperson',
  phone: '+15555550188',
  picture: 'https://roster-contract.example/picture.png',
  customAttributes: { rosterContract: 'edited' },
};

let emails = 0;
export const newEmail = () => `contract.${Date.now().toString(36)}.${(emails++).toString(36)}@roster-contract.example`;

let names = 0;
/**
 * A name no other run uses (`Contract role lx3k9a-0`): some suites run the contract against one
 * shared backend, where a fixed name would collide with what an earlier check left behind.
 */
export const newName = (kind: string) => `Contract ${kind} ${Date.now().toString(36)}-${(names++).toString(36)}`;

export const UNKNOWN_ID = 'roster-contract-no-such-id';

export const isCode = (code: string) => (error: unknown) => isRosterError(error) && error.code === code;

/** Follows `nextCursor` from the first page to the last and returns every item seen, in order. */
export async function collectAllUsers(adapter: RosterAdapter, query: Omit<UsersQuery, 'page'> = {}, size = 7): Promise<User[]> {
  const seen: User[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 10_000; pages++) {
    const page = parseUsersPage(await adapter.listUsers({ ...query, page: { size, cursor } }));
    seen.push(...page.items);
    check(page.items.length <= size, `a page of size ${size} returned ${page.items.length} items`);
    if (!page.nextCursor) return seen;
    check(page.nextCursor !== cursor, 'nextCursor repeated the cursor just used: paging would never end');
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end after 10,000 pages');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function sortKey(user: User, field: UserSortField): string | null {
  if (field === 'name') return user.name ?? user.email;
  return user[field];
}

export function inOrder(field: UserSortField, direction: 'asc' | 'desc', a: User, b: User): boolean {
  const av = sortKey(a, field);
  const bv = sortKey(b, field);
  if (av === null || bv === null) return true;
  const c = field === 'createdAt' || field === 'lastLoginAt' ? Date.parse(av) - Date.parse(bv) : collator.compare(av, bv);
  return direction === 'asc' ? c <= 0 : c >= 0;
}

export async function firstUser(adapter: RosterAdapter): Promise<User> {
  const { items } = await adapter.listUsers({ page: { size: 1 } });
  check(items[0], 'the directory must hold users');
  return items[0];
}

/** Met when every one of `requirements` is. */
export function allOf(...requirements: Requirement[]): Requirement {
  return {
    needs: requirements.map((r) => r.needs).join(' + '),
    unmet: (adapter) => requirements.map((r) => r.unmet(adapter)).find((reason) => reason !== null) ?? null,
  };
}

export const projectRoles = capability('projectRoles', (c) => c.projectRoles);

/** What every create must carry on this adapter: an invitation where the backend only invites. */
export function baseCreate(adapter: RosterAdapter): { invite?: true } {
  return adapter.capabilities.createUser.active ? {} : { invite: true };
}
