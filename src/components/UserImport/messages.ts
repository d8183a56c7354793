/** UserImport's strings (`messages.userImport`), in English; German and Arabic are in src/locales. */
import type { RosterFormat } from '../../react/messages.js';

export interface UserImportMessages {
  /** The dialog's title, and so its accessible name. */
  label: string;
  /** The button that opens the dialog. */
  openButton: string;
  description: string;

  // Choosing a file.
  chooseFile: string;
  dropHint: string;
  /** What the file must look like. */
  columnsHint: string;
  reading: (fileName: string) => string;
  chooseAnother: string;
  /** Why a file cannot be imported at all. */
  fileProblems: {
    empty: string;
    noRows: string;
    noEmailColumn: (found: readonly string[], format: RosterFormat) => string;
    tooManyRows: (limit: number, format: RosterFormat) => string;
    tooLarge: (megabytes: number, format: RosterFormat) => string;
    notText: string;
    unterminatedQuote: (row: number, format: RosterFormat) => string;
    unreadable: string;
  };
  /** Looking up the file's organizations and roles failed; the shared error follows. */
  lookupFailed: string;

  // The preview.
  summary: (rows: number, ready: number, problems: number, format: RosterFormat) => string;
  checkingExisting: (done: number, total: number, format: RosterFormat) => string;
  existingNotChecked: string;
  ignoredColumns: (names: readonly string[], format: RosterFormat) => string;
  notes: {
    droppedPhone: string;
    droppedRoles: string;
    droppedInvite: string;
    namesCombined: string;
    inviteOnly: string;
    organizationColumnIgnored: string;
  };
  inviteByDefault: string;
  onlyProblems: string;
  rowsLabel: string;
  columnRow: string;
  columnUser: string;
  columnResult: string;
  ready: string;
  /** What keeps one row back. */
  issues: {
    missingEmail: string;
    invalidEmail: string;
    duplicate: (firstRow: number, format: RosterFormat) => string;
    exists: string;
    unknownRoles: (values: readonly string[], format: RosterFormat) => string;
    unknownOrganization: (value: string) => string;
    noOrganizations: string;
    oneRole: string;
    invalidInvite: (value: string) => string;
  };
  /** Roles and organization of a row, under its address. */
  rowRoles: (roles: readonly string[], format: RosterFormat) => string;
  rowOrganization: (name: string) => string;
  rowInvite: string;
  paginationLabel: string;
  pageOf: (page: number, pageCount: number, format: RosterFormat) => string;
  previousPage: string;
  nextPage: string;
  importUsers: (count: number, format: RosterFormat) => string;

  // The import.
  progressLabel: string;
  progress: (sent: number, total: number, format: RosterFormat) => string;
  counts: (created: number, failed: number, format: RosterFormat) => string;
  paused: (seconds: number, format: RosterFormat) => string;
  stop: string;
  stopping: string;
  /** Each row's state during and after the import. */
  rowStatus: {
    waiting: string;
    sending: string;
    created: string;
    invited: string;
    failed: string;
    notSent: string;
    createdNotJoined: (organization: string) => string;
  };
  done: (created: number, failed: number, format: RosterFormat) => string;
  stopped: (created: number, notSent: number, format: RosterFormat) => string;
  keptBack: (count: number, format: RosterFormat) => string;
  retryFailed: (count: number, format: RosterFormat) => string;
  sendRest: (count: number, format: RosterFormat) => string;
  onlyFailed: string;
  importAnother: string;
  /** Closes the dialog once the import has ended. */
  finish: string;
  /** Asked when the dialog is closed during an import. */
  stopTitle: string;
  stopDescription: string;
  keepImporting: string;
  stopImport: string;
}

const en = (f: RosterFormat, n: number, one: string, other: string) => `${f.number(n)} ${f.plural(n, { one, other })}`;

