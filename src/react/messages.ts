/**
 * Every string Roster shows comes from here, so a host can translate or reword any of it through
 * `<RosterProvider messages={…}>`. Functions take the values a sentence needs; plurals and
 * numbers go through Intl with the provider's locale.
 */
import type { RosterErrorCode } from '../core/errors.js';
import type { UserStatus } from '../core/model.js';

export interface RosterMessages {
  errors: Record<RosterErrorCode, string>;
  retryInSeconds: (seconds: number) => string;
  status: Record<UserStatus, string>;
  unknownValue: string;
  loading: string;
  retry: string;
}

export const englishMessages: RosterMessages = {
  errors: {
    network: 'The identity provider could not be reached. Check the connection and try again.',
    timeout: 'The identity provider took too long to answer. Try again.',
    unauthorized: 'Your session has expired. Sign in again.',
    forbidden: 'You do not have permission to do this.',
    not_found: 'This item no longer exists.',
    conflict: 'This conflicts with something that already exists.',
    rate_limited: 'Too many requests right now.',
    invalid_input: 'Some of the values are not valid.',
    server: 'The identity provider had a problem handling the request.',
    bad_response: 'The identity provider sent an answer Roster could not read.',
    unsupported: 'This identity provider does not support that.',
  },
  retryInSeconds: (seconds) => `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  status: { active: 'Active', invited: 'Invited', disabled: 'Disabled' },
  unknownValue: '—',
  loading: 'Loading…',
  retry: 'Try again',
};

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Merges overrides into a full messages object, one level deep for grouped messages. */
export function mergeMessages<T extends object>(base: T, overrides: DeepPartial<T> | undefined): T {
  if (!overrides) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = typeof value === 'object' && value !== null && typeof current === 'object' && current !== null ? { ...current, ...value } : value;
  }
  return out as T;
}
