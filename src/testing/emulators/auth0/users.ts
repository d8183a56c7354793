/**
 * The Auth0 emulator's user endpoints over its state: list and search (`q`, `sort`, paging with the
 * 1,000-result cap), read, create, patch (metadata merged on the first level, `null` unsets) and
 * delete, as the Management API reference describes them.
 */
import { AUTH0_ERROR_CODES as CODES, AUTH0_SEARCH_RESULT_CAP, type Auth0User } from '../../../adapters/auth0/wire.js';
import { Auth0Failure, badRequest, payloadError, queryError, userNotFound, type Body } from './failures.js';
import { compileQuery, LuceneError, NORMALIZED_FIELDS, type FieldValue } from './lucene.js';
import { offsetPage, offsetPaging } from './paging.js';
import type { Auth0EmulatorState } from './state.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const CREATE_FIELDS = new Set(['email', 'phone_number', 'user_metadata', 'blocked', 'email_verified', 'phone_verified', 'app_metadata', 'given_name', 'family_name', 'name', 'nickname', 'picture', 'user_id', 'connection', 'password', 'verify_email', 'username']);
const PATCH_FIELDS = new Set(['blocked', 'email_verified', 'email', 'phone_number', 'phone_verified', 'user_metadata', 'app_metadata', 'given_name', 'family_name', 'name', 'nickname', 'picture', 'verify_email', 'verify_phone_number', 'password', 'connection', 'client_id', 'username']);
const TEXT_FIELDS = ['email', 'given_name', 'family_name', 'name', 'nickname', 'picture', 'username', 'phone_number'] as const;

function dig(value: unknown, path: string[]): FieldValue[] | null {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return null;
    current = (current as Record<string, unknown>)[key];
  }
  if (current === undefined || current === null) return null;
  if (Array.isArray(current)) return current.filter((v): v is FieldValue => ['string', 'number', 'boolean'].includes(typeof v));
  return ['string', 'number', 'boolean'].includes(typeof current) ? [current as FieldValue] : null;
}

/** Passwords as the tenant's default "Good" policy takes them: 8+ characters, lower, upper, digit. */
const isStrongPassword = (p: string) => p.length >= 8 && /[a-z]/.test(p) && /[A-Z]/.test(p) && /\d/.test(p);

