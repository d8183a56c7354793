/** UserExport's strings in German. */
import type { UserExportMessages } from '../components/UserExport/messages.js';
import { createRosterFormat, type RosterFormat } from '../react/messages.js';

const de = createRosterFormat('de');
const users = (count: number, f: RosterFormat) => `${f.number(count)} ${f.plural(count, { one: 'Benutzer', other: 'Benutzer' })}`;

export const deUserExportMessages: UserExportMessages = {
  label: 'Als CSV exportieren',
  title: 'Benutzer exportieren',
  description: 'Alle Benutzer, die die aktuelle Suche, Filter und Sortierung finden, auf allen Seiten, als CSV-Datei.',
  progressLabel: 'Fortschritt des Exports',
  progress: (done, total, f = de) => (total === null ? `${users(done, f)} gelesen` : `${f.number(done)} von ${users(total, f)} gelesen`),
  retryingIn: (seconds, f = de) => `Neuer Versuch in ${f.number(seconds)} ${f.plural(seconds, { one: 'Sekunde', other: 'Sekunden' })}.`,
  done: (count, fileName, f = de) => `${users(count, f)} nach ${fileName} exportiert.`,
  truncated: (limit, f = de) => `Nur die ersten ${users(limit, f)} wurden gelesen: Dieses Verzeichnis kann nicht selbst suchen, sortieren oder filtern.`,
  cancelled: 'Export abgebrochen. Es wurde keine Datei gespeichert.',
  failed: 'Der Export wurde abgebrochen.',
  exportAgain: 'Erneut exportieren',
  closeButton: 'Fertig',
  downloadAgain: 'Erneut herunterladen',
  fileName: (date) => `benutzer-${date}.csv`,
  columns: {
    id: 'ID',
    name: 'Name',
    givenName: 'Vorname',
    familyName: 'Nachname',
    email: 'E-Mail',
    phone: 'Telefon',
    status: 'Status',
    roles: 'Rollen',
    organizations: 'Organisationen',
    createdAt: 'Angelegt',
    lastLoginAt: 'Letzte Anmeldung',
  },
};
