/**
 * SSOJet writes RFC 3339 times with up to nanosecond precision and, being a Go service, may write
 * Go's zero time for "never". The neutral model wants millisecond ISO 8601 or null.
 */

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/** Go's `time.Time{}`: what an unset timestamp field serializes to. */
const GO_ZERO_YEAR = '0001-01-01';

/** ISO 8601 in UTC with milliseconds, null for absent/empty/zero; undefined when unreadable. */
export function toIsoTimestamp(value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined || value.trim() === '') return null;
  const match = RFC3339.exec(value.trim());
  if (!match) return undefined;
  const [, date, time, fraction = '', zone] = match;
  if (date === GO_ZERO_YEAR) return null;
  // Date.parse only promises to read milliseconds; extra digits are truncated, not rounded.
  const millis = fraction.slice(0, 3).padEnd(3, '0');
  const parsed = Date.parse(`${date}T${time}.${millis}${zone!.toUpperCase()}`);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}
