/**
 * Organization memberships. Joining goes through `auth.api.addMember` (server-only in better-auth:
 * it checks the user, the organization, an existing membership and the member limit). Leaving and
 * role changes inside an organization need a member's session in better-auth's API, so they use
 * its database adapter, with the endpoints' own rules repeated first: the role must be defined in
 * the organization, and the only owner can neither leave nor lose the owner role.
 */
import { RosterError } from '../../core/errors.js';
import type { Membership } from '../../core/model.js';
import { mapErrors, organizationNotFound } from './errors.js';
import { membershipsOf } from './mapping.js';
import { selectOrganization } from './organizations.js';
import { applyChange, checkDefined, creatorRole, joinRoles, organizationRoles, splitRoles, type RoleChange } from './roles.js';
import type { AdapterRuntime } from './session.js';
import { existingUser } from './lookups.js';
import { endpoint } from './types.js';

interface MemberRecord {
  id: string;
  userId: string;
  organizationId: string;
  role: string | null;
}

export async function listMemberships(rt: AdapterRuntime, userId: string): Promise<Membership[]> {
  await existingUser(rt, userId);
  return (await membershipsOf(rt.schema, [userId])).get(userId) ?? [];
}

export async function addMembership(rt: AdapterRuntime, userId: string, organizationId: string, roleIds: readonly string[]): Promise<void> {
  if (!(await selectOrganization(rt.schema, organizationId))) throw organizationNotFound();
  checkDefined(roleIds, await organizationRoles(rt.schema, rt.context, organizationId), 'in this organization');
  const addMember = endpoint(rt.auth, 'addMember');
  if (!addMember) throw new RosterError('unsupported', { message: 'better-auth’s organization plugin is not enabled.' });
  // An empty list stores "": a member holding no role, as asked (better-auth would otherwise need one).
  await mapErrors(() => addMember({ body: { userId, organizationId, role: roleIds.length ? [...roleIds] : '' } }));
}

async function findMember(rt: AdapterRuntime, userId: string, organizationId: string): Promise<MemberRecord> {
  const member = await mapErrors(() =>
    rt.context.adapter.findOne<MemberRecord>({ model: 'member', where: [{ field: 'userId', value: userId }, { field: 'organizationId', value: organizationId }] }),
  );
  if (member) return member;
  await existingUser(rt, userId);
  if (!(await selectOrganization(rt.schema, organizationId))) throw organizationNotFound();
  throw new RosterError('not_found', { status: 404, message: 'The user is not a member of this organization.' });
}

/** Refuses a change that would leave the organization without an owner, as better-auth does. */
async function keepAnOwner(rt: AdapterRuntime, member: MemberRecord, rolesAfter: readonly string[] | null): Promise<void> {
  const owner = creatorRole(rt.context);
  if (!splitRoles(member.role).includes(owner) || (rolesAfter && rolesAfter.includes(owner))) return;
  const members = await mapErrors(() => rt.context.adapter.findMany<MemberRecord>({ model: 'member', where: [{ field: 'organizationId', value: member.organizationId }] }));
  if (members.filter((m) => splitRoles(m.role).includes(owner)).length <= 1) {
    throw new RosterError('conflict', { status: 409, message: 'The organization’s only owner cannot leave it or lose the owner role.' });
  }
}

export async function removeMembership(rt: AdapterRuntime, userId: string, organizationId: string): Promise<void> {
  await rt.queue(`member:${userId}:${organizationId}`, async () => {
    const member = await findMember(rt, userId, organizationId);
    await keepAnOwner(rt, member, null);
    await mapErrors(() => rt.context.adapter.delete({ model: 'member', where: [{ field: 'id', value: member.id }] }));
  });
}

export function changeOrganizationRoles(rt: AdapterRuntime, userId: string, organizationId: string, change: RoleChange, signal?: AbortSignal): Promise<void> {
  return rt.queue(
    `member:${userId}:${organizationId}`,
    async () => {
      const member = await findMember(rt, userId, organizationId);
      if (change.kind !== 'remove') checkDefined(change.roleIds, await organizationRoles(rt.schema, rt.context, organizationId), 'in this organization');
      const next = applyChange(splitRoles(member.role), change);
      await keepAnOwner(rt, member, next);
      await mapErrors(() => rt.context.adapter.update({ model: 'member', where: [{ field: 'id', value: member.id }], update: { role: joinRoles(next) } }));
    },
    signal,
  );
}
