/**
 * Descope's wire format for what UserDetails reads beyond the user record: the audit trail and the
 * custom attributes' definitions, field names exactly as Descope sends them. Shared by the adapter
 * and the emulator, like ./wire.ts.
 *
 * Sources: docs.descope.com/api/management/audit/search-audit (body and answer, with `size`,
 * `page`, `oldestFirst` and the record's `ID`); go-sdk descope/internal/mgmt/audit.go (sends
 * `from`/`to` as epoch milliseconds, `size` = its `Limit`, "default and max 1000"; parses
 * `occurred` as a string of epoch milliseconds, older versions as a number); node-sdk
 * lib/management/audit.ts (`loginIds` travel as `externalIds`, `occurred` is `parseFloat`ed);
 * docs.descope.com/api/management/users/custom-attributes (the definitions' answer).
 */

/** The body of `POST /v1/mgmt/audit/search`; every field optional. */
export interface DescopeAuditSearchBody {
  userIds?: string[];
  actions?: string[];
  excludedActions?: string[];
  /** Epoch milliseconds (the SDKs send numbers; the docs type them as strings). Records newer than this. */
  from?: number;
  /** Epoch milliseconds: records older than this. */
  to?: number;
  devices?: string[];
  methods?: string[];
  geos?: string[];
  remoteAddresses?: string[];
  /** Login ids; the SDKs rename their `loginIds` to this. */
  externalIds?: string[];
  tenants?: string[];
  noTenants?: boolean;
  text?: string;
  actorIds?: string[];
  /** Records per page; Descope's default and maximum is 1000 (go-sdk). */
  size?: number;
  /** Zero-based. */
  page?: number;
  /** Default false: newest first. */
  oldestFirst?: boolean;
}

/** One audit record as Descope answers it. */
export interface DescopeAuditRecord {
  /** In the newest docs only; the SDKs do not read it. */
  ID?: string;
  projectId: string;
  userId: string;
  action: string;
  /** Epoch milliseconds, as a string (a number in older answers). */
  occurred: string | number;
  /** Bot, Mobile, Desktop, Tablet or Unknown. */
  device: string;
  /** otp, totp, magiclink, oauth, saml, password… */
  method: string;
  /** A country code ("US"). */
  geo: string;
  remoteAddress: string;
  externalIds: string[];
  tenants: string[];
  data: Record<string, unknown>;
  /** info, warn or error. */
  type?: string;
  /** Who did it: the user, a Descoper, or the management key used. */
  actorId?: string;
}

export interface DescopeAuditSearchResponse {
  audits: DescopeAuditRecord[];
  total?: number;
}

/** `type` of a custom attribute (descope-js user-management widget, `CustomAttributeTypeMap`). */
export const DESCOPE_ATTRIBUTE_TYPES = { text: 1, numeric: 2, bool: 3, singleSelect: 4, array: 5, date: 6 } as const;

export interface DescopeCustomAttributeOption {
  value?: string;
  label?: string;
}

/** One definition of `GET /v1/mgmt/user/customattributes` → `{ data: [...] }`. */
export interface DescopeCustomAttribute {
  name: string;
  type: number;
  /** `{ value, label }` per the docs and node-sdk; the widget's types have plain strings. */
  options?: Array<DescopeCustomAttributeOption | string>;
  displayName?: string;
  defaultValue?: unknown;
  viewPermissions?: string[];
  editPermissions?: string[];
  /** "To know if this specific user can edit this specific field" (docs): the caller's right. */
  editable?: boolean;
}

/**
 * The audit actions that are a user's activity (docs.descope.com/audit-trails-and-integrations/
 * audit-events), by kind. `Logout` is not in the part of that list that was read (it was cut
 * short); it is asked for so that a sign-out Descope records under that name shows as one, and
 * asking for an action that never occurs costs nothing.
 */
export const DESCOPE_ACTIVITY_ACTIONS = {
  'sign-in': ['LoginSucceed'],
  // LoginStartedFailed: "the user did not complete the process correctly" — a failed sign-in too.
  'sign-in-failed': ['LoginFailed', 'LoginExceedMaxAttempts', 'LoginStartedFailed'],
  'sign-out': ['Logout'],
  // The batch forms too: should Descope file a batch write under the user, it is a change to them.
  change: ['UserCreated', 'UsersCreated', 'UserModified', 'UsersModified'],
} as const;
