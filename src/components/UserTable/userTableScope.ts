/**
 * What every piece of UserTable (toolbar, bulk bar, row menu, dialogs, pagination) reads: its
 * strings, its part tagger and the organization it is scoped to. UserTable provides it once so the
 * pieces take only what is their own as props.
 */
import { createContext, useContext } from 'react';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { UserTableMessages } from './messages.js';
import type { UserTableParts } from './userTableProps.js';

export interface UserTableScope {
  strings: ComponentStrings<UserTableMessages>;
  part: UserTableParts;
  /** Set when the table lists one organization's members. */
  organizationId: string | undefined;
}

const UserTableScopeContext = createContext<UserTableScope | null>(null);

export const UserTableScopeProvider = UserTableScopeContext.Provider;

export function useUserTableScope(): UserTableScope {
  const scope = useContext(UserTableScopeContext);
  if (!scope) throw new Error('Roster: a UserTable piece was rendered outside UserTable.');
  return scope;
}
