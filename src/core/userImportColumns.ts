/**
 * Which column of an import file holds which user field. Columns are found by their header, not
 * their position, so a file exported from a spreadsheet, another product or Roster's own export
 * works as long as its headers name the fields in one of the usual ways.
 */

/** The user fields an import file can fill. */
export type ImportField = 'email' | 'name' | 'givenName' | 'familyName' | 'phone' | 'roles' | 'organization' | 'invite';

export const IMPORT_FIELDS: readonly ImportField[] = ['email', 'name', 'givenName', 'familyName', 'phone', 'roles', 'organization', 'invite'];

/**
 * The headers each field is known by. Compared after headerKey(), so "E-Mail", "e_mail" and
 * "Email " are all `email`, and "First Name" is `firstname`.
 */
const ALIASES: Record<ImportField, readonly string[]> = {
  email: ['email', 'emailaddress', 'mail'],
  name: ['name', 'displayname', 'fullname'],
  givenName: ['givenname', 'firstname', 'forename'],
  familyName: ['familyname', 'lastname', 'surname'],
  phone: ['phone', 'phonenumber', 'mobile', 'telephone'],
  roles: ['roles', 'role', 'roleids', 'rolenames'],
  // Roster's own export names the column "Organizations".
  organization: ['organization', 'organizations', 'organisation', 'org', 'organizationid', 'organizationname', 'tenant'],
  invite: ['invite', 'sendinvitation', 'invitation'],
};

const FIELD_OF_KEY = new Map<string, ImportField>(IMPORT_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [alias, field] as const)));

/** A header reduced to lower-case letters and digits: case, spaces, dashes and underscores do not matter. */
export function headerKey(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface ColumnMap {
  /** The column index of each field the header names. */
  index: Partial<Record<ImportField, number>>;
  /** Headers that name no field (or a field an earlier column already took), as written. */
  ignored: string[];
}

/** Finds each field's column; the first column naming a field wins. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const index: ColumnMap['index'] = {};
  const ignored: string[] = [];
  header.forEach((text, i) => {
    const field = FIELD_OF_KEY.get(headerKey(text));
    if (field && index[field] === undefined) index[field] = i;
    else if (text.trim()) ignored.push(text.trim());
  });
  return { index, ignored };
}

/** "yes", "true", "1", "y", "x" → true; "no", "false", "0", "n" → false; empty → undefined; anything else → null. */
export function parseYesNo(value: string | undefined): boolean | undefined | null {
  const v = value?.trim().toLowerCase() ?? '';
  if (!v) return undefined;
  if (['yes', 'true', '1', 'y', 'x'].includes(v)) return true;
  if (['no', 'false', '0', 'n'].includes(v)) return false;
  return null;
}

/** A roles cell: names or ids separated by `;` or `|` (a comma is the file's own separator), each once. */
export function splitRoles(value: string | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[;|]/).map((v) => v.trim()).filter(Boolean))];
}
