/** RoleEditor's and RoleEditorDialog's strings (`messages.roleEditor`), in English; the other languages are in src/locales. */
import { createRosterFormat, type RosterFormat } from '../../react/messages.js';

export interface RoleEditorMessages {
  /** Legend of the role checkboxes for project-wide roles. */
  label: string;
  /** Legend of the role checkboxes inside one organization. */
  labelInOrganization: (organization: string) => string;
  currentRoles: string;
  noRolesHeld: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** How many roles the search shows, out of all. */
  matchCount: (shown: number, total: number, format: RosterFormat) => string;
  noMatch: (search: string) => string;
  noRolesAvailable: string;
  permissionsOf: (role: string) => string;
  noPermissions: string;
  /** Marks a role that the staged change will add or remove, next to its name. */
  willBeAdded: string;
  willBeRemoved: string;
  /** The staged change as a sentence, e.g. "adds Admin, removes Viewer". */
  diff: (added: string[], removed: string[], format: RosterFormat) => string;
  /** The line above Save that shows the staged change. */
  unsaved: (diff: string) => string;
  noChanges: string;
  save: string;
  saving: string;
  /** Inline Cancel, and the confirmation of closing the dialog: drops the staged changes. */
  discardChanges: string;
  saved: string;
  /** Immediate mode, after one toggle lands. */
  roleAdded: (role: string) => string;
  roleRemoved: (role: string) => string;
  /** Immediate mode where a member holds one role: the pick landed, or failed and was rolled back. */
  rolePicked: (role: string) => string;
  pickFailed: (role: string) => string;
  /** Immediate mode, after one toggle failed and was rolled back. */
  addFailed: (role: string) => string;
  removeFailed: (role: string) => string;
  /** A save that failed before anything changed. */
  notSaved: string;
  /** A save whose additions landed but whose removals failed. */
  partlySaved: (added: string[], format: RosterFormat) => string;
  readOnly: string;
  notMember: string;
  dialogTitle: string;
  dialogTitleInOrganization: (organization: string) => string;
  /** The titles once the user's name is known: whose roles the dialog changes, or only shows. */
  dialogTitleFor: (user: string, organization: string | undefined) => string;
  viewTitleFor: (user: string, organization: string | undefined) => string;
  dialogDescription: string;
  dialogDescriptionImmediate: string;
  discardTitle: string;
  discardDescription: string;
  keepEditing: string;
}

const en = createRosterFormat('en');

export const englishRoleEditorMessages: RoleEditorMessages = {
  label: 'Roles',
  labelInOrganization: (organization) => `Roles in ${organization}`,
  currentRoles: 'Holds now',
  noRolesHeld: 'No roles yet.',
  searchLabel: 'Search roles',
  searchPlaceholder: 'Name, description or permission',
  matchCount: (shown, total, f = en) =>
    shown === total ? `${f.number(total)} ${f.plural(total, { one: 'role', other: 'roles' })}` : `${f.number(shown)} of ${f.number(total)} roles`,
  noMatch: (search) => `No roles match “${search}”.`,
  noRolesAvailable: 'There are no roles to assign here.',
  permissionsOf: (role) => `Permissions of ${role}`,
  noPermissions: 'No permissions',
  willBeAdded: 'will be added',
  willBeRemoved: 'will be removed',
  diff: (added, removed, f = en) => [added.length ? `adds ${f.list(added)}` : '', removed.length ? `removes ${f.list(removed)}` : ''].filter(Boolean).join(', '),
  unsaved: (diff) => `Unsaved: ${diff}.`,
  noChanges: 'No unsaved changes.',
  save: 'Save changes',
  saving: 'Saving…',
  discardChanges: 'Discard changes',
  saved: 'Roles saved.',
  roleAdded: (role) => `${role} added.`,
  roleRemoved: (role) => `${role} removed.`,
  rolePicked: (role) => `Role changed to ${role}.`,
  pickFailed: (role) => `Role not changed to ${role}.`,
  addFailed: (role) => `${role} was not added.`,
  removeFailed: (role) => `${role} was not removed.`,
  notSaved: 'Nothing was changed. The list shows the roles as they are saved now.',
  partlySaved: (added, f = en) => `Added ${f.list(added)}, but the removals were not saved. The list shows the roles as they are saved now.`,
  readOnly: 'You can see these roles, but this directory does not allow changing them here.',
  notMember: 'This user is not a member of this organization, so they hold no roles in it.',
  dialogTitle: 'Edit roles',
  dialogTitleInOrganization: (organization) => `Edit roles in ${organization}`,
  dialogTitleFor: (user, organization) => (organization ? `Edit roles in ${organization} — ${user}` : `Edit roles — ${user}`),
  viewTitleFor: (user, organization) => (organization ? `Roles in ${organization} — ${user}` : `Roles — ${user}`),
  dialogDescription: 'Choose the roles this user holds. Nothing changes until you save.',
  dialogDescriptionImmediate: 'Choose the roles this user holds. Each change is saved at once.',
  discardTitle: 'Discard changes?',
  discardDescription: 'The changes you made to these roles have not been saved. Closing drops them.',
  keepEditing: 'Keep editing',
};
