import { rosterKeys } from '../core/cacheKeys.js';
import type { ActivityEvent, Page, PageRequest } from '../core/model.js';
import { userDetailsAvailable } from '../core/userDetails.js';
import { useRosterContext } from './context.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseUserActivityOptions {
  /** Which page, newest first: `size`, and `cursor` from the previous page's `nextCursor`. Defaults to the first 20. */
  page?: PageRequest;
}

export interface UseUserActivityResult extends RosterQueryResult<Page<ActivityEvent>> {
  /** False where the backend keeps no activity: nothing is requested and `data` stays undefined. */
  isSupported: boolean;
  /** The previous page's data is shown while this page loads. */
  isPreviousData: boolean;
}

const FIRST_PAGE: PageRequest = { size: 20 };

/** A user's sign-ins and the changes made to the account, one page at a time. Pass null to skip. */
export function useUserActivity(userId: string | null | undefined, { page = FIRST_PAGE }: UseUserActivityOptions = {}): UseUserActivityResult {
  const { adapter, keyBase } = useRosterContext('useUserActivity');
  const isSupported = userDetailsAvailable(adapter).activity;
  const request: PageRequest = { size: page.size, ...(page.cursor ? { cursor: page.cursor } : {}) };
  const key = isSupported && userId ? rosterKeys.activity(keyBase, userId, request) : null;
  const query = useRosterQuery('useUserActivity', key, (signal) => adapter.listUserActivity!(userId!, { page: request }, { signal }), { keepPreviousData: true });
  return { ...query, isSupported };
}
