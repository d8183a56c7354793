/** Judging rows before anything is sent: what is sent, what is kept back and why, what is said once. */
import { describe, expect, it } from 'vitest';
import { FULL_CAPABILITIES, NO_CREATE_INPUTS } from '../../src/core/adapter.js';
import type { Role } from '../../src/core/model.js';
import type { ParsedImport } from '../../src/core/userImport.js';
import { organizationValues, validateImport, type ImportContext } from '../../src/core/userImportValidate.js';

const roles: Role[] = [
  { id: 'admin', name: 'Admin', permissions: [] },
  { id: 'viewer', name: 'Viewer', permissions: [] },
];
const acme = { id: 'org_acme', name: 'Acme' };
const acmeRoles: Role[] = [...roles, { id: 'approver', name: 'Approver', permissions: [], organizationId: acme.id }];

const context = (over: Partial<ImportContext> = {}): ImportContext => ({
  create: FULL_CAPABILITIES.createUser,
  rolesPerMembership: 'many',
  canJoin: true,
  projectRoles: roles,
  organizations: new Map([
    ['Acme', acme],
    ['org_acme', acme],
    ['Nowhere Inc', null],
  ]),
  organizationRoles: new Map([[acme.id, acmeRoles]]),
  inviteByDefault: false,
  ...over,
});

const file = (rows: ParsedImport['rows'][number]['values'][], fields = Object.keys(Object.assign({}, ...rows))): ParsedImport => ({
  fields: fields as ParsedImport['fields'],
  ignoredColumns: [],
  rows: rows.map((values, i) => ({ row: i + 2, values })),
});

