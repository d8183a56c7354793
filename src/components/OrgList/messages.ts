/** OrgList's and OrgListDialog's strings (`messages.orgList`), in English; the other languages are in src/locales. */
import { createRosterFormat, type RosterFormat } from '../../react/messages.js';

export interface OrgListMessages {
  /** Accessible name of the list of memberships, and the title of OrgListDialog. */
  label: string;
  empty: string;
  rolesIn: (organization: string) => string;
  noRoles: string;
  editRoles: string;
  editRolesIn: (organization: string) => string;
  remove: string;
  removeFrom: (organization: string) => string;
  removeTitle: (organization: string) => string;
  removeDescription: string;
  removeConfirm: string;
  removed: (organization: string) => string;
  /** The button that opens the picker, the picker's title and its submit button. */
  add: string;
  addDescription: string;
  searchLabel: string;
  searchPlaceholder: string;
  organizationLabel: string;
  noOrganizations: string;
  /** Every organization the search found already has the user. */
  allJoined: string;
  moreResults: (shown: number, total: number, format: RosterFormat) => string;
  rolesToGrant: (organization: string) => string;
  /** The legend where a member holds exactly one role in an organization. */
  roleToGrant: (organization: string) => string;
  noRolesToGrant: string;
  added: (organization: string) => string;
  dialogDescription: string;
}

const en = createRosterFormat('en');

export const englishOrgListMessages: OrgListMessages = {
  label: 'Organizations',
  empty: 'Not a member of any organization.',
  rolesIn: (organization) => `Roles in ${organization}`,
  noRoles: 'No roles',
  editRoles: 'Edit roles',
  editRolesIn: (organization) => `Edit roles in ${organization}`,
  remove: 'Remove',
  removeFrom: (organization) => `Remove from ${organization}`,
  removeTitle: (organization) => `Remove from ${organization}?`,
  removeDescription: 'The user loses every role they hold in this organization. You can add them again later.',
  removeConfirm: 'Remove from organization',
  removed: (organization) => `Removed from ${organization}.`,
  add: 'Add to organization',
  addDescription: 'Pick an organization, then the roles to grant there.',
  searchLabel: 'Search organizations',
  searchPlaceholder: 'Organization name',
  organizationLabel: 'Organization',
  noOrganizations: 'No organizations match.',
  allJoined: 'The user is already a member of every organization found.',
  moreResults: (shown, total, f = en) => `Showing ${f.number(shown)} of ${f.number(total)}. Search to narrow the list.`,
  rolesToGrant: (organization) => `Roles to grant in ${organization}`,
  roleToGrant: (organization) => `Role in ${organization}`,
  noRolesToGrant: 'This organization has no roles to grant.',
  added: (organization) => `Added to ${organization}.`,
  dialogDescription: 'The organizations this user belongs to, and the roles held in each.',
};
