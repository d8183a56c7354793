/**
 * User writes, done as better-auth's admin endpoints do them. Those endpoints need an admin's
 * session, which a server-side adapter does not have (it acts as the server, like a management
 * key), so: `auth.api.createUser` (which better-auth lets the server call without a session), and
 * for the rest the internal adapter calls the endpoints make once the session is checked, with the
 * endpoints' own checks (user exists, role defined) repeated here first.
 */
import { isEmail } from '../../core/email.js';
import { RosterError } from '../../core/errors.js';
import type { CreateUserInput, UpdateUserInput } from '../../core/model.js';
import { mapErrors, organizationNotFound, toRosterError } from './errors.js';
import { addMembership } from './memberships.js';
import { selectOrganization } from './organizations.js';
import { applyChange, checkDefined, joinRoles, organizationRoles, projectRoles, splitRoles, type RoleChange } from './roles.js';
import { existingUser } from './lookups.js';
import { endpoint } from './types.js';
import type { AdapterRuntime } from './session.js';

function displayName(input: CreateUserInput): string {
  return input.name?.trim() || [input.givenName, input.familyName].filter(Boolean).join(' ').trim();
}

/** Creates the user, then joins the organization; a failed join deletes the new user again. */
export async function createUser(rt: AdapterRuntime, input: CreateUserInput): Promise<string> {
  if (input.invite) {
    throw new RosterError('unsupported', { message: 'better-auth invites people into an organization only; create the user instead.' });
  }
  if (typeof input.email !== 'string' || !isEmail(input.email.trim())) {
    throw new RosterError('invalid_input', { status: 400, message: 'The email address is not valid.', fieldErrors: { email: 'Not a valid email address.' } });
  }
  const roleIds = input.roleIds ?? [];
  checkDefined(roleIds, projectRoles(rt.context), 'project-wide');
  const org = input.organization;
  if (org) {
    if (!(await selectOrganization(rt.schema, org.id))) throw organizationNotFound();
    checkDefined(org.roleIds ?? [], await organizationRoles(rt.schema, rt.context, org.id), 'in this organization');
  }
  const create = endpoint(rt.auth, 'createUser');
  if (!create) throw new RosterError('unsupported', { message: 'better-auth’s admin plugin is not enabled.' });
  // Without `role`, better-auth gives the admin plugin's default role, as its own create does.
  const body = { email: input.email.trim(), name: displayName(input), ...(roleIds.length ? { role: [...roleIds] } : {}) };
  const created = (await mapErrors(() => create({ body }))) as { user?: { id?: unknown } };
  const userId = created?.user?.id;
  if (typeof userId !== 'string') throw new RosterError('bad_response', { message: 'better-auth created a user but returned no id.' });
  if (!org) return userId;
  try {
    await addMembership(rt, userId, org.id, org.roleIds ?? []);
  } catch (error) {
    const joinError = toRosterError(error) as RosterError;
    // No orphan: a user the admin asked to place in an organization, but outside it, is removed.
    await mapErrors(() => rt.context.internalAdapter.deleteUser(userId)).catch(() => undefined);
    throw new RosterError(joinError.code ?? 'server', {
      status: joinError.status,
      message: `The user was not created: joining the organization failed. ${joinError.message ?? ''}`.trim(),
      fieldErrors: joinError.fieldErrors,
      cause: error,
    });
  }
  return userId;
}

export async function updateUser(rt: AdapterRuntime, userId: string, patch: UpdateUserInput): Promise<void> {
  await existingUser(rt, userId);
  const data: Record<string, unknown> = {};
  if ('name' in patch) data.name = patch.name?.trim() ?? '';
  if ('picture' in patch) data.image = patch.picture ?? null;
  const unsupported = Object.keys(patch).filter((k) => k !== 'name' && k !== 'picture');
  if (unsupported.length) {
    throw new RosterError('invalid_input', { status: 400, message: `better-auth users have no ${unsupported.join(', ')}.`, fieldErrors: Object.fromEntries(unsupported.map((k) => [k, 'Not stored by better-auth.'])) });
  }
  if (Object.keys(data).length === 0) return;
  await mapErrors(() => rt.context.internalAdapter.updateUser(userId, { ...data, updatedAt: new Date() }));
}

/** Ban and unban as the admin plugin's banUser / unbanUser: a ban also ends every session. */
export async function setStatus(rt: AdapterRuntime, userId: string, status: 'active' | 'disabled'): Promise<void> {
  await existingUser(rt, userId);
  const admin = rt.context.options.plugins?.find((p) => p.id === 'admin')?.options as { defaultBanReason?: string } | undefined;
  const update = status === 'disabled' ? { banned: true, banReason: admin?.defaultBanReason ?? 'No reason', banExpires: null } : { banned: false, banReason: null, banExpires: null };
  await mapErrors(async () => {
    await rt.context.internalAdapter.updateUser(userId, { ...update, updatedAt: new Date() });
    if (status === 'disabled') await rt.context.internalAdapter.deleteUserSessions(userId);
  });
}

/** As the admin plugin's removeUser: sessions, then the user (accounts and memberships cascade). */
export async function deleteUser(rt: AdapterRuntime, userId: string): Promise<void> {
  await existingUser(rt, userId);
  await mapErrors(async () => {
    await rt.context.internalAdapter.deleteUserSessions(userId);
    await rt.context.internalAdapter.deleteUser(userId);
  });
}

/** Project-wide roles: the user's `role` column, read, changed and written back in turn. */
export function changeProjectRoles(rt: AdapterRuntime, userId: string, change: RoleChange, signal?: AbortSignal): Promise<void> {
  return rt.queue(
    `user:${userId}`,
    async () => {
      const user = await existingUser(rt, userId);
      if (change.kind !== 'remove') checkDefined(change.roleIds, projectRoles(rt.context), 'project-wide');
      const next = applyChange(splitRoles(user.role), change);
      // No roles is stored as null; better-auth then applies its default role in permission checks.
      await mapErrors(() => rt.context.internalAdapter.updateUser(userId, { role: next.length ? joinRoles(next) : null, updatedAt: new Date() }));
    },
    signal,
  );
}
