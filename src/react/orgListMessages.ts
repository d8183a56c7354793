/** Strings of OrgList and OrgListDialog; part of RosterMessages as `orgList`. */
export interface OrgListMessages {
  /** Accessible name of the list of memberships. */
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
  add: string;
  addTitle: string;
  addDescription: string;
  searchLabel: string;
  searchPlaceholder: string;
  organizationLabel: string;
  noOrganizations: string;
  /** Every organization the search found already has the user. */
  allJoined: string;
  moreResults: (shown: number, total: number) => string;
  rolesToGrant: (organization: string) => string;
  pickOrganizationFirst: string;
  noRolesToGrant: string;
  addConfirm: string;
  added: (organization: string) => string;
  dialogTitle: string;
  dialogDescription: string;
}

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
  addTitle: 'Add to organization',
  addDescription: 'Pick an organization, then the roles to grant there.',
  searchLabel: 'Search organizations',
  searchPlaceholder: 'Organization name',
  organizationLabel: 'Organization',
  noOrganizations: 'No organizations match.',
  allJoined: 'The user is already a member of every organization found.',
  moreResults: (shown, total) => `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')}. Search to narrow the list.`,
  rolesToGrant: (organization) => `Roles to grant in ${organization}`,
  pickOrganizationFirst: 'Pick an organization to choose its roles.',
  noRolesToGrant: 'This organization has no roles to grant.',
  addConfirm: 'Add to organization',
  added: (organization) => `Added to ${organization}.`,
  dialogTitle: 'Organizations',
  dialogDescription: 'The organizations this user belongs to, and the roles held in each.',
};
