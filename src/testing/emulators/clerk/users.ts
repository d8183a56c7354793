/**
 * The Clerk emulator's user endpoints over its state, as Clerk's reference describes them:
 * `GET /users` (filters, `query`, `order_by`, `limit` 1…500 / `offset`) and `/users/count` with the
 * same filters, create, update, metadata merge, ban / unban / lock / unlock, delete.
 */
import { CLERK_DEFAULT_LIMIT, CLERK_MAX_LIMIT, CLERK_USER_ORDER_FIELDS, type ClerkUser, type ClerkUserOrderField } from '../../../adapters/clerk/wire.js';
import {
  identifierExists,
  metadataObject,
  notFound,
  optionalString,
  paramFormatInvalid,
  paramMissing,
  paramValueInvalid,
  stringList,
  type Body,
} from './failures.js';
import { blankUser, emailAddress, phoneNumber, type ClerkEmulatorState } from './state.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** `limit` and `offset` of any list, held to Clerk's documented bounds. */
export function pageParams(url: URL): { limit: number; offset: number } {
  const read = (name: string, fallback: number, min: number, max: number) => {
    const raw = url.searchParams.get(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) throw paramValueInvalid(name, `${name} must be a number between ${min} and ${max}.`);
    return value;
  };
  return { limit: read('limit', CLERK_DEFAULT_LIMIT, 1, CLERK_MAX_LIMIT), offset: read('offset', 0, 0, Number.MAX_SAFE_INTEGER) };
}

const primaryEmail = (u: ClerkUser) => u.email_addresses.find((e) => e.id === u.primary_email_address_id)?.email_address ?? null;
const primaryPhone = (u: ClerkUser) => u.phone_numbers.find((p) => p.id === u.primary_phone_number_id)?.phone_number ?? null;

function orderValue(user: ClerkUser, field: ClerkUserOrderField): string | number | null {
  if (field === 'email_address') return primaryEmail(user);
  if (field === 'phone_number') return primaryPhone(user);
  if (field === 'web3wallet') return null;
  return user[field];
}

