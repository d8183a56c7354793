/**
 * SSOJet's "Role And Permission" and "Organization" routes (seed 000's navigation;
 * shared/reference/ssojet-api.md §3.2, §3.3), strict to what their pages document:
 *
 *   Create New Role        POST   /api/v1/roles             { name, slug, description } → the whole role list
 *   Update Existing Role   PUT    /api/v1/roles/{id}        { name, slug, description, permission_id } → the role list
 *   Remove … Role          DELETE /api/v1/roles/{id}        INFERRED (page not retrieved)
 *   Create permission      POST   /api/v1/permissions       current OpenAPI only (operations/permissions/post) → 201
 *   Update Permission      PUT    /api/v1/permissions/{id}  { name, slug, description } → the permission (prose)
 *   Remove … Permission    DELETE /api/v1/permissions/{id}  INFERRED
 *   Add New Organization   POST   /api/v1/organization      { Name, WhiteListDomains, AllowProfilesOutsideOrganization }
 *   Get Organization       GET    /api/v1/organization/{id} INFERRED
 *   Update Organization    PUT    /api/account/organization/{id}  the page's heading (its prose: /api/v1/organization{id})
 *   Delete Organization    DELETE /api/account/organization/{id}  INFERRED: the same resource as the update
 *
 * "Required" reads as: the field is there with the right type, and a name is not blank. The docs
 * say nothing of duplicate names, so they are stored as sent; they call a slug "the unique
 * identifier", so a slug another live record holds is refused (409, as for a taken email).
 * Role records carry `is_deleted`, so a deleted role stays listed, marked deleted, and leaves
 * every user and membership that held it.
 */
import { HttpResponse, type HttpHandler } from 'msw';
import type { SsojetOrganization, SsojetPermission, SsojetRole, SsojetUserRoleRef } from '../../../adapters/ssojet/wireTypes.js';
import { refuse } from './responses.js';
import { jsonBody, requiredName, requiredString, type Body, type Params, type Route } from './routing.js';
import { slug as slugOf, type SsojetEmulatorState } from './state.js';

export interface DefinitionContext {
  state: SsojetEmulatorState;
  newId(): string;
}

/** What the current docs answer a delete with; the legacy pages for these deletes were not retrieved. */
const DELETED = { success: true } as const;

function optionalBoolean(body: Body, field: string, fallback: boolean): boolean {
  const value = body[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') refuse(400, `${field} must be a boolean.`);
  return value;
}

function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) refuse(400, `${field} must be an array of strings.`);
  return value;
}

function roleFields(body: Body): { name: string; slug: string; description: string } {
  return { name: requiredName(body, 'name'), slug: requiredName(body, 'slug'), description: requiredString(body, 'description') };
}

/** Either spelling the docs use; `null` (a Go nil slice) for none. Left out: `fallback`. */
function domainsOf(body: Body, fallback: string[] | null): string[] | null {
  const field = body.WhiteListDomains !== undefined ? 'WhiteListDomains' : 'WhiteListDomain';
  const value = body[field];
  if (value === undefined) return fallback;
  if (value === null) return null;
  const list = stringList(value, field);
  return list.length ? [...list] : null;
}

function roleRefId(ref: SsojetUserRoleRef): string | undefined {
  return typeof ref === 'string' ? ref : (ref.role_id ?? ref.id ?? ref._id);
}

