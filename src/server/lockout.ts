/**
 * Self-protection: an admin must not lock themselves, or everyone, out of an organization (or of
 * the project) through Roster. A change is a lockout when
 *
 * - `self`: the caller disables or deletes their own account, leaves the organization their
 *   session administers, or gives up their own last administering role there; or
 * - `last-admin`: it takes the last administering role in a scope from its last active holder
 *   (by role change, removal from the organization, disabling or deletion).
 *
 * The scope is the organization a role or membership change names, else the session's own
 * (project-wide roles for a project admin). Which roles administer is the host's `adminRoleIds`,
 * or by default any role named like owner/admin or granting role or user administration.
 * Whether another admin remains is looked up through `listUsers`; when that cannot tell within a
 * bound (no organization filter, or too many candidates to check), the change counts as a lockout.
 * Role and permission definitions are judged the same way (./definitionLockout.ts).
 */
import type { RequestContext, RosterAdapter } from '../core/adapter.js';
import { createKeyedQueue, type KeyedQueue } from '../core/keyedQueue.js';
import type { Membership, Role, User, UsersQuery } from '../core/model.js';
import { findDefinitionLockout, isDefinitionChange, type DefinitionChange } from './definitionLockout.js';
import { HandlerError } from './handlerError.js';
import type { RosterSession } from './session.js';

export interface Lockout {
  reason: 'self' | 'last-admin';
  /** The organization left without an admin, or null for the project's own roles. */
  organizationId: string | null;
}

export type LockoutChange =
  /** Disabling or deleting the account. */
  | { kind: 'remove-user'; userId: string }
  | { kind: 'leave'; userId: string; organizationId: string }
  | { kind: 'roles'; userId: string; organizationId: string | null; before: readonly string[]; after: readonly string[] }
  | DefinitionChange;

/** Role ids that administer, or a test on each role of the scope. */
export type AdminRoleOption = readonly string[] | ((role: Role) => boolean);

const ADMIN_NAME = /\b(owners?|admins?|administrators?|superadmins?)\b/i;
const ADMIN_PERMISSION = /^(user admin|tenant admin|roles?[:.](manage|admin|write)|users?[:.](admin|manage))$/i;

/** The default notion: owner/admin by name or id, or a permission to administer users or roles. */
export function isAdministeringRole(role: Role): boolean {
  return ADMIN_NAME.test(role.name) || ADMIN_NAME.test(role.id) || role.permissions.some((p) => ADMIN_PERMISSION.test(p));
}

const MAX_PAGES = 10;
const MAX_MEMBERSHIP_LOOKUPS = 25;

/**
 * Visits each active user of the scope holding any of `roles` there, with the ones they hold,
 * until `visit` answers true ('stopped'), no one is left ('done'), or the bound is reached
 * without knowing ('unknown').
 */
export type AdminScan = (
  organizationId: string | null,
  roles: ReadonlySet<string>,
  ctx: RequestContext,
  visit: (userId: string, held: string[]) => boolean,
  excluding?: string,
) => Promise<'stopped' | 'done' | 'unknown'>;

/**
 * One queue per adapter, not per handler piece: user writes join it through the handler, role and
 * permission writes from their operations (./definitionOperations.ts), and a check must wait for
 * the writes of both kinds queued before it.
 */
const queues = new WeakMap<RosterAdapter, KeyedQueue>();

/** Runs `run` (a lockout check and its write) after every such run queued before it on this adapter. */
export function oneAtATimeOn<T>(adapter: RosterAdapter, run: () => Promise<T>): Promise<T> {
  let queue = queues.get(adapter);
  if (!queue) queues.set(adapter, (queue = createKeyedQueue()));
  return queue('lockout', run);
}

export interface LockoutCheck {
  find(session: RosterSession, change: LockoutChange, ctx: RequestContext, memberships?: Membership[] | null): Promise<Lockout | null>;
  /** Whether the user holds a project-wide administering role: theirs is not one tenant's account. */
  administersProject(userId: string, ctx: RequestContext): Promise<boolean>;
  /**
   * Runs a write that can lock someone out, with its check, after every such write before it:
   * two admins demoting each other at once would otherwise each see the other still in place,
   * and both writes would go through.
   */
  oneAtATime<T>(run: () => Promise<T>): Promise<T>;
}