describe('validateImport', () => {
  it('turns a good row into the input that will be sent, roles by name or id', () => {
    const { rows, notes } = validateImport(file([{ email: ' Aiden@Example.com ', name: 'Aiden Chen', phone: '+1 555 0100', roles: 'admin; Viewer', invite: 'yes' }]), context());
    expect(rows[0]!.issues).toEqual([]);
    expect(rows[0]!.input).toEqual({ email: 'Aiden@Example.com', name: 'Aiden Chen', phone: '+1 555 0100', invite: true, roleIds: ['admin', 'viewer'] });
    expect(notes).toEqual([]);
  });

  it('keeps back bad, missing and duplicate addresses (case-folded), pointing at the first row', () => {
    const { rows } = validateImport(file([{ email: 'a@example.com' }, { email: 'not-an-email' }, { email: '' }, { email: 'A@EXAMPLE.COM' }, { email: `${'x'.repeat(250)}@example.com` }]), context());
    expect(rows.map((r) => r.issues)).toEqual([[], [{ kind: 'invalid-email' }], [{ kind: 'missing-email' }], [{ kind: 'duplicate', firstRow: 2 }], [{ kind: 'invalid-email' }]]);
    expect(rows.map((r) => r.input === null)).toEqual([false, true, true, true, true]);
  });

  it('names unknown roles and organizations, and an invite it cannot read', () => {
    const { rows } = validateImport(
      file([
        { email: 'a@example.com', roles: 'admin|owner|root' },
        { email: 'b@example.com', organization: 'Nowhere Inc' },
        { email: 'c@example.com', invite: 'maybe' },
      ]),
      context(),
    );
    expect(rows.map((r) => r.issues)).toEqual([[{ kind: 'unknown-roles', values: ['owner', 'root'] }], [{ kind: 'unknown-organization', value: 'Nowhere Inc' }], [{ kind: 'invalid-invite', value: 'maybe' }]]);
  });

  it('grants the roles of a row with an organization inside it, from that organization’s roles', () => {
    const { rows } = validateImport(file([{ email: 'a@example.com', organization: 'Acme', roles: 'Approver' }, { email: 'b@example.com', roles: 'Approver' }]), context());
    expect(rows[0]!.input).toEqual({ email: 'a@example.com', name: null, organization: { id: acme.id, roleIds: ['approver'] } });
    expect(rows[0]!.organization).toEqual(acme);
    // Approver exists only in Acme: project-wide it is unknown.
    expect(rows[1]!.issues).toEqual([{ kind: 'unknown-roles', values: ['Approver'] }]);
  });

  it('places every user in the import’s own organization and says the column is not read', () => {
    const { rows, notes } = validateImport(file([{ email: 'a@example.com', organization: 'Elsewhere', roles: 'viewer' }]), context({ organization: acme }));
    expect(rows[0]!.input).toEqual({ email: 'a@example.com', name: null, organization: { id: acme.id, roleIds: ['viewer'] } });
    expect(notes).toEqual([{ kind: 'organization-column-ignored' }]);
  });

  it('with one role per membership, asks for exactly one role in the organization', () => {
    const { rows } = validateImport(file([{ email: 'a@example.com', organization: 'Acme' }, { email: 'b@example.com', organization: 'Acme', roles: 'admin;viewer' }, { email: 'c@example.com', organization: 'Acme', roles: 'viewer' }]), context({ rolesPerMembership: 'one' }));
    expect(rows.map((r) => r.issues)).toEqual([[{ kind: 'one-role', count: 0 }], [{ kind: 'one-role', count: 2 }], []]);
  });

  it('says once what the backend cannot store, and leaves it out of what is sent', () => {
    const create = { ...NO_CREATE_INPUTS, active: true };
    const { rows, notes } = validateImport(file([{ email: 'a@example.com', givenName: 'Aiden', familyName: 'Chen', phone: '+1', roles: 'admin', invite: 'yes' }, { email: 'b@example.com', phone: '+2' }]), context({ create }));
    expect(rows[0]!.input).toEqual({ email: 'a@example.com', name: 'Aiden Chen' });
    expect(rows[1]!.input).toEqual({ email: 'b@example.com', name: null });
    expect(notes).toEqual([{ kind: 'dropped', field: 'phone' }, { kind: 'names-combined' }, { kind: 'dropped', field: 'roles' }, { kind: 'dropped', field: 'invite' }]);
  });

  it('keeps given and family names apart where the backend stores them', () => {
    const { rows } = validateImport(file([{ email: 'a@example.com', givenName: 'Aiden', familyName: 'Chen' }]), context());
    expect(rows[0]!.input).toEqual({ email: 'a@example.com', name: null, givenName: 'Aiden', familyName: 'Chen' });
  });

  it('refuses an organization where the backend cannot place users in one', () => {
    const { rows } = validateImport(file([{ email: 'a@example.com', organization: 'Acme' }]), context({ canJoin: false }));
    expect(rows[0]!.issues).toEqual([{ kind: 'no-organizations' }]);
  });

  it('invites as the row says, else by default; a backend that only invites always does', () => {
    const parsed = file([{ email: 'a@example.com', invite: 'no' }, { email: 'b@example.com' }, { email: 'c@example.com', invite: '1' }]);
    expect(validateImport(parsed, context({ inviteByDefault: true })).rows.map((r) => r.input?.invite ?? false)).toEqual([false, true, true]);
    expect(validateImport(parsed, context()).rows.map((r) => r.input?.invite ?? false)).toEqual([false, false, true]);
    const inviteOnly = validateImport(parsed, context({ create: { ...FULL_CAPABILITIES.createUser, active: false } }));
    expect(inviteOnly.rows.map((r) => r.input?.invite)).toEqual([true, true, true]);
    expect(inviteOnly.notes).toEqual([{ kind: 'invite-only' }]);
  });

  it('lists the distinct organization values to look up', () => {
    expect(organizationValues(file([{ email: 'a', organization: ' Acme ' }, { email: 'b', organization: 'Acme' }, { email: 'c', organization: '' }, { email: 'd', organization: 'org_acme' }]))).toEqual(['Acme', 'org_acme']);
  });
});
