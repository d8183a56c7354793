/** OrganizationManager's strings (`messages.organizationManager`), in English; German and Arabic are in src/locales. */
import { createRosterFormat, type RosterFormat } from '../../react/messages.js';

export interface OrganizationManagerMessages {
  /** Accessible name of the component's region. */
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** The toolbar button, the create dialog's title and its submit button. */
  create: string;
  /** How many organizations the search found, when the backend tells. */
  count: (count: number, format: RosterFormat) => string;
  /** Added to the count while another page or search is on its way. */
  updating: string;
  empty: string;
  noMatch: string;
  domainsOf: (organization: string) => string;
  memberCount: (count: number, format: RosterFormat) => string;
  /** Announced with a row whose change the backend has not confirmed yet. */
  saving: string;
  members: string;
  membersOf: (organization: string) => string;
  edit: string;
  editOrganization: (organization: string) => string;
  delete: string;
  deleteOrganization: (organization: string) => string;
  paginationLabel: string;
  page: (page: number, format: RosterFormat) => string;
  pageOf: (page: number, pages: number, format: RosterFormat) => string;
  previousPage: string;
  nextPage: string;

  createDescription: string;
  editTitle: (organization: string) => string;
  editDescription: string;
  nameLabel: string;
  domainsLabel: string;
  domainsHint: string;
  save: string;
  nameRequired: string;
  nameTaken: string;
  /** The backend refused the name for another reason. */
  nameRejected: string;
  /** What the form found wrong before sending. */
  invalidDomains: (domains: string[], format: RosterFormat) => string;
  /** The backend refused the domains. */
  domainsRejected: string;
  discardTitle: string;
  discardDescription: string;
  discardChanges: string;
  keepEditing: string;
  created: (organization: string) => string;
  saved: (organization: string) => string;
  /** Before the shared error text: "Acme was not saved. <why>". */
  notSaved: (organization: string) => string;

  deleteTitle: (organization: string) => string;
  /** What deleting does to the members; `count` is null where the backend cannot count them. */
  deleteDescription: (count: number | null, format: RosterFormat) => string;
  /** The label of the field the admin types the name into. */
  typeToConfirm: (organization: string) => string;
  deleteConfirm: string;
  deleted: (organization: string, members: number | null, format: RosterFormat) => string;
  /** Another admin deleted it meanwhile. */
  alreadyDeleted: (organization: string) => string;

  membersHeading: (organization: string) => string;
  back: string;
  dismiss: string;
}

const en = createRosterFormat('en');
const members = (count: number, f: RosterFormat) => `${f.number(count)} ${f.plural(count, { one: 'member', other: 'members' })}`;

export const englishOrganizationManagerMessages: OrganizationManagerMessages = {
  label: 'Organizations',
  searchLabel: 'Search organizations',
  searchPlaceholder: 'Organization name',
  create: 'Create organization',
  count: (count, f = en) => `${f.number(count)} ${f.plural(count, { one: 'organization', other: 'organizations' })}`,
  updating: 'Updating…',
  empty: 'No organizations yet.',
  noMatch: 'No organizations match.',
  domainsOf: (organization) => `Domains of ${organization}`,
  memberCount: (count, f = en) => members(count, f),
  saving: 'Saving…',
  members: 'Members',
  membersOf: (organization) => `Members of ${organization}`,
  edit: 'Edit',
  editOrganization: (organization) => `Edit ${organization}`,
  delete: 'Delete',
  deleteOrganization: (organization) => `Delete ${organization}`,
  paginationLabel: 'Pages of organizations',
  page: (page, f = en) => `Page ${f.number(page)}`,
  pageOf: (page, pages, f = en) => `Page ${f.number(page)} of ${f.number(pages)}`,
  previousPage: 'Previous',
  nextPage: 'Next',

  createDescription: 'Name the organization and, if you like, the email domains that belong to it.',
  editTitle: (organization) => `Edit ${organization}`,
  editDescription: 'Change the name or the email domains.',
  nameLabel: 'Name',
  domainsLabel: 'Email domains',
  domainsHint: 'One per line, such as example.com.',
  save: 'Save changes',
  nameRequired: 'Enter a name.',
  nameTaken: 'An organization with this name already exists.',
  nameRejected: 'This name cannot be used.',
  invalidDomains: (domains, f = en) => `${f.plural(domains.length, { one: 'Not a domain', other: 'Not domains' })}: ${f.list(domains)}. Enter domains such as example.com, without @ or https://.`,
  domainsRejected: 'These domains cannot be used. Enter domains such as example.com, without @ or https://.',
  discardTitle: 'Discard changes?',
  discardDescription: 'What you typed has not been saved.',
  discardChanges: 'Discard changes',
  keepEditing: 'Keep editing',
  created: (organization) => `Created ${organization}.`,
  saved: (organization) => `Saved ${organization}.`,
  notSaved: (organization) => `${organization} was not saved.`,

  deleteTitle: (organization) => `Delete ${organization}?`,
  deleteDescription: (count, f = en) =>
    count === 0
      ? 'It has no members. Its roles are deleted with it. This cannot be undone.'
      : count === null
        ? 'Its members lose their membership and the roles they hold in it; their accounts stay. This cannot be undone.'
        : f.plural(count, {
            one: 'Its one member loses the membership and the roles held in it; their account stays. This cannot be undone.',
            other: `Its ${members(count, f)} lose their membership and the roles they hold in it; their accounts stay. This cannot be undone.`,
          }),
  typeToConfirm: (organization) => `Type “${organization}” to confirm`,
  deleteConfirm: 'Delete organization',
  deleted: (organization, count, f = en) =>
    count ? `Deleted ${organization}. ${f.plural(count, { one: 'Its one member kept their account.', other: `Its ${members(count, f)} kept their accounts.` })}` : `Deleted ${organization}.`,
  alreadyDeleted: (organization) => `${organization} no longer exists; someone else deleted it.`,

  membersHeading: (organization) => `Members of ${organization}`,
  back: 'Back to organizations',
  dismiss: 'Dismiss',
};
