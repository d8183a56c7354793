/**
 * Finding the one user with an email address: the backend's own lookup where it has one, else its
 * search, of which only an exact address (ignoring case) counts. Used by useUserByEmail and by the
 * import's check for users that exist already.
 */
import type { RosterAdapter } from './adapter.js';
import { isRosterError } from './errors.js';
import type { User } from './model.js';
import { userDetailsAvailable } from './userDetails.js';

/** How many search results are read to find the one exact address. */
const SEARCH_PAGE = 50;

/**
 * The user with this address (ignoring case), or null: the backend's lookup where it has one,
 * else its search, of which only an exact address counts. Undefined where it has neither.
 */
export function userByEmailLookup(adapter: RosterAdapter): ((email: string, signal: AbortSignal) => Promise<User | null>) | undefined {
  if (userDetailsAvailable(adapter).lookupByEmail) {
    return async (email, signal) => {
      try {
        return await adapter.getUserByEmail!(email.trim(), { signal });
      } catch (error) {
        if (isRosterError(error) && error.code === 'not_found') return null;
        throw error;
      }
    };
  }
  if (!adapter.capabilities.search) return undefined;
  return async (email, signal) => {
    const wanted = email.trim().toLowerCase();
    const page = await adapter.listUsers({ search: wanted, page: { size: Math.min(SEARCH_PAGE, adapter.capabilities.maxPageSize) } }, { signal });
    return page.items.find((u) => u.email?.toLowerCase() === wanted) ?? null;
  };
}
