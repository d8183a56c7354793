/** The matrix's vocabulary: backends (rows) and scenarios (columns). */
import type { HttpHandler } from 'msw';
import type { RosterAdapter } from '../../src/core/adapter.js';
import type { ActivityKind } from '../../src/core/model.js';

export type ScenarioId =
  | 'create'
  | 'invite'
  | 'rolesStagedProject'
  | 'rolesStagedOrganization'
  | 'rolesImmediateProject'
  | 'rolesImmediateOrganization'
  | 'organizationAdd'
  | 'organizationRemove'
  | 'disableEnable'
  | 'delete'
  | 'bulkDelete'
  | 'bulkAssignRole'
  | 'roleCreate'
  | 'roleRename'
  | 'rolePermissions'
  | 'roleDelete'
  | 'organizationRoleCreate'
  | 'permissionCreate'
  | 'permissionRename'
  | 'permissionDelete'
  | 'organizationCreate'
  | 'organizationRename'
  | 'organizationDelete'
  | 'detailsProfile'
  | 'detailsVerify'
  | 'detailsVerifyPhone'
  | 'detailsActivity'
  | 'invitationResend'
  | 'invitationRevoke'
  | 'importCsv'
  | 'exportCsv';

/**
 * One user as the backend itself holds it (memory snapshot, emulator state), never as the UI shows
 * it. Roles are role NAMES, which is what the UI shows and every backend can name.
 */
export interface BackendUser {
  id: string;
  email: string;
  name: string | null;
  /** `active`, `disabled` or `invited`, mapped from the backend's own words. */
  status: string;
  /** Project-wide roles. */
  roles: string[];
  /** Organization id → roles held there. */
  organizations: Record<string, string[]>;
  /** Given and family name as stored; absent where the backend keeps no name parts. */
  givenName?: string | null;
  familyName?: string | null;
  /** Custom attributes as stored (metadata, raw attributes); absent where the backend keeps none. */
  customAttributes?: Record<string, unknown>;
  /** The phone number as stored (the primary one where there are several); absent where the backend keeps none. */
  phone?: string | null;
  /** The verified flags as stored; absent where the backend keeps no such flag. */
  emailVerified?: boolean;
  phoneVerified?: boolean;
  /** When the backend last sent this user an invitation (ISO 8601); absent where it does not record it. */
  invitationSentAt?: string | null;
  /** The backend's own activity log for this user; absent where it keeps none. */
  activity?: BackendActivity;
}

/** A user's activity as the backend itself records it. */
export interface BackendActivity {
  /** Entries held: every kind (sign-ins, failures, sign-outs, changes). */
  count: number;
  /** Entries per kind, in Roster's words for the backend's own event names. */
  kinds: Partial<Record<ActivityKind, number>>;
  /** The newest entry, null when there is none. */
  newest: { at: string; kind: ActivityKind; action: string | null } | null;
}

/** One role as the backend itself defines it; users hold it by this name. */
export interface BackendRole {
  name: string;
  /** The names of the permissions it grants. */
  permissions: string[];
  /** The organization it is defined in; null for a project-wide role. */
  organizationId: string | null;
}

/** What the backend itself holds now. */
export interface BackendState {
  users: BackendUser[];
  /** Organization id → name. */
  organizations: Record<string, string>;
  /** Organization id → its email domains as stored (empty where the backend keeps none). */
  organizationDomains: Record<string, string[]>;
  /** Every role it defines, project-wide and per organization (deleted ones left out). */
  roles: BackendRole[];
  /**
   * The names in its permission catalogue (deleted ones left out). Empty where Roster's adapter
   * writes no permissions and the reader does not look.
   */
  permissions: string[];
  /**
   * True where the backend stores a user's name only as given and family name (SSOJet, Clerk,
   * WorkOS): a display name written there becomes the two parts, and reads back as them joined.
   */
  namesFromParts?: boolean;
}

/** A fresh backend for one cell. */
export interface Backend {
  /** What the page's RosterProvider gets. */
  adapter: RosterAdapter;
  /** The backend's own state, read past the adapter and the UI. */
  read(): Promise<BackendState>;
  /** The organization the per-organization scenarios work in. */
  organizationId: string;
}

export interface BackendEnv {
  /** Serves these msw handlers in the page (the worker is reset before every cell). */
  mock(...handlers: HttpHandler[]): void;
}

export interface BackendRow {
  id: string;
  title: string;
  /** UserTable's `organizationId` for the table scenarios: set for a tenant admin's view. */
  tableOrganizationId?: string;
  /**
   * Scenarios this backend cannot back, each with its reason. Their cells assert that the control
   * is absent from the DOM. Each entry must agree with what the adapter declares (capabilities and
   * methods, see Scenario.cannot); a disagreement fails the cell and says which side is wrong.
   */
  absentByDesign: Partial<Record<ScenarioId, string>>;
  create(env: BackendEnv): Promise<Backend>;
}

export interface CellContext {
  row: BackendRow;
  backend: Backend;
  /** Unique per cell: for emails of created users. */
  tag: string;
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  /** Why the adapter, by its own declaration (capabilities, methods), cannot back this; null if it can. */
  cannot(adapter: RosterAdapter, row: BackendRow): string | null;
  /** Drives the write through the UI and checks the backend's own state and the UI's report. */
  run(cell: CellContext): Promise<void>;
  /** Renders where the control would be and checks it is not in the DOM. */
  assertAbsent(cell: CellContext): Promise<void>;
}
