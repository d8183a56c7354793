/**
 * Permissions on SSOJet (reference §3.2, §4.3). Roles name permissions by id, so a rename reaches
 * every role that grants the permission without the adapter touching the roles.
 *
 * Create: the legacy docs have no route. The current OpenAPI reference documents one,
 * `POST /permissions` (docs.ssojet.com/api/operations/permissions/post: name, description,
 * is_active, is_default → 201 with the permission), under the same `/api/v1` base the legacy
 * routes use, and SSOJet's agent-skill reference shows the same request with `?client_id=`.
 * Two sources from SSOJet agree, so `createPermission` is offered; the legacy `slug` goes along,
 * because Update Permission requires one.
 */
import type { RequestContext } from '../../core/adapter.js';
import { RosterError } from '../../core/errors.js';
import type { Permission, PermissionInput, PermissionPatch } from '../../core/model.js';
import { afterCreate, freeSlug, notFound, refuseTakenName, requiredName } from './definitionInput.js';
import { toPermission, toPermissionRecord, toPermissionRecords, type PermissionRecord } from './definitionMapping.js';
import type { DefinitionDeps, SsojetDefinitionMethods } from './definitions.js';
import { CATALOGUE_QUEUE_KEY, PERMISSIONS_PATH } from './roleWrites.js';
import type { SsojetCreatePermissionBody, SsojetUpdatePermissionBody } from './wireTypes.js';

const permissionPath = (permissionId: string) => `${PERMISSIONS_PATH}/${encodeURIComponent(permissionId)}`;

/** One permission from an answer, or null: Update Permission's schema block shows a role list instead. */
function permissionIn(answer: unknown): PermissionRecord | null {
  try {
    return toPermissionRecord(answer, 'permission');
  } catch {
    return null;
  }
}

type PermissionMethods = Pick<SsojetDefinitionMethods, 'listPermissions' | 'createPermission' | 'updatePermission' | 'deletePermission'>;

export function createPermissionWrites(deps: DefinitionDeps): PermissionMethods {
  async function readPermissions(ctx: RequestContext | undefined): Promise<PermissionRecord[]> {
    return toPermissionRecords(await deps.read(PERMISSIONS_PATH, ctx));
  }

  async function existing(permissionId: string, ctx: RequestContext | undefined) {
    const permissions = await readPermissions(ctx);
    const current = permissions.find((p) => p.id === permissionId);
    if (!current) throw notFound('permission');
    return { permissions, current };
  }

  /** The permission the create made: in its 201 answer, or else new in a fresh list. */
  async function created(answer: unknown, before: readonly PermissionRecord[], body: SsojetCreatePermissionBody, ctx: RequestContext | undefined): Promise<PermissionRecord> {
    const known = new Set(before.map((p) => p.id));
    const isNew = (p: PermissionRecord | null | undefined): p is PermissionRecord => !!p && !known.has(p.id) && (p.slug === body.slug || p.name === body.name);
    const answered = permissionIn(answer);
    if (isNew(answered)) return answered;
    const listed = (await readPermissions(ctx)).find(isNew);
    if (!listed) throw new RosterError('bad_response', { message: 'SSOJet does not list the new permission yet; reload the permissions.' });
    return listed;
  }

  return {
    async listPermissions(ctx?: RequestContext): Promise<Permission[]> {
      return (await readPermissions(ctx)).map(toPermission);
    },

    async createPermission(input: PermissionInput, ctx?: RequestContext): Promise<Permission> {
      const name = requiredName(input.name, 'permission');
      return deps.queue(CATALOGUE_QUEUE_KEY, async () => {
        const permissions = await readPermissions(ctx);
        refuseTakenName(name, permissions, 'permission');
        const body: SsojetCreatePermissionBody = {
          name,
          slug: freeSlug(name, permissions.map((p) => p.slug), 'permission'),
          description: input.description ?? '',
          is_active: true,
          is_default: false,
        };
        const answer = await deps.write('POST', PERMISSIONS_PATH, body, ctx);
        try {
          return toPermission(await created(answer, permissions, body, ctx));
        } catch (error) {
          throw afterCreate(error, 'permission', 'reading it back');
        }
      }, ctx?.signal);
    },

    async updatePermission(permissionId: string, patch: PermissionPatch, ctx?: RequestContext): Promise<Permission> {
      const name = patch.name === undefined ? undefined : requiredName(patch.name, 'permission');
      return deps.queue(CATALOGUE_QUEUE_KEY, async () => {
        const { permissions, current } = await existing(permissionId, ctx);
        if (name !== undefined) refuseTakenName(name, permissions, 'permission', permissionId);
        // All three fields are required; the slug stays, so tokens that carry it keep meaning the same.
        const body: SsojetUpdatePermissionBody = {
          name: name ?? current.name,
          slug: current.slug || freeSlug(name ?? current.name, permissions.filter((p) => p.id !== permissionId).map((p) => p.slug), 'permission'),
          description: patch.description ?? current.description,
        };
        const written = permissionIn(await deps.write('PUT', permissionPath(permissionId), body, ctx));
        return toPermission(written?.id === permissionId ? written : { id: permissionId, ...body });
      }, ctx?.signal);
    },

    async deletePermission(permissionId: string, ctx?: RequestContext): Promise<void> {
      await deps.queue(CATALOGUE_QUEUE_KEY, async () => {
        await existing(permissionId, ctx);
        // INFERRED path: "Remove Organization Permission By Permission Id" is in the navigation; its page is not.
        await deps.write('DELETE', permissionPath(permissionId), undefined, ctx);
      }, ctx?.signal);
    },
  };
}
