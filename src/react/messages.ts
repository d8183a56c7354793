/**
 * Every string Roster shows can be replaced through `<RosterProvider messages={…}>`. The provider
 * holds only the host's overrides. The strings every component shares (errors, statuses, retry,
 * cancel, close, loading) are merged with them where shown (sharedMessagesWith), and each component
 * merges its own English defaults with the overrides for its namespace
 * (src/components/useComponentMessages.ts), so the hooks alone carry no strings.
 *
 * Sentences that show a number or a list take a `RosterFormat` as their last argument: numbers,
 * lists and plural forms in the provider's `locale`.
 */
import type { RosterErrorCode } from '../core/errors.js';
import type { UserStatus } from '../core/model.js';
// Types only: the hooks import no component strings.
import type { OrgListMessages } from '../components/OrgList/messages.js';
import type { RoleEditorMessages } from '../components/RoleEditor/messages.js';
import type { UserTableMessages } from '../components/UserTable/messages.js';
import type { RoleManagerMessages } from '../components/RoleManager/messages.js';
import type { OrganizationManagerMessages } from '../components/OrganizationManager/messages.js';
import type { UserDetailsMessages } from '../components/UserDetails/messages.js';
import type { UserActivityMessages } from '../components/UserDetails/activityMessages.js';
import type { UserExportMessages } from '../components/UserExport/messages.js';
import type { UserImportMessages } from '../components/UserImport/messages.js';

/** Numbers, lists and plural forms in one locale; what message functions format with. */
export interface RosterFormat {
  /** The locale it formats in; `undefined` is the browser's. */
  readonly locale: string | undefined;
  number(value: number): string;
  /** "A, B and C" */
  list(items: readonly string[]): string;
  /** The form for `count` by the locale's plural rules; `other` when the locale's category is not given. */
  plural<T>(count: number, forms: Partial<Record<Intl.LDMLPluralRule, T>> & { other: T }): T;
}

/** A RosterFormat for `locale`; its Intl formatters are made on first use. */
export function createRosterFormat(locale: string | undefined): RosterFormat {
  let numbers: Intl.NumberFormat | undefined;
  let lists: Intl.ListFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  return {
    locale,
    number: (value) => (numbers ??= new Intl.NumberFormat(locale)).format(value),
    list: (items) => (lists ??= new Intl.ListFormat(locale, { type: 'conjunction' })).format(items),
    plural: (count, forms) => forms[(plurals ??= new Intl.PluralRules(locale)).select(count)] ?? forms.other,
  };
}

/** Strings every component uses; the provider holds them. */
export interface SharedMessages {
  errors: Record<RosterErrorCode, string>;
  retryInSeconds: (seconds: number, format: RosterFormat) => string;
  status: Record<UserStatus, string>;
  unknownValue: string;
  loading: string;
  retry: string;
  cancel: string;
  close: string;
}

/** Each component's strings, by namespace; the defaults live next to each component. */
export interface ComponentMessages {
  userTable: UserTableMessages;
  roleEditor: RoleEditorMessages;
  orgList: OrgListMessages;
  roleManager: RoleManagerMessages;
  organizationManager: OrganizationManagerMessages;
  userDetails: UserDetailsMessages;
  userActivity: UserActivityMessages;
  userExport: UserExportMessages;
  userImport: UserImportMessages;
}

/** Every string Roster shows: what `messages` on the provider overrides, in part or whole. */
export interface RosterMessages extends SharedMessages, ComponentMessages {}

/** What the provider holds: the shared strings (English with the host's changes) and the host's overrides per component. */
export type ProviderMessages = SharedMessages & DeepPartial<ComponentMessages>;

const en = createRosterFormat('en');

export const englishSharedMessages: SharedMessages = {
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
  retryInSeconds: (seconds, f = en) => `Try again in ${f.number(seconds)} ${f.plural(seconds, { one: 'second', other: 'seconds' })}.`,
  status: { active: 'Active', invited: 'Invited', disabled: 'Disabled' },
  unknownValue: '—',
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  close: 'Close',
};

const merged = new WeakMap<object, ProviderMessages>();

/**
 * The shared strings in English with the host's overrides, and the overrides per component
 * namespace: what a component or `useRoster` shows. Merged where strings are shown, not in the
 * provider, so the hooks alone carry no strings; the same object for the same `overrides`.
 */
export function sharedMessagesWith(overrides: DeepPartial<RosterMessages> | undefined): ProviderMessages {
  if (!overrides) return englishSharedMessages;
  let messages = merged.get(overrides);
  if (!messages) merged.set(overrides, (messages = mergeMessages<ProviderMessages>(englishSharedMessages, overrides)));
  return messages;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Merges overrides into a full messages object, group by group, at any depth. */
export function mergeMessages<T extends object>(base: T, overrides: DeepPartial<T> | undefined): T {
  if (!overrides) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = out[key];
    const bothGroups = typeof value === 'object' && value !== null && typeof current === 'object' && current !== null;
    out[key] = bothGroups ? mergeMessages(current, value as DeepPartial<typeof current>) : value;
  }
  return out as T;
}
