import { generateDirectory, type Directory } from 'react-roster/memory';
import type { Role, User } from 'react-roster';
/**
 * Directories for the RoleEditor and OrgList stories (and the tests that render them): small,
 * seeded, with the users they need picked by what they hold rather than by a magic id.
 */

export const directory: Directory = generateDirectory({ seed: 11, userCount: 60, organizationCount: 12 });

/** Organizations that define roles of their own (every third one in the generated directory). */
const orgsWithOwnRoles = new Set(directory.roles.flatMap((r) => (r.organizationId ? [r.organizationId] : [])));

/** Holds one or two project roles and belongs to an organization with roles of its own. */
export const editor: User = directory.users.find(
  (u) => u.roleIds.length === 1 && u.status === 'active' && u.memberships!.length >= 2 && orgsWithOwnRoles.has(u.memberships![0]!.organization.id),
)!;
export const editorOrganization = editor.memberships![0]!.organization;

export function userIn(d: Directory, id: string): User {
  return d.users.find((u) => u.id === id)!;
}

const AREAS = [
  'Invoices', 'Payments', 'Refunds', 'Orders', 'Shipping', 'Inventory', 'Catalog', 'Pricing', 'Discounts', 'Reviews',
  'Tickets', 'Chat', 'Knowledge base', 'Reports', 'Dashboards', 'Exports', 'Imports', 'Webhooks', 'API keys', 'Audit log',
  'Teams', 'Projects', 'Milestones', 'Documents', 'Templates', 'Contracts', 'Leads', 'Campaigns', 'Newsletters', 'Surveys',
  'Payroll', 'Expenses', 'Budgets', 'Vendors', 'Assets', 'Devices', 'Licenses', 'Backups', 'Integrations', 'Domains',
];
const LEVELS = [
  { name: 'viewer', verbs: ['read'] },
  { name: 'editor', verbs: ['read', 'write'] },
  { name: 'approver', verbs: ['read', 'approve'] },
  { name: 'manager', verbs: ['read', 'write', 'delete'] },
  { name: 'owner', verbs: ['read', 'write', 'delete', 'share', 'configure'] },
];

/** 200 realistic project-wide roles: every area at every level. */
export const manyRoles: Role[] = AREAS.flatMap((area) => {
  const slug = area.toLowerCase().replace(/\s+/g, '-');
  return LEVELS.map((level) => ({
    id: `${slug}-${level.name}`,
    name: `${area} ${level.name}`,
    description: `${level.verbs.length > 1 ? 'Can ' + level.verbs.slice(0, -1).join(', ') + ' and ' + level.verbs.at(-1) : 'Can read'} ${area.toLowerCase()}.`,
    permissions: level.verbs.map((verb) => `${slug}:${verb}`),
    organizationId: null,
  }));
});

export const directoryWithManyRoles: Directory = { ...directory, roles: [...directory.roles, ...manyRoles] };

/** 50 organizations, and a user who belongs to every one of them. */
export const directoryWithManyOrganizations: Directory = (() => {
  const d = generateDirectory({ seed: 5, userCount: 20, organizationCount: 50 });
  const user = d.users[0]!;
  user.memberships = d.organizations.map((org, i) => {
    const own = d.roles.filter((r) => r.organizationId === org.id);
    return { organization: { id: org.id, name: org.name }, roleIds: own.length && i % 2 === 0 ? ['member', own[0]!.id] : [i % 4 === 1 ? 'admin' : 'member'] };
  });
  return d;
})();
export const memberOfAll: User = directoryWithManyOrganizations.users[0]!;

/** A user who belongs to no organization. */
export const directoryWithLoner: Directory = (() => {
  const d = generateDirectory({ seed: 11, userCount: 60, organizationCount: 12 });
  d.users[0]!.memberships = [];
  return d;
})();
export const loner: User = directoryWithLoner.users[0]!;

/** In the 50-organization directory: someone not yet in the first organization, which has roles of its own. */
export const joiner: User = directoryWithManyOrganizations.users.find((u, i) => i > 0 && !u.memberships!.some((m) => m.organization.id === 'org_001'))!;
export const organizationWithOwnRoles = directoryWithManyOrganizations.organizations[0]!;
