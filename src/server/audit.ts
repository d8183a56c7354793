/**
 * The audit trail: one record per write request that got past authentication, handed to the
 * host's `onAudit` once its outcome is known. A record says who changed what, never the values
 * written: field names and custom attribute keys, role ids, a status — no names, emails or
 * attribute values, which are personal data an audit log would otherwise copy forever.
 */
import type { AdapterWriteMethod } from '../core/adapter.js';
import type { RosterErrorCode } from '../core/errors.js';
import type { CreateUserInput, UpdateUserInput, VerificationChange } from '../core/model.js';

export interface RosterAuditRoleChange {
  /** Where the roles are held; null for project-wide roles. */
  organizationId: string | null;
  added: string[];
  removed: string[];
}

export interface RosterAuditChange {
  /** User fields, or role, permission or organization fields, written (names only). */
  fields?: string[];
  /** Custom attribute keys written; never their values. */
  customAttributeKeys?: string[];
  status?: 'active' | 'disabled';
  invite?: boolean;
  membership?: 'added' | 'removed';
  roles?: RosterAuditRoleChange[];
  /** The verified flags set (`setUserVerified`): a state like `status`, not personal data. */
  verified?: VerificationChange;
  /** What became of an invited user's invitation. */
  invitation?: 'resent' | 'revoked';
}

export interface RosterAuditRecord {
  /** When the outcome was known, ISO 8601. */
  time: string;
  actor: { userId: string };
  /** The session's organization; null for a project admin. */
  organizationId: string | null;
  operation: AdapterWriteMethod;
  /**
   * The user, role, permission or organization (for a create: once it exists) the write was aimed
   * at; with a role, `organizationId` is where it is defined (absent: project-wide).
   */
  target: { userId?: string; organizationId?: string; roleId?: string; permissionId?: string };
  /** What the request asked to change; what happened is `outcome`. */
  change: RosterAuditChange;
  /** `success`, the error code answered, or `aborted` when the caller left before the answer. */
  outcome: 'success' | 'aborted' | RosterErrorCode;
  /** The HTTP status answered. */
  status: number;
}

export type RosterAuditHook = (record: RosterAuditRecord) => void | Promise<void>;

/** Filled in by an operation as it learns its target and change. */
export interface AuditNote {
  target: RosterAuditRecord['target'];
  change: RosterAuditChange;
}

export function roleChange(organizationId: string | null, added: readonly string[], removed: readonly string[]): RosterAuditRoleChange {
  return { organizationId, added: [...added], removed: [...removed] };
}

/** The fields a role, permission or organization write sets: names only, like a user's. */
export function definitionChange(written: object): RosterAuditChange {
  const fields = Object.entries(written).filter(([, value]) => value !== undefined).map(([key]) => key);
  return fields.length ? { fields } : {};
}

/** The fields and keys a patch writes. */
export function patchChange(patch: UpdateUserInput): RosterAuditChange {
  const fields = Object.keys(patch).filter((key) => patch[key as keyof UpdateUserInput] !== undefined);
  const keys = Object.keys(patch.customAttributes ?? {});
  return { ...(fields.length && { fields }), ...(keys.length && { customAttributeKeys: keys }) };
}

/** The user fields a verification change sets, with the flags. */
export function verifiedChange(change: VerificationChange): RosterAuditChange {
  const fields = [...(change.email !== undefined ? ['emailVerified'] : []), ...(change.phone !== undefined ? ['phoneVerified'] : [])];
  return { fields, verified: { ...change } };
}

const NOT_FIELDS = new Set(['roleIds', 'invite', 'organization', 'customAttributes']);

/** What a create writes: its fields, the invitation, the membership and every role granted. */
export function createChange(input: CreateUserInput): RosterAuditChange {
  const fields = Object.keys(input).filter((key) => !NOT_FIELDS.has(key) && input[key as keyof CreateUserInput] !== undefined);
  const keys = Object.keys(input.customAttributes ?? {});
  const roles: RosterAuditRoleChange[] = [];
  if (input.roleIds?.length) roles.push(roleChange(null, input.roleIds, []));
  if (input.organization?.roleIds?.length) roles.push(roleChange(input.organization.id, input.organization.roleIds, []));
  return {
    ...(fields.length && { fields }),
    ...(keys.length && { customAttributeKeys: keys }),
    ...(input.invite !== undefined && { invite: input.invite }),
    ...(input.organization && { membership: 'added' as const }),
    ...(roles.length && { roles }),
  };
}

/** Hands the record over; a hook that throws or rejects is reported, never passed on. */
export async function deliverAudit(hook: RosterAuditHook, record: RosterAuditRecord, onFailure: (error: unknown) => void): Promise<void> {
  try {
    await hook(record);
  } catch (error) {
    onFailure(error);
  }
}
