/**
 * Judging an import file's rows before anything is sent: each row either becomes the
 * CreateUserInput that will be sent, or carries the problems that keep it back. What the backend
 * cannot store is said once for the whole file (a note), and left out of what is sent, so nothing
 * typed into the file is dropped without the admin having been told.
 */
import type { CreateUserCapabilities } from './adapter.js';
import { isEmail } from './email.js';
import type { CreateUserInput, Organization, Role } from './model.js';
import type { ImportRow, ParsedImport } from './userImport.js';
import { parseYesNo, splitRoles } from './userImportColumns.js';

/** What keeps one row from being sent. */
export type ImportIssue =
  | { kind: 'missing-email' }
  | { kind: 'invalid-email' }
  /** The same address (ignoring case) is on an earlier row. */
  | { kind: 'duplicate'; firstRow: number }
  /** A user with this address exists already. */
  | { kind: 'exists' }
  | { kind: 'unknown-roles'; values: string[] }
  | { kind: 'unknown-organization'; value: string }
  /** The backend cannot place users in organizations. */
  | { kind: 'no-organizations' }
  /** A member holds exactly one role in an organization on this backend. */
  | { kind: 'one-role'; count: number }
  | { kind: 'invalid-invite'; value: string };

/** What the file asks for that the backend cannot store, said once for the file. */
export type ImportNote =
  | { kind: 'dropped'; field: 'phone' | 'roles' | 'invite' }
  /** Given and family names become the name, as the backend keeps only one. */
  | { kind: 'names-combined' }
  /** The backend only invites: every user gets an invitation. */
  | { kind: 'invite-only' }
  /** The import is for one organization: the file's organization column is not read. */
  | { kind: 'organization-column-ignored' };

export interface ImportPreviewRow extends ImportRow {
  /** What will be sent; null when the row has a problem. */
  input: CreateUserInput | null;
  issues: ImportIssue[];
  /** The organization the user joins, when the row places them in one. */
  organization: Pick<Organization, 'id' | 'name'> | null;
  /** The address in lower case: the key for duplicates and existing users. */
  emailKey: string;
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  notes: ImportNote[];
  ignoredColumns: string[];
}

export interface ImportContext {
  create: CreateUserCapabilities;
  rolesPerMembership: 'many' | 'one';
  /** Users can be placed in an organization: in the create call, or by joining right after it. */
  canJoin: boolean;
  /** Every user joins this organization (a table of one organization's members). */
  organization?: Pick<Organization, 'id' | 'name'>;
  projectRoles: readonly Role[];
  /** The file's organization values, trimmed, to the organization each names, or null for none. */
  organizations: ReadonlyMap<string, Pick<Organization, 'id' | 'name'> | null>;
  /** The roles assignable inside each organization, by organization id. */
  organizationRoles: ReadonlyMap<string, readonly Role[]>;
  /** Invite the users whose row does not say. */
  inviteByDefault: boolean;
}

/** The longest address SMTP carries; longer ones no backend accepts. */
const MAX_EMAIL_LENGTH = 254;

/** A role named by its id, or by its name ignoring case. */
function findRole(roles: readonly Role[], value: string): Role | undefined {
  const lower = value.toLowerCase();
  return roles.find((r) => r.id === value) ?? roles.find((r) => r.name.toLowerCase() === lower);
}

export function validateImport(parsed: ParsedImport, ctx: ImportContext): ImportPreview {
  const { create } = ctx;
  const notes = new Set<string>();
  const note = (n: ImportNote) => notes.add(JSON.stringify(n));
  const firstRowOf = new Map<string, number>();
  if (ctx.organization && parsed.fields.includes('organization')) note({ kind: 'organization-column-ignored' });
  if (create.invite && !create.active) note({ kind: 'invite-only' });

  const rows = parsed.rows.map((row): ImportPreviewRow => {
    const v = row.values;
    const issues: ImportIssue[] = [];
    const email = v.email?.trim() ?? '';
    const emailKey = email.toLowerCase();
    if (!email) issues.push({ kind: 'missing-email' });
    else if (email.length > MAX_EMAIL_LENGTH || !isEmail(email)) issues.push({ kind: 'invalid-email' });
    else if (firstRowOf.has(emailKey)) issues.push({ kind: 'duplicate', firstRow: firstRowOf.get(emailKey)! });
    else firstRowOf.set(emailKey, row.row);

    const name = v.name?.trim() || null;
    const givenName = v.givenName?.trim() || null;
    const familyName = v.familyName?.trim() || null;
    const phone = v.phone?.trim() || null;
    if (phone && !create.phone) note({ kind: 'dropped', field: 'phone' });
    if ((givenName || familyName) && !create.nameParts) note({ kind: 'names-combined' });

    // The organization: the import's own, or the row's, found by id or name.
    let organization: ImportPreviewRow['organization'] = ctx.organization ?? null;
    const orgValue = ctx.organization ? '' : (v.organization?.trim() ?? '');
    if (orgValue) {
      if (!ctx.canJoin) issues.push({ kind: 'no-organizations' });
      else {
        organization = ctx.organizations.get(orgValue) ?? null;
        if (!organization) issues.push({ kind: 'unknown-organization', value: orgValue });
      }
    }

    // Roles: granted in the organization the user joins, else project-wide where the backend can.
    const wanted = splitRoles(v.roles);
    const roleIds: string[] = [];
    const catalogue = organization ? (ctx.organizationRoles.get(organization.id) ?? []) : orgValue ? null : ctx.projectRoles;
    if (wanted.length && !organization && !orgValue && !create.roleIds) note({ kind: 'dropped', field: 'roles' });
    else if (wanted.length && catalogue) {
      const unknown: string[] = [];
      for (const value of wanted) {
        const role = findRole(catalogue, value);
        if (role) roleIds.push(role.id);
        else unknown.push(value);
      }
      if (unknown.length) issues.push({ kind: 'unknown-roles', values: unknown });
    }
    const held = [...new Set(roleIds)];
    if (organization && ctx.rolesPerMembership === 'one' && held.length !== 1 && !issues.some((i) => i.kind === 'unknown-roles')) {
      issues.push({ kind: 'one-role', count: held.length });
    }

    // An invitation: as the row says, else the default; a backend that only invites always does.
    const said = parseYesNo(v.invite);
    if (said === null) issues.push({ kind: 'invalid-invite', value: v.invite!.trim() });
    if (said === true && !create.invite) note({ kind: 'dropped', field: 'invite' });
    const invite = create.invite && (!create.active || (said ?? ctx.inviteByDefault));

    const input: CreateUserInput | null = issues.length
      ? null
      : {
          email,
          name: name ?? (create.nameParts ? null : [givenName, familyName].filter(Boolean).join(' ') || null),
          ...(create.nameParts && givenName && { givenName }),
          ...(create.nameParts && familyName && { familyName }),
          ...(create.phone && phone && { phone }),
          ...(invite && { invite: true }),
          ...(organization ? { organization: { id: organization.id, roleIds: held } } : held.length > 0 && { roleIds: held }),
        };
    return { ...row, input, issues, organization, emailKey };
  });

  return { rows, notes: [...notes].map((n) => JSON.parse(n) as ImportNote), ignoredColumns: parsed.ignoredColumns };
}

/** The distinct organization values of the file (trimmed), for looking them up before validating. */
export function organizationValues(parsed: ParsedImport): string[] {
  return [...new Set(parsed.rows.map((r) => r.values.organization?.trim() ?? '').filter(Boolean))];
}