export function createLockoutCheck(adapter: RosterAdapter, option: AdminRoleOption | undefined): LockoutCheck {
  const listed = Array.isArray(option) ? new Set<string>(option) : null;
  const isAdmin = typeof option === 'function' ? option : isAdministeringRole;

  async function adminRoleIds(organizationId: string | null, ctx: RequestContext): Promise<Set<string>> {
    if (listed) return listed;
    const roles = await adapter.listRoles(organizationId ? { organizationId } : {}, ctx);
    return new Set(roles.filter(isAdmin).map((r) => r.id));
  }

  function rolesIn(organizationId: string | null, user: Pick<User, 'roleIds'>, memberships: readonly Membership[] | undefined): string[] {
    if (organizationId === null) return user.roleIds;
    return memberships?.find((m) => m.organization.id === organizationId)?.roleIds ?? [];
  }

  const scan: AdminScan = async (organizationId, roles, ctx, visit, excluding) => {
    const { filters, maxPageSize } = adapter.capabilities;
    if (organizationId !== null && !filters.organizationId) return 'unknown';
    const filter: NonNullable<UsersQuery['filter']> = {
      ...(organizationId !== null && { organizationId }),
      ...(filters.roleIds && { roleIds: [...roles] }),
      ...(filters.status && { status: ['active'] }),
    };
    let lookups = 0;
    let cursor: string | null = null;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await adapter.listUsers({ filter, page: { size: Math.min(100, maxPageSize), cursor } }, ctx);
      for (const user of page.items) {
        if (user.id === excluding || user.status !== 'active') continue;
        if (organizationId !== null && !user.memberships && ++lookups > MAX_MEMBERSHIP_LOOKUPS) return 'unknown';
        const memberships = organizationId === null ? undefined : (user.memberships ?? (await adapter.listUserMemberships(user.id, ctx)));
        const held = rolesIn(organizationId, user, memberships).filter((r) => roles.has(r));
        if (held.length > 0 && visit(user.id, held)) return 'stopped';
      }
      if (!page.nextCursor || page.nextCursor === cursor) return 'done';
      cursor = page.nextCursor;
    }
    return 'unknown';
  };

  const hasOtherActiveAdmin = async (organizationId: string | null, excluding: string, admins: Set<string>, ctx: RequestContext) =>
    (await scan(organizationId, admins, ctx, () => true, excluding)) === 'stopped';

  return {
    oneAtATime: (run) => oneAtATimeOn(adapter, run),

    async administersProject(userId, ctx) {
      const admins = await adminRoleIds(null, ctx);
      return admins.size > 0 && (await adapter.getUser(userId, ctx)).roleIds.some((id) => admins.has(id));
    },

    async find(session, change, ctx, memberships) {
      if (isDefinitionChange(change)) return findDefinitionLockout({ adapter, listed, isAdmin, scan }, change, ctx);
      const scope = change.kind === 'remove-user' ? session.organizationId : change.organizationId;
      const isSelf = change.userId === session.userId;
      const isOwnScope = scope === session.organizationId;
      if (isSelf && (change.kind === 'remove-user' || (change.kind === 'leave' && isOwnScope))) return { reason: 'self', organizationId: scope };

      const admins = await adminRoleIds(scope, ctx);
      if (admins.size === 0) return null;
      const isAdminRole = (id: string) => admins.has(id);
      const before = change.kind === 'roles' ? change.before : await rolesHeld(adapter, change.userId, scope, ctx, memberships);
      const after = change.kind === 'roles' ? change.after : [];
      if (!before.some(isAdminRole) || after.some(isAdminRole)) return null;
      if (isSelf && isOwnScope) return { reason: 'self', organizationId: scope };
      if (await hasOtherActiveAdmin(scope, change.userId, admins, ctx)) return null;
      // A disabled admin administers nothing already: taking their role locks nobody out.
      const target = await adapter.getUser(change.userId, ctx);
      return target.status === 'active' ? { reason: 'last-admin', organizationId: scope } : null;
    },
  };
}

/** The roles the user holds in the scope of a role change, for its lockout check and audit. */
export async function rolesHeld(adapter: RosterAdapter, userId: string, organizationId: string | null, ctx: RequestContext, memberships?: Membership[] | null): Promise<string[]> {
  if (organizationId === null) return (await adapter.getUser(userId, ctx)).roleIds;
  const found = memberships ?? (await adapter.listUserMemberships(userId, ctx));
  return found.find((m) => m.organization.id === organizationId)?.roleIds ?? [];
}

/** The refusal of a lockout `authorize` did not allow. */
export function lockoutRefusal(lockout: Lockout): HandlerError {
  if (lockout.reason === 'self') {
    return new HandlerError('forbidden', {
      status: 403,
      message: 'Admins cannot lock themselves out: another admin must disable, delete or remove your account, or take away your last admin role.',
    });
  }
  const where = lockout.organizationId === null ? 'the project' : 'the organization';
  return new HandlerError('conflict', { status: 409, message: `This would leave ${where} without an active admin. Make someone else an admin first.` });
}
