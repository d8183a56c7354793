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
  /** The confirmation once the user's name is known: "Remove Aiden Chen from Hooli?". */
  removeUserTitle: (user: string, organization: string) => string;
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
  /** The search field over the user's own memberships, shown when there are many. */
  filterLabel: string;
  /** A role id neither catalogue knows. */
  unknownRole: string;
  /** What screen readers hear for the "+3" chip: the roles it stands for. */
  moreRoles: (count: number, names: string[], format: RosterFormat) => string;
  /** Every organization the search found already has the user. */
  allJoined: string;
  moreResults: (shown: number, total: number, format: RosterFormat) => string;
  rolesToGrant: (organization: string) => string;
  /** The legend where a member holds exactly one role in an organization. */
  roleToGrant: (organization: string) => string;
  noRolesToGrant: string;
  added: (organization: string) => string;
  dialogDescription: string;
  /** OrgListDialog's title once the user's name is known. */
  dialogTitleFor: (user: string) => string;
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
  removeUserTitle: (user, organization) => `Remove ${user} from ${organization}?`,
  removeDescription: 'The user loses every role they hold in this organization. You can add them again later.',
  removeConfirm: 'Remove from organization',
  removed: (organization) => `Removed from ${organization}.`,
  add: 'Add to organization',
  addDescription: 'Pick an organization, then the roles to grant there.',
  searchLabel: 'Search organizations',
  searchPlaceholder: 'Organization name',
  organizationLabel: 'Organization',
  noOrganizations: 'No organizations match.',
  filterLabel: 'Search this user’s organizations',
  unknownRole: 'Unknown role',
  moreRoles: (count, names, f = en) => `and ${f.number(count)} more: ${f.list(names)}`,
  allJoined: 'The user is already a member of every organization found.',
  moreResults: (shown, total, f = en) => `Showing ${f.number(shown)} of ${f.number(total)}. Search to narrow the list.`,
  rolesToGrant: (organization) => `Roles to grant in ${organization}`,
  roleToGrant: (organization) => `Role in ${organization}`,
  noRolesToGrant: 'This organization has no roles to grant.',
  added: (organization) => `Added to ${organization}.`,
  dialogDescription: 'The organizations this user belongs to, and the roles held in each.',
  dialogTitleFor: (user) => `Organizations — ${user}`,
};