export function createUserOperations(state: Auth0EmulatorState, newUserId: () => string) {
  function organizationsOf(userId: string): string[] {
    return Object.entries(state.members).flatMap(([orgId, list]) => (list.some((m) => m.userId === userId) ? [orgId] : []));
  }

  function reader(user: Auth0User) {
    return (field: string): FieldValue[] | null => {
      if (field === 'organization_id') return organizationsOf(user.user_id);
      if (field === 'email.domain') return user.email ? [user.email.split('@')[1] ?? ''] : null;
      if (field.startsWith('identities.')) return user.identities.map((i) => (i as unknown as Record<string, FieldValue>)[field.slice(11)]!).filter((v) => v !== undefined);
      return dig(user, field.split('.'));
    };
  }

  function findUser(id: string): Auth0User {
    const user = state.users.find((u) => u.user_id === id);
    if (!user) throw userNotFound();
    return user;
  }

  /** Orders two users by `field`; users without it come last in both directions, as an index leaves them. */
  function compare(field: string, direction: 1 | -1, a: Auth0User, b: Auth0User): number {
    const av = dig(a, [field])?.[0];
    const bv = dig(b, [field])?.[0];
    if (av === undefined || bv === undefined) return av === bv ? 0 : av === undefined ? 1 : -1;
    return direction * compareValues(field, av, bv);
  }

  function compareValues(field: string, av: FieldValue, bv: FieldValue): number {
    if (typeof av === 'number' && typeof bv === 'number') return av - bv;
    return NORMALIZED_FIELDS.has(field) ? collator.compare(String(av), String(bv)) : String(av) < String(bv) ? -1 : String(av) > String(bv) ? 1 : 0;
  }

  function project(user: Auth0User, url: URL): Record<string, unknown> {
    const fields = url.searchParams.get('fields');
    if (!fields) return structuredClone(user) as unknown as Record<string, unknown>;
    const names = new Set(fields.split(',').map((f) => f.trim()));
    const include = url.searchParams.get('include_fields') !== 'false';
    return Object.fromEntries(Object.entries(structuredClone(user)).filter(([key]) => names.has(key) === include));
  }

  function list(url: URL): unknown {
    const paging = offsetPaging(url);
    if ((paging.page + 1) * paging.perPage > AUTH0_SEARCH_RESULT_CAP) {
      throw badRequest('You can only page through the first 1000 records. See https://auth0.com/docs/users/search/v3/view-search-results-by-page#limitation', CODES.invalidPaging);
    }
    const engine = url.searchParams.get('search_engine');
    if (engine !== null && engine !== 'v3') throw queryError(`Value ${engine} is not allowed: search engine ${engine} is not available, use v3 on property search_engine.`);
    let users = [...state.users];
    const q = url.searchParams.get('q');
    if (q) {
      let matches: ReturnType<typeof compileQuery>;
      try {
        matches = compileQuery(q);
      } catch (error) {
        if (error instanceof LuceneError) throw badRequest(`Invalid query: ${error.message}`, CODES.invalidQuery);
        throw error;
      }
      users = users.filter((u) => matches(reader(u)));
    }
    const sort = url.searchParams.get('sort');
    if (sort) {
      const match = /^([a-zA-Z0-9_.]+):(1|-1)$/.exec(sort);
      if (!match) throw queryError(`String does not match pattern ^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$ on property sort.`);
      const [, field, order] = match;
      if (/^(app|user)_metadata/.test(field!)) throw queryError('Sorting by app_metadata or user_metadata is not supported.');
      const direction = order === '1' ? 1 : -1;
      users.sort((a, b) => compare(field!, direction, a, b) || (a.user_id < b.user_id ? -1 : 1));
    }
    const page = offsetPage(users.map((u) => project(u, url)), paging, 'users', true);
    return page;
  }

  function checkText(body: Body, key: string): string | null | undefined {
    const value = body[key];
    if (value === undefined || value === null) return value as null | undefined;
    if (typeof value !== 'string') throw payloadError(`Expected type string but found type ${typeof value} on property ${key}.`);
    return value;
  }

  function checkMetadata(body: Body, key: 'app_metadata' | 'user_metadata'): Record<string, unknown> | null | undefined {
    const value = body[key];
    if (value === undefined || value === null) return value as null | undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw payloadError(`Expected type object on property ${key}.`);
    return value as Record<string, unknown>;
  }

  function checkKeys(body: Body, allowed: Set<string>): void {
    const extra = Object.keys(body).filter((k) => !allowed.has(k));
    if (extra.length) throw payloadError(`Additional properties not allowed: ${extra.join(',')}.`);
  }

  function applyProfile(user: Auth0User, body: Body): void {
    for (const key of TEXT_FIELDS) {
      const value = checkText(body, key);
      if (value === null) delete user[key];
      else if (value !== undefined) user[key] = value;
    }
    if (user.email !== undefined && !EMAIL.test(user.email)) throw payloadError(`Object didn't pass validation for format email: ${user.email} on property email.`);
    for (const key of ['email_verified', 'phone_verified', 'blocked'] as const) {
      const value = body[key];
      if (value === undefined) continue;
      if (typeof value !== 'boolean') throw payloadError(`Expected type boolean on property ${key}.`);
      user[key] = value;
    }
    for (const key of ['app_metadata', 'user_metadata'] as const) {
      const patch = checkMetadata(body, key);
      if (patch === null) user[key] = {};
      else if (patch) {
        // Merged on the first level; a key set to null is removed.
        const merged = { ...user[key], ...patch };
        for (const [k, v] of Object.entries(patch)) if (v === null) delete merged[k];
        user[key] = merged;
      }
    }
  }

  function create(body: Body): Auth0User {
    checkKeys(body, CREATE_FIELDS);
    const connection = checkText(body, 'connection');
    if (!connection) throw payloadError('Missing required property: connection.');
    if (!state.connections.includes(connection)) throw badRequest('The connection does not exist.', CODES.inexistentConnection);
    const email = checkText(body, 'email');
    if (!email) throw payloadError('Missing required property: email.');
    // A database connection identifies users by email (and username); it keeps no phone number.
    if (body.phone_number !== undefined) throw payloadError('Additional properties not allowed: phone_number (database connections do not store it).');
    const password = checkText(body, 'password');
    if (!password) throw payloadError('Missing required property: password.');
    if (!isStrongPassword(password)) throw badRequest('PasswordStrengthError: Password is too weak');
    const lower = email.toLowerCase();
    if (state.users.some((u) => u.email === lower && u.identities.some((i) => i.connection === connection))) {
      throw new Auth0Failure(409, 'The user already exists.', CODES.userExists);
    }
    const id = newUserId();
    const now = new Date().toISOString();
    const user: Auth0User = {
      user_id: `auth0|${id}`,
      created_at: now,
      updated_at: now,
      identities: [{ connection, user_id: id, provider: 'auth0', isSocial: false }],
      app_metadata: {},
      user_metadata: {},
      email_verified: false,
      logins_count: 0,
    };
    applyProfile(user, { ...body, password: undefined, connection: undefined });
    // Auth0 stores a database user's email in lower case and fills what the profile lacks.
    user.email = lower;
    user.name ??= lower;
    user.nickname ??= lower.split('@')[0];
    user.picture ??= `https://s.gravatar.com/avatar/${id.slice(0, 16)}?s=480&r=pg&d=mp`;
    state.users.push(user);
    state.userRoles[user.user_id] = [];
    return structuredClone(user);
  }

  function patch(id: string, body: Body): Auth0User {
    checkKeys(body, PATCH_FIELDS);
    const user = findUser(id);
    if (body.phone_number !== undefined) throw badRequest('Cannot update phone_number for non-sms user.');
    // Checked on a copy, so a refused patch changes nothing.
    const draft = structuredClone(user);
    const password = checkText(body, 'password');
    if (password && !isStrongPassword(password)) throw badRequest('PasswordStrengthError: Password is too weak');
    applyProfile(draft, body);
    if (typeof body.email === 'string') draft.email = body.email.toLowerCase();
    draft.updated_at = new Date().toISOString();
    Object.assign(user, draft);
    for (const key of Object.keys(user) as (keyof Auth0User)[]) if (!(key in draft)) delete user[key];
    return structuredClone(user);
  }

  function remove(id: string): void {
    // Auth0 answers 204 whether or not the user existed.
    state.users = state.users.filter((u) => u.user_id !== id);
    delete state.userRoles[id];
    for (const orgId of Object.keys(state.members)) state.members[orgId] = state.members[orgId]!.filter((m) => m.userId !== id);
  }

  return { list, findUser, project, create, patch, remove, organizationsOf };
}
