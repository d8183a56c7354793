/** OrganizationManager's strings in German. */
import type { OrganizationManagerMessages } from '../components/OrganizationManager/messages.js';
import { createRosterFormat, type RosterFormat } from '../react/messages.js';

const de = createRosterFormat('de');
const members = (count: number, f: RosterFormat) => `${f.number(count)} ${f.plural(count, { one: 'Mitglied', other: 'Mitglieder' })}`;

export const deOrganizationManagerMessages: OrganizationManagerMessages = {
  label: 'Organisationen',
  searchLabel: 'Organisationen suchen',
  searchPlaceholder: 'Name der Organisation',
  create: 'Organisation anlegen',
  count: (count, f = de) => `${f.number(count)} ${f.plural(count, { one: 'Organisation', other: 'Organisationen' })}`,
  updating: 'Wird aktualisiert …',
  empty: 'Noch keine Organisationen.',
  noMatch: 'Keine Organisation passt.',
  domainsOf: (organization) => `Domains von ${organization}`,
  memberCount: (count, f = de) => members(count, f),
  saving: 'Wird gespeichert …',
  members: 'Mitglieder',
  membersOf: (organization) => `Mitglieder von ${organization}`,
  edit: 'Bearbeiten',
  // Starts with the visible label, so voice control finds the button by what it shows.
  editOrganization: (organization) => `Bearbeiten: ${organization}`,
  delete: 'Löschen',
  deleteOrganization: (organization) => `Löschen: ${organization}`,
  paginationLabel: 'Seiten der Organisationen',
  page: (page, f = de) => `Seite ${f.number(page)}`,
  pageOf: (page, pages, f = de) => `Seite ${f.number(page)} von ${f.number(pages)}`,
  previousPage: 'Zurück',
  nextPage: 'Weiter',

  createDescription: 'Geben Sie der Organisation einen Namen und, wenn Sie möchten, die E-Mail-Domains, die zu ihr gehören.',
  editTitle: (organization) => `${organization} bearbeiten`,
  editDescription: 'Ändern Sie den Namen oder die E-Mail-Domains.',
  nameLabel: 'Name',
  domainsLabel: 'E-Mail-Domains',
  domainsHint: 'Eine pro Zeile, etwa example.com.',
  save: 'Änderungen speichern',
  nameRequired: 'Geben Sie einen Namen ein.',
  nameTaken: 'Eine Organisation mit diesem Namen gibt es bereits.',
  nameRejected: 'Dieser Name kann nicht verwendet werden.',
  invalidDomains: (domains, f = de) =>
    `${f.plural(domains.length, { one: 'Keine gültige Domain', other: 'Keine gültigen Domains' })}: ${f.list(domains)}. Geben Sie Domains wie example.com ein, ohne @ oder https://.`,
  domainsRejected: 'Diese Domains können nicht verwendet werden. Geben Sie Domains wie example.com ein, ohne @ oder https://.',
  discardTitle: 'Änderungen verwerfen?',
  discardDescription: 'Ihre Eingaben sind noch nicht gespeichert.',
  discardChanges: 'Änderungen verwerfen',
  keepEditing: 'Weiter bearbeiten',
  created: (organization) => `${organization} angelegt.`,
  saved: (organization) => `${organization} gespeichert.`,
  notSaved: (organization) => `${organization} wurde nicht gespeichert.`,

  deleteTitle: (organization) => `${organization} löschen?`,
  deleteDescription: (count, f = de) =>
    count === 0
      ? 'Sie hat keine Mitglieder. Ihre Rollen werden mit ihr gelöscht. Das lässt sich nicht rückgängig machen.'
      : count === null
        ? 'Ihre Mitglieder verlieren die Mitgliedschaft und die Rollen darin; ihre Konten bleiben bestehen. Das lässt sich nicht rückgängig machen.'
        : f.plural(count, {
            one: 'Ihr einziges Mitglied verliert die Mitgliedschaft und die Rollen darin; sein Konto bleibt bestehen. Das lässt sich nicht rückgängig machen.',
            other: `Ihre ${members(count, f)} verlieren die Mitgliedschaft und die Rollen darin; ihre Konten bleiben bestehen. Das lässt sich nicht rückgängig machen.`,
          }),
  typeToConfirm: (organization) => `Geben Sie „${organization}“ zur Bestätigung ein`,
  deleteConfirm: 'Organisation löschen',
  deleted: (organization, count, f = de) =>
    count
      ? `${organization} gelöscht. ${f.plural(count, { one: 'Das einzige Mitglied behält sein Konto.', other: `Die ${members(count, f)} behalten ihre Konten.` })}`
      : `${organization} gelöscht.`,
  alreadyDeleted: (organization) => `${organization} gibt es nicht mehr; jemand anderes hat sie gelöscht.`,

  membersHeading: (organization) => `Mitglieder von ${organization}`,
  back: 'Zurück zu den Organisationen',
  dismiss: 'Schließen',
};
