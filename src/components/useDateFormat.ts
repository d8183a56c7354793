import { useMemo, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Dates in the provider's locale (the browser's when it names none) and the browser's time zone.
 * A server knows neither, so server rendering — and hydration, which must produce the same text —
 * uses the provider's locale or English, in UTC; the browser's own take over right after.
 */
export function useDateFormat(locale: string | undefined): Intl.DateTimeFormat {
  const isBrowserRender = useSyncExternalStore(noSubscription, () => true, () => false);
  return useMemo(
    () =>
      isBrowserRender
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
        : new Intl.DateTimeFormat(locale ?? 'en', { dateStyle: 'medium', timeZone: 'UTC' }),
    [locale, isBrowserRender],
  );
}