export function createDefinitionHandlers(ctx: DefinitionContext, route: Route): HttpHandler[] {
  const { state } = ctx;
  const liveRoles = () => state.roles.filter((r) => !r.is_deleted);

  function findRole(params: Params): SsojetRole {
    const role = liveRoles().find((r) => r.id === String(params.roleId));
    if (!role) refuse(404, 'Role not found.');
    return role;
  }

  function findPermission(params: Params): SsojetPermission {
    const permission = state.permissions.find((p) => p.id === String(params.permissionId));
    if (!permission) refuse(404, 'Permission not found.');
    return permission;
  }

  function findOrganization(params: Params): SsojetOrganization {
    const organization = state.organizations.find((o) => o.id === String(params.organizationId));
    if (!organization) refuse(404, 'Organization not found.');
    return organization;
  }

  function checkSlugFree(records: readonly { id: string; slug?: string }[], slug: string, what: string, exceptId?: string): void {
    if (records.some((r) => r.id !== exceptId && r.slug === slug)) refuse(409, `A ${what} with this slug already exists.`);
  }

  /** `permission_id` is required on Update Existing Role, and names permissions by id. */
  function permissionIds(body: Body): string[] {
    if (!('permission_id' in body)) refuse(400, 'permission_id is required.');
    const ids = stringList(body.permission_id, 'permission_id');
    const known = new Set(state.permissions.map((p) => p.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) refuse(400, `Unknown permission id: ${unknown.join(', ')}.`);
    return [...new Set(ids)];
  }

  /** A role deleted is a role nobody holds any more, project-wide or in an organization. */
  function releaseRole(roleId: string): void {
    for (const user of state.users.values()) {
      const held = (user.roles ?? []).filter((ref) => roleRefId(ref) !== roleId);
      user.roles = held.length ? held : null;
    }
    for (const memberships of state.memberships.values()) {
      for (const membership of memberships) membership.roleIds = membership.roleIds.filter((id) => id !== roleId);
    }
  }

  return [
    route('listRoles', 'get', '/api/v1/roles', () => state.roles),

    route('createRole', 'post', '/api/v1/roles', async (request) => {
      const fields = roleFields(await jsonBody(request));
      checkSlugFree(liveRoles(), fields.slug, 'role');
      state.roles.push({ id: ctx.newId(), ...fields, permission_id: null, is_deleted: false, is_active: true });
      return state.roles;
    }),

    route('updateRole', 'put', '/api/v1/roles/:roleId', async (request, params) => {
      const role = findRole(params);
      const body = await jsonBody(request);
      const fields = roleFields(body);
      const ids = permissionIds(body);
      checkSlugFree(liveRoles(), fields.slug, 'role', role.id);
      Object.assign(role, fields, { permission_id: ids.length ? ids : null });
      return state.roles;
    }),

    // INFERRED path ("Remove Organization Role By Role Id"; the page was not retrieved).
    route('deleteRole', 'delete', '/api/v1/roles/:roleId', (_request, params) => {
      const role = findRole(params);
      Object.assign(role, { is_deleted: true, is_active: false });
      releaseRole(role.id);
      return DELETED;
    }),

    route('listPermissions', 'get', '/api/v1/permissions', () => state.permissions),

    // The current OpenAPI reference's Create Permission; the legacy docs have none.
    route('createPermission', 'post', '/api/v1/permissions', async (request) => {
      const body = await jsonBody(request);
      const name = requiredName(body, 'name');
      const description = body.description === undefined ? '' : requiredString(body, 'description');
      // The current docs' body has no slug; the legacy record has one, so it is taken when sent.
      const slug = body.slug === undefined ? slugOf(name) : requiredName(body, 'slug');
      if (body.slug !== undefined) checkSlugFree(state.permissions, slug, 'permission');
      const permission: SsojetPermission = {
        id: ctx.newId(),
        name,
        slug,
        description,
        is_active: optionalBoolean(body, 'is_active', true),
        is_default: optionalBoolean(body, 'is_default', false),
      };
      state.permissions.push(permission);
      return HttpResponse.json(permission, { status: 201 });
    }),

    route('updatePermission', 'put', '/api/v1/permissions/:permissionId', async (request, params) => {
      const permission = findPermission(params);
      const body = await jsonBody(request);
      const fields = { name: requiredName(body, 'name'), slug: requiredName(body, 'slug'), description: requiredString(body, 'description') };
      checkSlugFree(state.permissions, fields.slug, 'permission', permission.id);
      // Roles name permissions by id, so a rename reaches every role that grants it.
      return Object.assign(permission, fields);
    }),

    // INFERRED path ("Remove Organization Permission By Permission Id"; the page was not retrieved).
    route('deletePermission', 'delete', '/api/v1/permissions/:permissionId', (_request, params) => {
      const permission = findPermission(params);
      state.permissions.splice(state.permissions.indexOf(permission), 1);
      for (const role of state.roles) {
        const ids = (role.permission_id ?? []).filter((id) => id !== permission.id);
        role.permission_id = ids.length ? ids : null;
      }
      return DELETED;
    }),

    route('listOrganizations', 'get', '/api/v1/organizations', () => state.organizations),

    route('createOrganization', 'post', '/api/v1/organization', async (request) => {
      const body = await jsonBody(request);
      const organization: SsojetOrganization = {
        id: ctx.newId(),
        name: requiredName(body, 'Name'),
        WhiteListDomains: domainsOf(body, null),
        allow_profiles_outside_organization: optionalBoolean(body, 'AllowProfilesOutsideOrganization', false),
        domain: '',
        WorkspaceName: '',
        is_active: true,
      };
      state.organizations.push(organization);
      // The page's example answers with the list spelled `WhiteListDomain`.
      const { WhiteListDomains, ...rest } = organization;
      return { ...rest, WhiteListDomain: WhiteListDomains };
    }),

    // INFERRED path (the page was not retrieved; the current API's equivalent is GET /tenants/{id}).
    route('getOrganization', 'get', '/api/v1/organization/:organizationId', (_request, params) => findOrganization(params)),

    route('updateOrganization', 'put', '/api/account/organization/:organizationId', async (request, params) => {
      const organization = findOrganization(params);
      const body = await jsonBody(request);
      const name = requiredName(body, 'Name');
      return Object.assign(organization, {
        name,
        WhiteListDomains: domainsOf(body, organization.WhiteListDomains ?? null),
        allow_profiles_outside_organization: optionalBoolean(body, 'AllowProfilesOutsideOrganization', organization.allow_profiles_outside_organization ?? false),
      });
    }),

    // INFERRED path: the docs name the operation only; this is the resource Update Organization writes.
    route('deleteOrganization', 'delete', '/api/account/organization/:organizationId', (_request, params) => {
      const organization = findOrganization(params);
      state.organizations.splice(state.organizations.indexOf(organization), 1);
      for (const [userId, memberships] of state.memberships) {
        state.memberships.set(userId, memberships.filter((m) => m.organizationId !== organization.id));
      }
      return DELETED;
    }),
  ];
}
