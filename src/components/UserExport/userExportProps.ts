/** UserExport's props and parts. */
import type { UserExportQuery } from '../../react/exportUsers.js';
import type { DialogPart, ErrorPart, StylingProps } from '../styling.js';
import type { UserExportColumnChoice } from './exportColumns.js';

/** Every part UserExport renders (as `user-export-<part>`), its dialog included. */
export type UserExportPart =
  | 'trigger'
  | 'body'
  | 'progress'
  | 'progress-bar'
  | 'progress-text'
  | 'note'
  | 'status'
  | ErrorPart
  | DialogPart
  | 'portal';

export interface UserExportProps extends StylingProps<UserExportPart> {
  /**
   * Which users, in which order: a users query's search, filters and sort (a page in it is
   * ignored: every page is exported). Default: every user.
   */
  query?: UserExportQuery;
  /**
   * The file's columns after the user id, which always comes first: fields by name (headed with
   * this component's strings), fields with the header the host shows, or whole columns with their
   * own cells. Default: name, email, status, roles, last sign-in.
   */
  columns?: readonly UserExportColumnChoice[];
  /** Exports one organization's members, with the roles they hold there. */
  organizationId?: string;
  /**
   * Where the adapter cannot do part of the query itself, at most this many users are read to
   * finish it in the browser — give the table's own `clientSideLimit`. Default 10,000.
   */
  clientSideLimit?: number;
  /** Called with the file once it is written, e.g. to upload it or to test what it holds. */
  onExported?: (file: File) => void;
  /** Offer the file as a download once it is written. Default true; false leaves it to `onExported`. */
  download?: boolean;
}
