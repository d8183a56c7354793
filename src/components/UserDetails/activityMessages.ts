/** UserActivity's strings (`messages.userActivity`), in English; German and Arabic are in src/locales. */
import type { ActivityKind } from '../../core/model.js';
import { createRosterFormat, type RosterFormat } from '../../react/messages.js';

export interface UserActivityMessages {
  /** Accessible name of the component's region, when the host names it neither by `label` nor `aria-labelledby`. */
  label: string;
  /** What each entry is: text, so the kinds differ without an icon or a colour. */
  kinds: Record<ActivityKind, string>;
  /** A page without entries: the first, and one further back. */
  empty: string;
  noOlder: string;
  /** Shown only where the host asks for it (`explainUnsupported`): the backend keeps no activity. */
  unsupported: string;
  /** The terms for what the backend recorded with an entry. */
  ip: string;
  location: string;
  device: string;
  actor: string;
  fields: string;
  /** Read before the backend's own event name ("user.login"). */
  action: string;
  /** A user agent read as browser and system: "Chrome 131 on Windows". Either may be missing. */
  agent: (browser: string | null, system: string | null) => string;
  /** Read with the disclosure that shows the whole user agent. */
  fullAgent: string;
  paginationLabel: string;
  page: (page: number, format: RosterFormat) => string;
  pageOf: (page: number, pages: number, format: RosterFormat) => string;
  newer: string;
  older: string;
}

const en = createRosterFormat('en');

export const englishUserActivityMessages: UserActivityMessages = {
  label: 'Activity',
  kinds: { 'sign-in': 'Signed in', 'sign-in-failed': 'Sign-in failed', 'sign-out': 'Signed out', change: 'Account changed' },
  empty: 'No activity recorded.',
  noOlder: 'No older activity.',
  unsupported: 'This identity provider keeps no activity log.',
  ip: 'IP address',
  location: 'Location',
  device: 'Device',
  actor: 'By',
  fields: 'Changed',
  action: 'Recorded as',
  agent: (browser, system) => (browser && system ? `${browser} on ${system}` : (browser ?? system ?? '')),
  fullAgent: 'Full user agent',
  paginationLabel: 'Pages of activity',
  page: (page, f = en) => `Page ${f.number(page)}`,
  pageOf: (page, pages, f = en) => `Page ${f.number(page)} of ${f.number(pages)}`,
  newer: 'Newer',
  older: 'Older',
};
