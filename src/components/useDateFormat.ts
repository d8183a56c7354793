import { useMemo, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while rendering on the server and while hydrating, true after. A server knows neither the
 * browser's locale nor its time zone, so text that depends on them is rendered with the provider's
 * locale (or English) in UTC until the browser's own take over, right after hydration.
 */
export function useIsBrowserRender(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** Dates in the provider's locale (the browser's when it names none) and the browser's time zone. */
export function useDateFormat(locale: string | undefined): Intl.DateTimeFormat {
  const isBrowserRender = useIsBrowserRender();
  return useMemo(
    () =>
      isBrowserRender
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
        : new Intl.DateTimeFormat(locale ?? 'en', { dateStyle: 'medium', timeZone: 'UTC' }),
    [locale, isBrowserRender],
  );
}
