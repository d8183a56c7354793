import { rosterKeys } from '../core/cacheKeys.js';
import type { User } from '../core/model.js';
import { userByEmailLookup } from '../core/userLookup.js';
import { useRosterContext } from './context.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseUserByEmailResult extends RosterQueryResult<User | null> {
  /** False where the backend can neither look users up by email nor search them. */
  isSupported: boolean;
}

/**
 * The user with this email address (compared without case), or null when there is none. Uses the
 * backend's lookup where it has one, else its search. Pass null or '' to skip.
 */
export function useUserByEmail(email: string | null | undefined): UseUserByEmailResult {
  const { adapter, keyBase } = useRosterContext('useUserByEmail');
  const lookup = userByEmailLookup(adapter);
  const key = lookup && email?.trim() ? rosterKeys.userByEmail(keyBase, email) : null;
  const { isPreviousData: _, ...query } = useRosterQuery('useUserByEmail', key, (signal) => lookup!(email!, signal));
  return { ...query, isSupported: lookup !== undefined };
}
