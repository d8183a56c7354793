/**
 * The columns an export can write by field name, and the cells they write. Cells are made to be
 * read back and sorted by a spreadsheet: dates as ISO 8601 (not the table's localised text),
 * several roles or organizations in one cell joined by "; " (the import splits on it), statuses as
 * the words the table shows, and a role the catalogue does not know as its id.
 */
import type { User } from '../../core/model.js';
import type { UserExportColumn } from '../../react/exportUsers.js';
import type { ProviderMessages } from '../../react/messages.js';
import type { UserExportMessages } from './messages.js';

export const USER_EXPORT_FIELDS = ['id', 'name', 'givenName', 'familyName', 'email', 'phone', 'status', 'roles', 'organizations', 'createdAt', 'lastLoginAt'] as const;
export type UserExportField = (typeof USER_EXPORT_FIELDS)[number];

/** What the export's columns are chosen with: a field (with its own header, or a given one), or a whole column. */
export type UserExportColumnChoice = UserExportField | { field: UserExportField; header: string } | UserExportColumn;

export const DEFAULT_EXPORT_COLUMNS: readonly UserExportField[] = ['name', 'email', 'status', 'roles', 'lastLoginAt'];

/** Joins several values in one cell. */
export const LIST_SEPARATOR = '; ';

export function isUserExportField(value: unknown): value is UserExportField {
  return typeof value === 'string' && (USER_EXPORT_FIELDS as readonly string[]).includes(value);
}

interface ColumnStrings {
  t: UserExportMessages;
  shared: ProviderMessages;
  /** Roles held in this organization, as a table of its members shows them; project-wide roles otherwise. */
  organizationId?: string;
}

/** The file's columns: the user id first, then the choices (a second id column is dropped). */
export function resolveExportColumns(choices: readonly UserExportColumnChoice[], strings: ColumnStrings): UserExportColumn[] {
  const fields = choices.map((c) => (typeof c === 'string' ? { field: c, header: strings.t.columns[c] } : c));
  const rest = fields.filter((c) => !('field' in c && c.field === 'id'));
  const idHeader = fields.find((c): c is { field: UserExportField; header: string } => 'field' in c && c.field === 'id')?.header ?? strings.t.columns.id;
  return [fieldColumn('id', idHeader, strings), ...rest.map((c) => ('field' in c ? fieldColumn(c.field, c.header, strings) : c))];
}

function fieldColumn(field: UserExportField, header: string, { shared, organizationId }: ColumnStrings): UserExportColumn {
  switch (field) {
    case 'status':
      return { header, value: (u) => (shared.status as Record<string, string | undefined>)[u.status] ?? u.status };
    case 'roles':
      return {
        header,
        value: (u, lookup) => {
          const ids = organizationId ? (u.memberships?.find((m) => m.organization.id === organizationId)?.roleIds ?? []) : u.roleIds;
          return ids.map((id) => lookup.roleName(id)).join(LIST_SEPARATOR);
        },
      };
    case 'organizations':
      return { header, value: (u) => (u.memberships ?? []).map((m) => m.organization.name).join(LIST_SEPARATOR) };
    default:
      return { header, value: (u) => text(u[field]) };
  }
}

/** A field's text; anything but a string or number (a hostile backend's object) is left empty. */
function text(value: User[Exclude<UserExportField, 'status' | 'roles' | 'organizations'>]): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * What a table shows, as export columns: its name column (always shown), then each shown column
 * the export knows by field, headed as the table heads it. Host columns with cells of their own
 * are left out: their cells are React, not text.
 */
export function shownTableColumns(nameHeader: string, columns: readonly { id: string; label: string; visible: boolean }[]): UserExportColumnChoice[] {
  const shown = columns.filter((c) => c.visible && isUserExportField(c.id) && c.id !== 'name');
  return [{ field: 'name', header: nameHeader }, ...shown.map((c) => ({ field: c.id as UserExportField, header: c.label }))];
}
