/** UserImport's props and parts, and what its pieces share (strings, part tagger, the import). */
import { createContext, useContext, type ReactElement } from 'react';
import type { User } from '../../core/model.js';
import type { UseUserImportResult } from '../../react/useUserImport.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { ButtonPart, DialogPart, Parts, StylingProps } from '../styling.js';
import type { UserImportMessages } from './messages.js';

/** Every part UserImport renders (as `user-import-<part>`), its dialogs included. */
export type UserImportPart =
  | 'open-button'
  | 'body'
  | 'drop-zone'
  | 'file-button'
  | 'file-input'
  | 'hint'
  | 'status'
  | 'spinner'
  | 'error'
  | 'summary'
  | 'notes'
  | 'note'
  | 'option'
  | 'checkbox'
  | 'table-scroller'
  | 'table'
  | 'row'
  | 'cell'
  | 'email'
  | 'detail'
  | 'issues'
  | 'issue'
  | 'result'
  | 'progress'
  | 'progress-bar'
  | 'progress-text'
  | 'paused'
  | 'pagination'
  | 'page'
  | ButtonPart
  | DialogPart
  | 'portal';

export type UserImportParts = Parts<UserImportPart>;

export interface UserImportProps extends StylingProps<UserImportPart> {
  /** Every imported user joins this organization, with the file's roles inside it (UserTable's `organizationId`). */
  organizationId?: string;
  /** Requests in flight at once while importing; default 4. */
  concurrency?: number;
  /** Controlled: pair with `onOpenChange`. Leave out to let the trigger open and close it. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** A button (any element taking onClick) that opens the dialog instead of Roster's "Import CSV"; focus returns to it. */
  trigger?: ReactElement;
  /** Once an import (or a retry) has ended: the users it created. */
  onImported?: (users: User[]) => void;
}

export interface UserImportScope {
  strings: ComponentStrings<UserImportMessages>;
  part: UserImportParts;
  importer: UseUserImportResult;
}

const UserImportScopeContext = createContext<UserImportScope | null>(null);

export const UserImportScopeProvider = UserImportScopeContext.Provider;

export function useUserImportScope(): UserImportScope {
  const scope = useContext(UserImportScopeContext);
  if (!scope) throw new Error('Roster: a UserImport piece was rendered outside UserImport.');
  return scope;
}

/** Rows shown per page in the preview and the results: enough to scan, few enough to render at once. */
export const ROWS_PER_PAGE = 50;
