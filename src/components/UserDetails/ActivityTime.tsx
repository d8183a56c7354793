/**
 * When an entry happened: how long ago ("3 days ago", in the provider's locale by
 * Intl.RelativeTimeFormat) and the date and time itself, in one <time dateTime>. On the server and
 * while hydrating only the absolute time is rendered, in UTC (useDateFormat.ts explains why): "how
 * long ago" depends on the clock of whoever renders it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Parts } from '../styling.js';
import { useIsBrowserRender } from '../useDateFormat.js';

export interface ActivityTimeFormat {
  absolute: Intl.DateTimeFormat;
  /** Null on the server and while hydrating. */
  relative: Intl.RelativeTimeFormat | null;
  /** The time "ago" is counted from; moves on every minute. */
  now: number;
}

const MINUTE = 60_000;

/** The clock "ago" is counted from: read once, then again every minute, so "now" ages into "1 minute ago". */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function useActivityTimeFormat(locale: string | undefined): ActivityTimeFormat {
  const isBrowserRender = useIsBrowserRender();
  const now = useMinuteClock();
  const formats = useMemo(
    () =>
      isBrowserRender
        ? { absolute: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }) }
        : { absolute: new Intl.DateTimeFormat(locale ?? 'en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }), relative: null },
    [locale, isBrowserRender],
  );
  return { ...formats, now };
}

// Each unit is used until the next one reads better ("23 hours ago", then "yesterday").
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['minute', MINUTE, 45],
  ['hour', 60 * MINUTE, 22],
  ['day', 24 * 60 * MINUTE, 26],
  ['month', 30 * 24 * 60 * MINUTE, 11],
];
const YEAR = 365 * 24 * 60 * MINUTE;

/** "3 days ago", "yesterday", "now"; "in 2 minutes" for a clock that runs ahead of this one. */
export function relativeTime(format: Intl.RelativeTimeFormat, at: number, now: number): string {
  const elapsed = at - now;
  // Under 45 seconds either way is "now".
  if (Math.abs(elapsed) < 45_000) return format.format(0, 'second');
  for (const [unit, size, limit] of UNITS) {
    const value = Math.round(elapsed / size);
    if (Math.abs(value) < limit) return format.format(value, unit);
  }
  return format.format(Math.round(elapsed / YEAR), 'year');
}

export interface ActivityTimeProps {
  at: string;
  format: ActivityTimeFormat;
  part: Parts<'time' | 'relative' | 'absolute'>;
}

/** Each piece isolated: "3 days ago" starts with a digit, which a right-to-left line would move to its end. */
export function ActivityTime({ at, format, part }: ActivityTimeProps) {
  const ms = Date.parse(at);
  // A time the browser cannot read is still the backend's: shown as it came.
  if (Number.isNaN(ms)) return <bdi {...part('time')}>{at}</bdi>;
  return (
    <time {...part('time')} dateTime={at}>
      {format.relative && (
        <>
          <bdi {...part('relative')}>{relativeTime(format.relative, ms, format.now)}</bdi>{' '}
        </>
      )}
      <bdi {...part('absolute')}>{format.absolute.format(ms)}</bdi>
    </time>
  );
}
