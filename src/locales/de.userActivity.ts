/** UserActivity's strings in German. */
import type { UserActivityMessages } from '../components/UserDetails/activityMessages.js';
import { createRosterFormat } from '../react/messages.js';

const de = createRosterFormat('de');

export const deUserActivityMessages: UserActivityMessages = {
  label: 'Aktivität',
  kinds: { 'sign-in': 'Angemeldet', 'sign-in-failed': 'Anmeldung fehlgeschlagen', 'sign-out': 'Abgemeldet', change: 'Konto geändert' },
  empty: 'Keine Aktivität erfasst.',
  noOlder: 'Keine ältere Aktivität.',
  unsupported: 'Dieser Identitätsanbieter führt kein Aktivitätsprotokoll.',
  ip: 'IP-Adresse',
  location: 'Ort',
  device: 'Gerät',
  actor: 'Von',
  fields: 'Geändert',
  action: 'Erfasst als',
  agent: (browser, system) => (browser && system ? `${browser} unter ${system}` : (browser ?? system ?? '')),
  fullAgent: 'Vollständiger User-Agent',
  paginationLabel: 'Seiten der Aktivität',
  page: (page, f = de) => `Seite ${f.number(page)}`,
  pageOf: (page, pages, f = de) => `Seite ${f.number(page)} von ${f.number(pages)}`,
  newer: 'Neuer',
  older: 'Älter',
};
