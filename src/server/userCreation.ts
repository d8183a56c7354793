/**
 * Creating a user, into the tenant admin's organization when the session has one: in the create
 * call itself where the adapter can (`capabilities.createUser.organization`), else by joining
 * right after, and deleting the new account again if joining fails, so no account is left that no
 * tenant admin can see.
 *
 * The contract does not forbid a backend to answer a create for a known email with the account it
 * already has. Such an answer is a conflict: that account is never joined to the caller's
 * organization, never shown to the caller, and never "rolled back" — deleting it would delete
 * someone else's user.
 */
import type { CreateUserInput, Membership, User } from '../core/model.js';
import { createChange } from './audit.js';
import { HandlerError } from './handlerError.js';
import { method, visibleUser, type OperationEnv } from './operationEnv.js';
import { parseCreateUserBody } from './parseBody.js';
import { jsonResponse } from './respond.js';

/** How far an identity provider's clock may run behind ours before "created earlier" means "existed". */
const CLOCK_SKEW_MS = 10 * 60_000;

/** Why the account a create returned looks as if it existed before, or null when it looks new. */
export function existingAccountSign(user: User, input: CreateUserInput, memberships: readonly Membership[], startedAt: number): string | null {
  const requested = input.email.trim().toLowerCase();
  if (user.email !== null && user.email.trim().toLowerCase() !== requested) return 'its email is not the one requested';
  if (user.lastLoginAt !== null) return 'it has signed in before';
  if (user.createdAt !== null && Date.parse(user.createdAt) < startedAt - CLOCK_SKEW_MS) return `it was created at ${user.createdAt}`;
  if (memberships.some((m) => m.organization.id !== input.organization?.id)) return 'it belongs to another organization';
  return null;
}

const existingAccount = () =>
  new HandlerError('conflict', {
    status: 409,
    message: 'A user with this email already exists.',
    fieldErrors: { email: 'A user with this email already exists.' },
  });

export async function createUser(env: OperationEnv): Promise<Response> {
  const create = method(env.adapter, 'createUser');
  const parsed = parseCreateUserBody(env.body);
  // A tenant admin's new user always lands in their organization, whatever the body names.
  const organization = env.scope.organizationId !== null ? { ...parsed.organization, id: env.scope.organizationId } : parsed.organization;
  const input: CreateUserInput = organization ? { ...parsed, organization } : parsed;
  env.audit.change = createChange(input);
  if (organization) env.audit.target = { organizationId: organization.id };
  await env.authorize('createUser', { input, ...(organization && { organizationId: organization.id, roleIds: organization.roleIds }) });
  // Roles granted with a new user are a role grant, asked about as the role routes ask.
  if (input.roleIds?.length) await env.authorize('addUserRoles', { roleIds: input.roleIds });
  if (organization?.roleIds?.length) await env.authorize('addUserRoles', { roleIds: organization.roleIds, organizationId: organization.id });
  if (organization) env.scope.requireOrganization(organization.id);
  env.scope.requireCreatable(input, env.adapter);

  const startedAt = Date.now();
  const inOneCall = !organization || env.adapter.capabilities.createUser.organization;
  const { organization: _joinedAfter, ...withoutOrganization } = input;
  let user = await create(inOneCall ? input : withoutOrganization, env.ctx);
  // Unknown memberships (the lookup failed) leave the other signs to judge: failing here would
  // leave a new account half made.
  const memberships = user.memberships ?? (await env.adapter.listUserMemberships(user.id, env.ctx).catch(() => []));
  const sign = existingAccountSign(user, input, memberships, startedAt);
  if (sign) {
    env.warn(`createUser answered with account ${user.id}, which existed before (${sign}); it was left unchanged and the create refused as a conflict.`);
    throw existingAccount();
  }
  env.audit.target = { ...env.audit.target, userId: user.id };

  if (organization) {
    try {
      if (!inOneCall) await method(env.adapter, 'addUserMembership')(user.id, organization.id, { roleIds: organization.roleIds ?? [] }, env.ctx);
    } catch (error) {
      // Undo rather than leave an account no tenant admin can see or remove.
      const created = user.id;
      await env.adapter.deleteUser?.(created).catch(() => env.warn(`User ${created} was created but could not be added to ${organization.id} nor deleted again.`));
      throw error;
    }
    user = await env.adapter.getUser(user.id, env.ctx);
  }
  return jsonResponse(visibleUser(env, user), 201);
}
