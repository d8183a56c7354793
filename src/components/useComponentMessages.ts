/**
 * A component's strings: its own English defaults merged with the host's overrides for its
 * namespace, the shared strings the provider holds, and the RosterFormat for the provider's locale
 * (numbers, lists and plurals in messages). `t` and `format` stay the same objects until the
 * provider's messages or locale change.
 */
import { useMemo } from 'react';
import { useRosterContext } from '../react/context.js';
import { createRosterFormat, mergeMessages, sharedMessagesWith, type ComponentMessages, type DeepPartial, type ProviderMessages, type RosterFormat } from '../react/messages.js';
import { useIsBrowserRender } from './useDateFormat.js';

export interface ComponentStrings<T> {
  /** The component's own strings. */
  t: T;
  /** Errors, statuses, loading, retry, cancel, close. */
  shared: ProviderMessages;
  format: RosterFormat;
  locale: string | undefined;
}

export function useComponentMessages<N extends keyof ComponentMessages>(caller: string, namespace: N, defaults: ComponentMessages[N]): ComponentStrings<ComponentMessages[N]> {
  const { overrides: all, locale } = useRosterContext(caller);
  const messages = sharedMessagesWith(all);
  const overrides = all?.[namespace] as DeepPartial<ComponentMessages[N]> | undefined;
  const t = useMemo(() => mergeMessages(defaults, overrides), [defaults, overrides]);
  const format = useRosterFormat(locale);
  return { t, shared: messages, format, locale };
}

/** The RosterFormat for the provider's locale; English while server rendering and hydrating without one. */
export function useRosterFormat(locale: string | undefined): RosterFormat {
  const isBrowserRender = useIsBrowserRender();
  const resolved = isBrowserRender ? locale : (locale ?? 'en');
  return useMemo(() => createRosterFormat(resolved), [resolved]);
}
