import { createContext, useContext } from 'react';
import type { RosterAdapter } from '../core/adapter.js';
import type { KeyBase } from '../core/cacheKeys.js';
import type { RosterConnectivity } from './connectivity.js';
import type { RosterMessages } from './messages.js';
import type { PendingChanges } from './pendingChanges.js';
import type { RequestRegistry } from './requestRegistry.js';
import type { RosterClient } from './rosterClient.js';

export interface RosterContextValue {
  adapter: RosterAdapter;
  keyBase: KeyBase;
  client: RosterClient;
  pending: PendingChanges;
  requests: RequestRegistry;
  connectivity: RosterConnectivity;
  messages: RosterMessages;
  locale: string | undefined;
}

export const RosterContext = createContext<RosterContextValue | null>(null);

/** The provider's state; throws a message that says how to fix a missing provider. */
export function useRoster(caller = 'useRoster'): RosterContextValue {
  const value = useContext(RosterContext);
  if (!value) {
    throw new Error(
      `Roster: \`${caller}\` must be used within \`<RosterProvider adapter={…}>\`. ` +
        'Wrap the part of your app that uses Roster in a RosterProvider, for example ' +
        '`<RosterProvider adapter={createMemoryAdapter()}>…</RosterProvider>`.',
    );
  }
  return value;
}
