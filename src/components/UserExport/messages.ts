/** UserExport's strings (`messages.userExport`), in English; German and Arabic are in src/locales. */
import { createRosterFormat, type RosterFormat } from '../../react/messages.js';

export interface UserExportMessages {
  /** The button that starts an export, and the accessible name of the component. */
  label: string;
  /** The progress dialog's title. */
  title: string;
  description: string;
  /** The accessible name of the progress bar. */
  progressLabel: string;
  /** Next to the bar while users are read; `total` is null where the backend does not count. */
  progress: (done: number, total: number | null, format: RosterFormat) => string;
  /** After the shared error text while a failed page waits to be asked for again. */
  retryingIn: (seconds: number, format: RosterFormat) => string;
  done: (count: number, fileName: string, format: RosterFormat) => string;
  /** Client mode read only the first users of a directory that cannot search, sort or filter itself. */
  truncated: (limit: number, format: RosterFormat) => string;
  cancelled: string;
  /** Before the shared error text: the export stopped. */
  failed: string;
  /** Starts the export again after it finished, failed or was cancelled. */
  exportAgain: string;
  /** The dialog's button once the export has ended (Cancel while it runs); closes the dialog. */
  closeButton: string;
  /** Saves the finished file once more. */
  downloadAgain: string;
  /** The file's name: `date` is YYYY-MM-DD. Keep it to characters every file system takes. */
  fileName: (date: string) => string;
  /** Header cells for a column given by field alone; the table passes its own headers. */
  columns: {
    id: string;
    name: string;
    givenName: string;
    familyName: string;
    email: string;
    phone: string;
    status: string;
    roles: string;
    organizations: string;
    createdAt: string;
    lastLoginAt: string;
  };
}

const en = createRosterFormat('en');
const users = (count: number, f: RosterFormat) => `${f.number(count)} ${f.plural(count, { one: 'user', other: 'users' })}`;

export const englishUserExportMessages: UserExportMessages = {
  label: 'Export CSV',
  title: 'Export users',
  description: 'Every user the current search, filters and sort find, on all pages, as a CSV file.',
  progressLabel: 'Export progress',
  progress: (done, total, f = en) => (total === null ? `${users(done, f)} read` : `${f.number(done)} of ${users(total, f)} read`),
  retryingIn: (seconds, f = en) => `Trying again in ${f.number(seconds)} ${f.plural(seconds, { one: 'second', other: 'seconds' })}.`,
  done: (count, fileName, f = en) => `Exported ${users(count, f)} to ${fileName}.`,
  truncated: (limit, f = en) => `Only the first ${users(limit, f)} were read: this directory cannot search, sort or filter by itself.`,
  cancelled: 'Export cancelled. No file was saved.',
  failed: 'The export stopped.',
  exportAgain: 'Export again',
  closeButton: 'Done',
  downloadAgain: 'Download again',
  fileName: (date) => `users-${date}.csv`,
  columns: {
    id: 'ID',
    name: 'Name',
    givenName: 'Given name',
    familyName: 'Family name',
    email: 'Email',
    phone: 'Phone',
    status: 'Status',
    roles: 'Roles',
    organizations: 'Organizations',
    createdAt: 'Created',
    lastLoginAt: 'Last sign-in',
  },
};
