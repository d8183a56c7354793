/**
 * Creating a user on SSOJet takes up to three requests: Create a User (names and email only),
 * then Update User for custom attributes, then Manage User Roles. Once the first has succeeded
 * the user exists, so nothing after it may fail because of how an answer is shaped: a caller
 * that retried would only meet "email already exists". The answers' shapes are documented two
 * ways each (a user record, or `{ status, message }` / `{}` as text), so the adapter reads what it
 * can and composes the rest from what it sent.
 */
import type { RequestContext } from '../../core/adapter.js';
import { isAbortError, isRosterError, RosterError } from '../../core/errors.js';
import type { CreateUserInput, User } from '../../core/model.js';
import { toCreateUserBody, toUpdateUserBody, toUser, toUserId } from './mapping.js';
import type { SsojetSetUserRolesBody } from './wireTypes.js';

export interface CreateUserDeps {
  /** POST/PUT whose success answer may be anything (text, empty, JSON); undefined when not JSON. */
  write(method: 'POST' | 'PUT', path: string, body: unknown, ctx: RequestContext | undefined): Promise<unknown>;
  getUser(userId: string, ctx: RequestContext | undefined): Promise<User>;
  /** SSOJet's Get User by Email, id only. */
  findUserId(email: string, ctx: RequestContext | undefined): Promise<string>;
  userPath(userId: string): string;
}

function unsupported(message: string): RosterError {
  return new RosterError('unsupported', { message });
}

/** Refuses what SSOJet's create cannot do before anything is sent, so nothing is half-made. */
export function refuseUncreatable(input: CreateUserInput): void {
  if (input.invite) throw unsupported('SSOJet’s user API creates users directly; it cannot send an invitation.');
  if (input.phone) throw unsupported('SSOJet cannot set a phone number when creating a user.');
  if (input.organization) throw unsupported('SSOJet’s user API cannot place a new user in an organization.');
}

/** The user as far as the create request tells, for when SSOJet's answer does not. */
function composed(id: string, input: CreateUserInput): User {
  const { first_name, last_name, email } = toCreateUserBody(input);
  return {
    id,
    email,
    name: [first_name, last_name].filter(Boolean).join(' ') || null,
    givenName: first_name || null,
    familyName: last_name || null,
    phone: null,
    picture: null,
    status: 'active',
    emailVerified: false,
    roleIds: [],
    createdAt: null,
    lastLoginAt: null,
    customAttributes: {},
  };
}

function readCreated(answer: unknown): { user: User | null; id: string | null } {
  try {
    const user = toUser(answer, 'createdUser');
    return { user, id: user.id };
  } catch {
    try {
      return { user: null, id: toUserId(answer, 'createdUser') };
    } catch {
      return { user: null, id: null };
    }
  }
}

/** A failure after the user exists says so, keeping the code, so nobody creates it twice. */
function afterCreate(error: unknown, step: string, email: string): unknown {
  if (isAbortError(error) || !isRosterError(error)) return error;
  return new RosterError(error.code, {
    message: `SSOJet created ${email}, but ${step} failed: ${error.message}`,
    status: error.status,
    retryAfterMs: error.retryAfterMs,
    fieldErrors: error.fieldErrors,
    cause: error,
  });
}

export async function createSsojetUser(deps: CreateUserDeps, input: CreateUserInput, ctx?: RequestContext): Promise<User> {
  refuseUncreatable(input);
  const body = toCreateUserBody(input);
  const created = readCreated(await deps.write('POST', '/api/v1/users', body, ctx));

  let id = created.id;
  if (id === null) {
    // The prose's `{ status, message }` answer names no id; the email finds it.
    try {
      id = await deps.findUserId(body.email, ctx);
    } catch (error) {
      throw afterCreate(error, 'looking up the new user’s id', body.email);
    }
  }

  let user = created.user ?? composed(id, input);
  const attributes = input.customAttributes ?? {};
  if (Object.keys(attributes).length) {
    try {
      await deps.write('PUT', deps.userPath(id), toUpdateUserBody(user, { customAttributes: attributes }), ctx);
    } catch (error) {
      throw afterCreate(error, 'storing its custom attributes', body.email);
    }
    user = { ...user, customAttributes: { ...user.customAttributes, ...attributes } };
  }
  const roleIds = [...new Set(input.roleIds ?? [])];
  if (roleIds.length) {
    const rolesBody: SsojetSetUserRolesBody = { role_id: roleIds };
    try {
      await deps.write('PUT', `${deps.userPath(id)}/roles`, rolesBody, ctx);
    } catch (error) {
      throw afterCreate(error, 'granting its roles', body.email);
    }
    user = { ...user, roleIds };
  }
  if (created.user) return user;
  // SSOJet's answer held no record: read the real one, keeping the composed one if that fails.
  try {
    return await deps.getUser(id, ctx);
  } catch (error) {
    if (isAbortError(error)) throw error;
    return user;
  }
}
