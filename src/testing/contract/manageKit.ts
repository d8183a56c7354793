/**
 * What the checks of managing definitions share: which role scopes an adapter manages, how a check
 * reads a definition back through the adapter's own reads, and cleanup that never hides the
 * check's own failure.
 */
import type { RoleScope, RosterAdapter } from '../../core/adapter.js';
import { isRosterError } from '../../core/errors.js';
import type { Organization, Role } from '../../core/model.js';
import { parseOrganization, parseOrganizationsPage, parsePermissions, parseRoles } from '../../core/validate.js';
import { check, checkEqual, sameMembers } from '../assert.js';
import { allOf, capability, methods, type OptionalMethod, type Requirement } from './kit.js';

export interface RoleScopeKind {
  label: 'project-wide' | 'per-organization';
  /** The flag of `capabilities.manage`, and of assigning roles, for this scope. */
  flag: 'projectRoles' | 'organizationRoles';
}

export const ROLE_SCOPES: readonly RoleScopeKind[] = [
  { label: 'project-wide', flag: 'projectRoles' },
  { label: 'per-organization', flag: 'organizationRoles' },
];

export const NO_SUCH_PERMISSION = 'roster-contract:no-such-permission';

/** Declared in `capabilities.manage.<flag>`, and each method there. */
export function manages(flag: keyof RosterAdapter['capabilities']['manage'], ...names: OptionalMethod[]): Requirement {
  const declared = capability(`manage.${flag}`, (c) => c.manage[flag]);
  return names.length ? allOf(declared, methods(...names)) : declared;
}

/** The first role scope the adapter manages with createRole, for checks about something else. */
export function managedRoleScope(adapter: RosterAdapter): RoleScopeKind | null {
  if (!adapter.createRole) return null;
  return ROLE_SCOPES.find((kind) => adapter.capabilities.manage[kind.flag]) ?? null;
}

export const somewhereRolesAreManaged: Requirement = {
  needs: 'createRole in a scope capabilities.manage declares',
  unmet: (adapter) => (managedRoleScope(adapter) ? null : adapter.createRole ? 'capabilities.manage.projectRoles and organizationRoles are false' : 'the adapter has no createRole'),
};

/** Project-wide: no organization. Per organization: the directory's first. */
export async function scopeFor(adapter: RosterAdapter, kind: RoleScopeKind): Promise<RoleScope> {
  if (kind.flag === 'projectRoles') return {};
  const [organization] = parseOrganizationsPage(await adapter.listOrganizations({ page: { size: 1 } })).items;
  check(organization, 'the directory must hold organizations');
  return { organizationId: organization.id };
}

export async function roleIn(adapter: RosterAdapter, scope: RoleScope, roleId: string): Promise<Role | undefined> {
  return parseRoles(await adapter.listRoles(scope)).find((r) => r.id === roleId);
}

/** Permission names a role may grant: the catalogue where it can be listed, else what roles grant now. */
export async function permissionPool(adapter: RosterAdapter, scope: RoleScope): Promise<string[]> {
  if (adapter.listPermissions) return parsePermissions(await adapter.listPermissions()).map((p) => p.name);
  return [...new Set(parseRoles(await adapter.listRoles(scope)).flatMap((r) => r.permissions))];
}

export interface RoleShape {
  name: string;
  description?: string;
  permissions: string[];
}

/** The role as `where` shows it holds exactly `expected`, in the scope it was made in. */
export function checkRole(actual: Role | undefined, expected: RoleShape, scope: RoleScope, where: string): void {
  check(actual, `${where} must show the role`);
  checkEqual(actual.name, expected.name, `${where}: the role's name`);
  if (expected.description !== undefined) checkEqual(actual.description, expected.description, `${where}: the role's description`);
  check(sameMembers(actual.permissions, expected.permissions), `${where}: the role must grant exactly ${JSON.stringify(expected.permissions)}, not ${JSON.stringify(actual.permissions)}`);
  checkEqual(actual.organizationId ?? null, scope.organizationId ?? null, `${where}: the role's organizationId`);
}

/** Every organization, following `nextCursor`: the list a check reads without relying on search. */
export async function allOrganizations(adapter: RosterAdapter): Promise<Organization[]> {
  const seen: Organization[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page = parseOrganizationsPage(await adapter.listOrganizations({ page: { size: 100, cursor } }));
    seen.push(...page.items);
    if (!page.nextCursor || page.nextCursor === cursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error('listOrganizations did not end after 1,000 pages');
}

/** The organization as getOrganization (where there is one) and the list both show it; they must agree. */
export async function organizationAsRead(adapter: RosterAdapter, organizationId: string): Promise<Organization | undefined> {
  const listed = (await allOrganizations(adapter)).find((o) => o.id === organizationId);
  if (!adapter.getOrganization) return listed;
  check(listed, 'listOrganizations must show the organization');
  const fetched = parseOrganization(await adapter.getOrganization(organizationId));
  checkEqual([fetched.name, [...fetched.domains].sort()], [listed.name, [...listed.domains].sort()], 'getOrganization and listOrganizations must agree');
  return fetched;
}

/** Rejected with `code` and a message on `field`, as a form needs to show it by the field. */
export const fieldError = (code: string, field: string) => (error: unknown) =>
  isRosterError(error) && error.code === code && typeof error.fieldErrors?.[field] === 'string' && error.fieldErrors[field].length > 0;

/** Cleanup after a check: tried, never allowed to replace the check's own failure. */
export async function quietly(cleanup: (() => Promise<unknown> | undefined) | undefined): Promise<void> {
  try {
    await cleanup?.();
  } catch {
    // Already gone (the check deleted it), or the backend refused: the check's result stands.
  }
}

let labels = 0;
/** A DNS label no other run uses, for domains that must not collide on a shared backend. */
export const newDomainLabel = () => `c${Date.now().toString(36)}${(labels++).toString(36)}`;

/**
 * Text an attacker would try as a name: markup, a right-to-left override, SQL, and 1,000
 * characters. Each carries `token`, so a run finds its own. None starts or ends with a space: a
 * name is stored trimmed.
 */
export function hostileNames(token: string): string[] {
  return [
    `<img src=x onerror=alert(1)> ${token}`,
    `\u202Egnp.exe\u202C ${token} \u0645\u062F\u064A\u0631`,
    `Robert'); DROP TABLE roles;-- "${token}" & <b>`,
    `${token} ${'Ω'.repeat(1000 - token.length - 1)}`,
  ];
}
