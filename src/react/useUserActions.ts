import { useRoster } from './context.js';
import type { RosterClient } from './rosterClient.js';

/**
 * Every mutation, for code that acts on users it has not loaded one by one (bulk actions, a row
 * menu). Each call is queued per user and keeps the cache in step; see rosterClient.ts.
 */
export function useUserActions(): Omit<RosterClient, 'adapter' | 'keyBase'> & { capabilities: RosterClient['adapter']['capabilities'] } {
  const { client, adapter } = useRoster('useUserActions');
  return { ...client, capabilities: adapter.capabilities };
}