/** As Postgres orders: nulls last ascending, first descending; ties by id so pages never overlap. */
function comparator(orderBy: string) {
  const desc = orderBy.startsWith('-');
  const field = orderBy.replace(/^[+-]/, '') as ClerkUserOrderField;
  if (!(CLERK_USER_ORDER_FIELDS as readonly string[]).includes(field)) throw paramValueInvalid('order_by', `order_by must be one of ${CLERK_USER_ORDER_FIELDS.join(', ')}, with an optional + or - prefix.`);
  return (a: ClerkUser, b: ClerkUser): number => {
    const av = orderValue(a, field);
    const bv = orderValue(b, field);
    let c: number;
    if (av === null || bv === null) c = av === bv ? 0 : av === null ? 1 : -1;
    else c = typeof av === 'number' && typeof bv === 'number' ? av - bv : collator.compare(String(av), String(bv));
    if (desc) c = -c;
    return c !== 0 ? c : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

export function createUserOperations(state: ClerkEmulatorState, newId: (prefix: string) => string) {
  const isMember = (userId: string, organizationIds: string[]) => state.memberships.some((m) => m.user_id === userId && organizationIds.includes(m.organization_id));

  /** The filters `/users` and `/users/count` share; values of one filter are alternatives. */
  function matching(url: URL): ClerkUser[] {
    const params = url.searchParams;
    const list = (name: string) => params.getAll(name).filter((v) => v !== '');
    const emails = list('email_address').map((e) => e.toLowerCase());
    const phones = list('phone_number');
    const ids = list('user_id');
    const externalIds = list('external_id');
    const usernames = list('username');
    const organizations = list('organization_id');
    if (organizations.length > 100) throw paramValueInvalid('organization_id', 'organization_id accepts up to 100 values.');
    const needle = params.get('query')?.trim().toLowerCase() ?? '';
    return state.users.filter((u) => {
      if (emails.length && !u.email_addresses.some((e) => emails.includes(e.email_address.toLowerCase()))) return false;
      if (phones.length && !u.phone_numbers.some((p) => phones.includes(p.phone_number))) return false;
      if (ids.length && !ids.includes(u.id)) return false;
      if (externalIds.length && !externalIds.includes(u.external_id ?? '')) return false;
      if (usernames.length && !usernames.includes(u.username ?? '')) return false;
      if (organizations.length && !isMember(u.id, organizations)) return false;
      if (!needle) return true;
      const fields = [u.id, u.username, u.first_name, u.last_name, [u.first_name, u.last_name].filter(Boolean).join(' '), ...u.email_addresses.map((e) => e.email_address), ...u.phone_numbers.map((p) => p.phone_number)];
      return fields.some((value) => value?.toLowerCase().includes(needle));
    });
  }

  function list(url: URL): ClerkUser[] {
    const { limit, offset } = pageParams(url);
    const users = matching(url).sort(comparator(url.searchParams.get('order_by') || '-created_at'));
    return structuredClone(users.slice(offset, offset + limit));
  }

  function count(url: URL) {
    return { object: 'total_count', total_count: matching(url).length };
  }

  function find(userId: string): ClerkUser {
    const user = state.users.find((u) => u.id === userId);
    if (!user) throw notFound();
    return user;
  }

  const taken = (email: string) => state.users.some((u) => u.email_addresses.some((e) => e.email_address.toLowerCase() === email.toLowerCase()));

  function create(body: Body) {
    const now = Date.now();
    const emails = body.email_address === undefined ? [] : stringList(body.email_address, 'email_address');
    const phones = body.phone_number === undefined ? [] : stringList(body.phone_number, 'phone_number');
    // The instance's sign-up settings: email address required, password on.
    if (emails.length === 0) throw paramMissing('email_address');
    for (const email of emails) {
      if (!EMAIL.test(email)) throw paramFormatInvalid('email_address', 'email_address must be a valid email address.');
      if (taken(email)) throw identifierExists('email_address');
    }
    for (const phone of phones) if (!/^\+[1-9]\d{6,14}$/.test(phone)) throw paramFormatInvalid('phone_number', 'phone_number must be a valid phone number in E.164 format.');
    const password = optionalString(body, 'password');
    if (!password && body.skip_password_requirement !== true) throw paramMissing('password');
    const user = blankUser(newId('user'), now);
    user.email_addresses = emails.map((email) => emailAddress(newId('idn'), email, now));
    user.phone_numbers = phones.map((phone) => phoneNumber(newId('idn'), phone, now));
    user.primary_email_address_id = user.email_addresses[0]?.id ?? null;
    user.primary_phone_number_id = user.phone_numbers[0]?.id ?? null;
    user.password_enabled = Boolean(password);
    applyProfile(user, body);
    state.users.push(user);
    return structuredClone(user);
  }

  function applyProfile(user: ClerkUser, body: Body) {
    for (const key of ['first_name', 'last_name', 'username', 'external_id'] as const) {
      const value = optionalString(body, key);
      if (value !== undefined) user[key] = value;
    }
    // In a create or a plain update, metadata replaces the stored object whole.
    for (const key of ['public_metadata', 'private_metadata', 'unsafe_metadata'] as const) {
      if (body[key] !== undefined) user[key] = structuredClone(metadataObject(body[key], key));
    }
  }

  function update(userId: string, body: Body) {
    const user = find(userId);
    const draft = structuredClone(user);
    applyProfile(draft, body);
    const primary = optionalString(body, 'primary_email_address_id');
    if (primary) {
      if (!draft.email_addresses.some((e) => e.id === primary)) throw paramValueInvalid('primary_email_address_id', 'No such email address on this user.');
      draft.primary_email_address_id = primary;
    }
    draft.updated_at = Date.now();
    Object.assign(user, draft);
    return structuredClone(user);
  }

  /** Deep merge; a key set to null is removed, as Clerk documents for `updateUserMetadata`. */
  // Clerk deep-merges metadata and deletes keys set to null. Keys are data: `__proto__` is stored as
  // an own property (defineProperty), and only own values are merged into, never a prototype.
  function merge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(target)) define(out, key, value);
    for (const [key, value] of Object.entries(patch)) {
      const current = Object.prototype.hasOwnProperty.call(out, key) ? out[key] : undefined;
      if (value === null) delete out[key];
      else if (isPlainRecord(value) && isPlainRecord(current)) define(out, key, merge(current, value));
      else define(out, key, structuredClone(value));
    }
    return out;
  }

  function define(record: Record<string, unknown>, key: string, value: unknown): void {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  }

  function isPlainRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  function mergeMetadata(userId: string, body: Body) {
    const user = find(userId);
    for (const key of ['public_metadata', 'private_metadata', 'unsafe_metadata'] as const) {
      if (body[key] !== undefined) user[key] = merge(user[key], metadataObject(body[key], key));
    }
    user.updated_at = Date.now();
    return structuredClone(user);
  }

  function setFlag(flag: 'banned' | 'locked', value: boolean) {
    return (userId: string) => {
      const user = find(userId);
      user[flag] = value;
      if (flag === 'locked') user.lockout_expires_in_seconds = value ? 3600 : null;
      user.updated_at = Date.now();
      return structuredClone(user);
    };
  }

  function remove(userId: string) {
    find(userId);
    state.users = state.users.filter((u) => u.id !== userId);
    state.memberships = state.memberships.filter((m) => m.user_id !== userId);
    state.sessions = state.sessions.filter((s) => s.user_id !== userId);
    return { object: 'user', id: userId, deleted: true };
  }

  return {
    list,
    count,
    find,
    get: (userId: string) => structuredClone(find(userId)),
    create,
    update,
    mergeMetadata,
    ban: setFlag('banned', true),
    unban: setFlag('banned', false),
    lock: setFlag('locked', true),
    unlock: setFlag('locked', false),
    remove,
  };
}

export type ClerkUserOperations = ReturnType<typeof createUserOperations>;