export const englishUserImportMessages: UserImportMessages = {
  label: 'Import users',
  openButton: 'Import CSV',
  description: 'Create users from a CSV file. Nothing is sent until you have checked the preview.',

  chooseFile: 'Choose a CSV file',
  dropHint: 'or drop it here',
  columnsHint:
    'A header row, then one user per row. Columns: email (required), name, given name, family name, phone, roles (names or ids, separated by ; or |), organization (name or id), invite (yes or no).',
  reading: (fileName) => (fileName ? `Reading ${fileName}…` : 'Reading the file…'),
  chooseAnother: 'Choose another file',
  fileProblems: {
    empty: 'The file is empty.',
    noRows: 'The file has a header row but no users.',
    noEmailColumn: (found, f) => `The file needs an “email” column. Its header row has: ${found.length ? f.list(found) : 'nothing'}.`,
    tooManyRows: (limit, f) => `The file has more than ${f.number(limit)} rows. Each row is a request to the identity provider, so import at most ${f.number(limit)} at a time: split the file.`,
    tooLarge: (megabytes, f) => `The file is larger than ${f.number(megabytes)} MB. Split it into smaller files.`,
    notText: 'This is not a CSV text file. Save it from your spreadsheet as “CSV UTF-8”.',
    unterminatedQuote: (row, f) => `A quoted cell in row ${f.number(row)} is never closed, so the rows after it cannot be told apart.`,
    unreadable: 'The file could not be read.',
  },
  lookupFailed: 'The file’s roles and organizations could not be checked.',

  summary: (rows, ready, problems, f) => `${en(f, rows, 'row', 'rows')}: ${f.number(ready)} ready, ${f.number(problems)} with problems.`,
  checkingExisting: (done, total, f) => `Checking for existing users: ${f.number(done)} of ${f.number(total)}…`,
  existingNotChecked: 'Existing users could not be checked; the identity provider refuses a second user with the same email.',
  ignoredColumns: (names, f) => `Not imported: ${f.list(names)}.`,
  notes: {
    droppedPhone: 'This identity provider does not store phone numbers at creation: they are left out.',
    droppedRoles: 'This identity provider does not grant roles at creation: they are left out.',
    droppedInvite: 'This identity provider does not send invitations: users are created without one.',
    namesCombined: 'This identity provider keeps one name: given and family names are joined into it.',
    inviteOnly: 'This identity provider only invites: every user gets an invitation.',
    organizationColumnIgnored: 'Every user joins this organization: the organization column is not read.',
  },
  inviteByDefault: 'Send an invitation to users whose row does not say',
  onlyProblems: 'Show only rows with problems',
  rowsLabel: 'Rows of the file',
  columnRow: 'Row',
  columnUser: 'User',
  columnResult: 'Result',
  ready: 'Ready',
  issues: {
    missingEmail: 'No email address.',
    invalidEmail: 'Not a valid email address.',
    duplicate: (firstRow, f) => `The same email as row ${f.number(firstRow)}.`,
    exists: 'A user with this email exists already.',
    unknownRoles: (values, f) => `Unknown ${f.plural(values.length, { one: 'role', other: 'roles' })}: ${f.list(values)}.`,
    unknownOrganization: (value) => `Unknown organization: ${value}.`,
    noOrganizations: 'This identity provider cannot add users to organizations.',
    oneRole: 'Give exactly one role in the organization.',
    invalidInvite: (value) => `Invite must be yes or no, not “${value}”.`,
  },
  rowRoles: (roles, f) => `Roles: ${f.list(roles)}`,
  rowOrganization: (name) => `Organization: ${name}`,
  rowInvite: 'Invitation',
  paginationLabel: 'Pages of rows',
  pageOf: (page, pageCount, f) => `Page ${f.number(page)} of ${f.number(pageCount)}`,
  previousPage: 'Previous',
  nextPage: 'Next',
  importUsers: (count, f) => `Import ${en(f, count, 'user', 'users')}`,

  progressLabel: 'Import progress',
  progress: (sent, total, f) => `${f.number(sent)} of ${f.number(total)} sent`,
  counts: (created, failed, f) => `${f.number(created)} created, ${f.number(failed)} failed`,
  paused: (seconds, f) => `The identity provider asked to slow down: going on in ${en(f, seconds, 'second', 'seconds')}.`,
  stop: 'Stop',
  stopping: 'Stopping: waiting for the requests already sent…',
  rowStatus: {
    waiting: 'Waiting',
    sending: 'Sending…',
    created: 'Created',
    invited: 'Invited',
    failed: 'Failed',
    notSent: 'Not sent',
    createdNotJoined: (organization) => `Created, but not added to ${organization}`,
  },
  done: (created, failed, f) => `Created ${en(f, created, 'user', 'users')}.${failed ? ` ${f.number(failed)} failed.` : ''}`,
  stopped: (created, notSent, f) => `Stopped: ${en(f, created, 'user', 'users')} created, ${f.number(notSent)} not sent.`,
  keptBack: (count, f) => `${en(f, count, 'row', 'rows')} with problems ${f.plural(count, { one: 'was', other: 'were' })} not sent.`,
  retryFailed: (count, f) => `Retry ${f.number(count)} failed`,
  sendRest: (count, f) => `Send the ${f.number(count)} not sent`,
  onlyFailed: 'Show only rows that failed',
  importAnother: 'Import another file',
  finish: 'Done',
  stopTitle: 'Stop the import?',
  stopDescription: 'Rows not sent yet will not be sent. Users already created stay.',
  keepImporting: 'Keep importing',
  stopImport: 'Stop',
};
