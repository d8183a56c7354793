import { createContext, useContext, useMemo } from 'react';
import type { AdapterCapabilities, RosterAdapter } from '../core/adapter.js';
import type { KeyBase } from '../core/cacheKeys.js';
import type { RosterConnectivity } from './connectivity.js';
import { sharedMessagesWith, type DeepPartial, type ProviderMessages, type RosterMessages } from './messages.js';
import type { PendingChanges } from './pendingChanges.js';
import type { RequestRegistry } from './requestRegistry.js';
import type { RosterWrites } from './rosterClient.js';

/**
 * Everything a provider holds. Internal: hooks and components reach it through useRosterContext.
 * It holds nothing a read does not need: the writes are made from `writes` on first use
 * (useRosterClient), the English strings are merged where strings are shown (sharedMessagesWith).
 */
export interface RosterContextValue {
  adapter: RosterAdapter;
  keyBase: KeyBase;
  pending: PendingChanges;
  requests: RequestRegistry;
  connectivity: RosterConnectivity;
  /** What every write shares; see useRosterClient and useCreateUser in rosterClient.ts. */
  writes: RosterWrites;
  /** The host's `messages` prop as given. */
  overrides: DeepPartial<RosterMessages> | undefined;
  locale: string | undefined;
}

export const RosterContext = createContext<RosterContextValue | null>(null);

/** The provider's state; throws a message that says how to fix a missing provider. Internal. */
export function useRosterContext(caller: string): RosterContextValue {
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

export interface UseRosterResult {
  /** The adapter the provider was given. */
  adapter: RosterAdapter;
  /** What the backend can do: show a control only where its capability says it works. */
  capabilities: AdapterCapabilities;
  /**
   * The provider's messages: the shared strings (errors, statuses, loading, retry, cancel, close),
   * English merged with the host's overrides, and the host's overrides per component namespace.
   */
  messages: ProviderMessages;
  /** The provider's `locale`, used for dates, numbers and lists. */
  locale: string | undefined;
}

/** What the nearest RosterProvider was given, for host code that builds its own controls. */
export function useRoster(): UseRosterResult {
  const { adapter, overrides, locale } = useRosterContext('useRoster');
  return useMemo(() => ({ adapter, capabilities: adapter.capabilities, messages: sharedMessagesWith(overrides), locale }), [adapter, overrides, locale]);
}
