/**
 * Roles on SSOJet (reference §3.2). Create New Role takes a name, slug and description only and
 * answers the whole role list, so the adapter finds its role there by the slug it chose, then
 * grants permissions with Update Existing Role, which needs every field and names permissions by
 * id. Roles are project-wide: no legacy route takes an organization.
 */
import type { RequestContext, RoleScope } from '../../core/adapter.js';
import { RosterError } from '../../core/errors.js';
import type { Role, RoleInput, RolePatch } from '../../core/model.js';
import { afterCreate, freeSlug, notFound, refuseTakenName, requiredName, uniqueNames } from './definitionInput.js';
import { toPermissionRecords, toRole, toRoleRecord, toRoleRecords, type PermissionRecord, type RoleRecord } from './definitionMapping.js';
import type { DefinitionDeps, SsojetDefinitionMethods } from './definitions.js';
import type { SsojetCreateRoleBody, SsojetUpdateRoleBody } from './wireTypes.js';

export const ROLES_PATH = '/api/v1/roles';
export const PERMISSIONS_PATH = '/api/v1/permissions';
/** Role and permission writes take turns: each checks names against lists it has just read. */
export const CATALOGUE_QUEUE_KEY = 'ssojet:roles-and-permissions';

const rolePath = (roleId: string) => `${ROLES_PATH}/${encodeURIComponent(roleId)}`;
const live = (role: RoleRecord) => !role.deleted;

function rejectOrganizationScope(scope: RoleScope | undefined): void {
  if (scope?.organizationId) {
    throw new RosterError('unsupported', { message: 'SSOJet defines roles project-wide only; it has no roles per organization.' });
  }
}

/** Permission names → ids; a name no permission has is the caller's mistake, caught before writing. */
function permissionIdsFor(names: readonly string[], permissions: readonly PermissionRecord[]): string[] {
  const ids = new Map<string, string>();
  for (const permission of permissions) if (!ids.has(permission.name)) ids.set(permission.name, permission.id);
  if (names.some((name) => !ids.has(name))) {
    throw new RosterError('invalid_input', { message: 'A permission the role should grant does not exist.', fieldErrors: { permissions: 'Choose permissions from the list.' } });
  }
  return names.map((name) => ids.get(name)!);
}

/** Both role writes answer the whole list (their pages' examples); one role, or nothing usable, is tolerated. */
function rolesIn(answer: unknown): RoleRecord[] {
  try {
    return Array.isArray(answer) ? toRoleRecords(answer) : [toRoleRecord(answer, 'role')];
  } catch {
    return [];
  }
}

export function createRoleWrites(deps: DefinitionDeps): Pick<SsojetDefinitionMethods, 'createRole' | 'updateRole' | 'deleteRole'> {
  async function readRoles(ctx: RequestContext | undefined): Promise<RoleRecord[]> {
    return toRoleRecords(await deps.read(ROLES_PATH, ctx));
  }

  async function catalogue(ctx: RequestContext | undefined) {
    const [roles, permissions] = await Promise.all([readRoles(ctx), deps.read(PERMISSIONS_PATH, ctx).then(toPermissionRecords)]);
    return { roles, permissions };
  }

  /** The role the create made: new since `before`, with the slug (or name) it was given. */
  async function createdId(answer: unknown, before: readonly RoleRecord[], body: SsojetCreateRoleBody, ctx: RequestContext | undefined): Promise<string> {
    const known = new Set(before.map((r) => r.id));
    const find = (records: readonly RoleRecord[]) => records.find((r) => live(r) && !known.has(r.id) && (r.slug === body.slug || r.name === body.name))?.id;
    const id = find(rolesIn(answer)) ?? find(await readRoles(ctx));
    if (!id) throw new RosterError('bad_response', { message: 'SSOJet does not list the new role yet; reload the roles.' });
    return id;
  }

  return {
    async createRole(input: RoleInput, scope?: RoleScope, ctx?: RequestContext): Promise<Role> {
      rejectOrganizationScope(scope);
      const name = requiredName(input.name, 'role');
      const wanted = uniqueNames(input.permissions);
      return deps.queue(CATALOGUE_QUEUE_KEY, async () => {
        const { roles, permissions } = await catalogue(ctx);
        refuseTakenName(name, roles.filter(live), 'role');
        const permissionIds = permissionIdsFor(wanted, permissions);
        const body: SsojetCreateRoleBody = { name, slug: freeSlug(name, roles.map((r) => r.slug), 'role'), description: input.description ?? '' };
        const answer = await deps.write('POST', ROLES_PATH, body, ctx);
        let id: string;
        try {
          id = await createdId(answer, roles, body, ctx);
        } catch (error) {
          throw afterCreate(error, 'role', 'reading it back');
        }
        if (permissionIds.length) {
          // Create New Role cannot set permissions; Update Existing Role grants them.
          const grant: SsojetUpdateRoleBody = { ...body, permission_id: permissionIds };
          try {
            await deps.write('PUT', rolePath(id), grant, ctx);
          } catch (error) {
            throw afterCreate(error, 'role', 'granting its permissions');
          }
        }
        return toRole({ id, ...body, permissionIds, deleted: false }, permissions);
      }, ctx?.signal);
    },

    async updateRole(roleId: string, patch: RolePatch, scope?: RoleScope, ctx?: RequestContext): Promise<Role> {
      rejectOrganizationScope(scope);
      const name = patch.name === undefined ? undefined : requiredName(patch.name, 'role');
      return deps.queue(CATALOGUE_QUEUE_KEY, async () => {
        const { roles, permissions } = await catalogue(ctx);
        const current = roles.find((r) => r.id === roleId && live(r));
        // Checked first, so a role another admin deleted is never written (nor made again).
        if (!current) throw notFound('role');
        if (name !== undefined) refuseTakenName(name, roles.filter(live), 'role', roleId);
        const permissionIds = patch.permissions === undefined ? current.permissionIds : permissionIdsFor(uniqueNames(patch.permissions), permissions);
        // Every field is required, so the role goes back whole with the patch laid over it.
        const body: SsojetUpdateRoleBody = {
          name: name ?? current.name,
          slug: current.slug || freeSlug(name ?? current.name, roles.filter((r) => r.id !== roleId).map((r) => r.slug), 'role'),
          description: patch.description ?? current.description,
          permission_id: permissionIds,
        };
        const answer = await deps.write('PUT', rolePath(roleId), body, ctx);
        const written = rolesIn(answer).find((r) => r.id === roleId && live(r));
        return toRole(written ?? { id: roleId, ...body, permissionIds, deleted: false }, permissions);
      }, ctx?.signal);
    },

    async deleteRole(roleId: string, scope?: RoleScope, ctx?: RequestContext): Promise<void> {
      rejectOrganizationScope(scope);
      await deps.queue(CATALOGUE_QUEUE_KEY, async () => {
        // SSOJet marks roles `is_deleted` rather than dropping them; a role so marked is gone.
        if (!(await readRoles(ctx)).some((r) => r.id === roleId && live(r))) throw notFound('role');
        // INFERRED path: "Remove Organization Role By Role Id" is in the docs' navigation; its page is not.
        await deps.write('DELETE', rolePath(roleId), undefined, ctx);
      }, ctx?.signal);
    },
  };
}
