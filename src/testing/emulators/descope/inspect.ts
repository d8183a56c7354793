/**
 * What the Descope emulator holds about one user beyond the table, read past any adapter: for
 * tests and the matrix, which check what the backend holds after a write (the verified flags,
 * the custom attributes, the audit trail, the invitations sent), not what the adapter says.
 */
import type { DescopeAuditRecord } from '../../../adapters/descope/detailsWire.js';
import type { DescopeInvitation, DescopeEmulatorState } from './state.js';

export interface DescopeUserDetailsRecord {
  /** The user's record as stored; null once the user is deleted (the trail stays). */
  user: {
    status: string;
    verifiedEmail: boolean;
    verifiedPhone: boolean;
    customAttributes: Record<string, unknown>;
  } | null;
  /** The user's audit records, newest first (of one millisecond, the one recorded last first). */
  audits: DescopeAuditRecord[];
  /** Invitations sent to the user, oldest first. */
  invitations: DescopeInvitation[];
}

export function readDescopeUserDetails(state: DescopeEmulatorState, userId: string): DescopeUserDetailsRecord {
  const user = state.users.find((u) => u.userId === userId);
  const audits = state.audits
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => record.userId === userId)
    .sort((a, b) => Number(b.record.occurred) - Number(a.record.occurred) || b.index - a.index)
    .map(({ record }) => structuredClone(record));
  return {
    user: user
      ? { status: user.status, verifiedEmail: user.verifiedEmail, verifiedPhone: user.verifiedPhone, customAttributes: structuredClone(user.customAttributes) }
      : null,
    audits,
    invitations: state.invitations.filter((i) => i.userId === userId).map((i) => ({ ...i })),
  };
}
