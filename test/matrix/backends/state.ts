/**
 * Reads each backend's OWN state into the matrix's BackendState shape: the memory directory's
 * snapshot, the SSOJet emulator's wire records, the Descope emulator's wire records.
 */
import { DESCOPE_ACTIVITY_ACTIONS } from '../../../src/adapters/descope/detailsWire.js';
import type { MemorySnapshot } from '../../../src/adapters/memory/index.js';
import type { ActivityKind } from '../../../src/core/model.js';
import { readSsojetDefinitions, type DescopeEmulatorState, type SsojetEmulatorState } from '../../../src/testing/index.js';
import type { BackendActivity, BackendState, BackendUser } from '../types.js';

/** A log's summary from its entries, newest first. */
export function activityOf(entries: readonly { at: string; kind: ActivityKind; action: string | null }[]): BackendActivity {
  const kinds: BackendActivity['kinds'] = {};
  for (const e of entries) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  const newest = entries[0];
  return { count: entries.length, kinds, newest: newest ? { at: newest.at, kind: newest.kind, action: newest.action } : null };
}

export function fromMemory(directory: MemorySnapshot): BackendState {
  const names = new Map(directory.roles.map((r) => [r.id, r.name]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? `?${id}`);
  const users = directory.users.map((u): BackendUser => ({
    id: u.id,
    email: u.email ?? '',
    name: u.name,
    status: u.status,
    roles: named(u.roleIds),
    organizations: Object.fromEntries((u.memberships ?? []).map((m) => [m.organization.id, named(m.roleIds)])),
    givenName: u.givenName ?? null,
    familyName: u.familyName ?? null,
    customAttributes: { ...u.customAttributes },
    phone: u.phone ?? null,
    emailVerified: u.emailVerified,
    phoneVerified: u.phoneVerified === true,
    invitationSentAt: u.invitation?.sentAt ?? null,
    // The directory's own log, newest first: its sign-ins and the changes its writes recorded.
    activity: activityOf(directory.activity[u.id] ?? []),
  }));
  return {
    users,
    organizations: Object.fromEntries(directory.organizations.map((o) => [o.id, o.name])),
    organizationDomains: Object.fromEntries(directory.organizations.map((o) => [o.id, [...o.domains]])),
    roles: directory.roles.map((r) => ({ name: r.name, permissions: [...r.permissions], organizationId: r.organizationId ?? null })),
    permissions: directory.permissions.map((p) => p.name),
  };
}

type SsojetRoleRef = string | { role_id?: string; id?: string; _id?: string; role_name?: string };

export function fromSsojet(state: SsojetEmulatorState): BackendState {
  const names = new Map(state.roles.map((r) => [r.id, r.name]));
  const named = (refs: readonly SsojetRoleRef[] | null | undefined) =>
    (refs ?? []).map((ref) => {
      const id = typeof ref === 'string' ? ref : (ref.role_id ?? ref.id ?? ref._id ?? '');
      return names.get(id) ?? (typeof ref === 'string' ? `?${ref}` : (ref.role_name ?? `?${id}`));
    });
  const users = [...state.users.values()].map((u): BackendUser => ({
    id: u._id,
    email: u.email,
    name: [u.first_name, u.last_name].filter(Boolean).join(' ') || null,
    status: u.is_active === false ? 'disabled' : 'active',
    roles: named(u.roles),
    organizations: Object.fromEntries((state.memberships.get(u._id) ?? []).map((m) => [m.organizationId, named(m.roleIds)])),
    givenName: u.first_name || null,
    familyName: u.last_name || null,
    customAttributes: { ...u.raw_attributes },
    // A login id, with no verified flag of its own (SSOJet verifies the email only).
    phone: u.phone_id || null,
    emailVerified: u.email_verified === true,
    activity: ssojetActivity(state, u._id),
  }));
  // SSOJet's own record of its definitions: roles are account-wide, deleted ones left out.
  const definitions = readSsojetDefinitions(state);
  return {
    users,
    organizations: Object.fromEntries(definitions.organizations.map((o) => [o.id, o.name])),
    organizationDomains: Object.fromEntries(definitions.organizations.map((o) => [o.id, o.domains])),
    roles: definitions.roles.map((r) => ({ name: r.name, permissions: r.permissions, organizationId: null })),
    permissions: definitions.permissions.map((p) => p.name),
    namesFromParts: true,
  };
}

/** The login log, newest first: every entry a sign-in, with no event name (SSOJet records none). */
function ssojetActivity(state: SsojetEmulatorState, userId: string): BackendActivity {
  const logs = (state.loginLogs.get(userId) ?? []).map((l, index) => ({ at: String(l.CreatedAt), ms: Date.parse(String(l.CreatedAt)), index }));
  // Kept oldest first; of one instant, the one recorded last is the newest.
  logs.sort((a, b) => b.ms - a.ms || b.index - a.index);
  return activityOf(logs.map((l) => ({ at: l.at, kind: 'sign-in' as const, action: null })));
}

const DESCOPE_STATUS: Record<string, string> = { enabled: 'active', disabled: 'disabled', invited: 'invited' };

/** Descope's documented audit actions by the kind of activity each records. */
const DESCOPE_KIND = new Map<string, ActivityKind>(Object.entries(DESCOPE_ACTIVITY_ACTIONS).flatMap(([kind, actions]) => actions.map((a) => [a, kind as ActivityKind] as const)));

/** Each user's activity in the audit trail, newest first (of one millisecond, the one recorded last first). */
function descopeActivity(state: DescopeEmulatorState): Map<string, BackendActivity> {
  const byUser = new Map<string, { at: string; ms: number; index: number; kind: ActivityKind; action: string }[]>();
  state.audits.forEach((record, index) => {
    const kind = DESCOPE_KIND.get(record.action);
    if (!kind) return;
    const ms = Number(record.occurred);
    const list = byUser.get(record.userId) ?? [];
    list.push({ at: new Date(ms).toISOString(), ms, index, kind, action: record.action });
    byUser.set(record.userId, list);
  });
  return new Map([...byUser].map(([userId, list]) => [userId, activityOf(list.sort((a, b) => b.ms - a.ms || b.index - a.index))]));
}

export function fromDescope(state: DescopeEmulatorState): BackendState {
  const activity = descopeActivity(state);
  const lastInvited = new Map<string, number>();
  for (const i of state.invitations) lastInvited.set(i.userId, Math.max(i.sentAt, lastInvited.get(i.userId) ?? 0));
  const users = state.users.map((u): BackendUser => ({
    id: u.userId,
    email: u.email,
    name: u.name || null,
    status: DESCOPE_STATUS[u.status] ?? u.status,
    roles: [...u.roleNames],
    organizations: Object.fromEntries(u.userTenants.map((t) => [t.tenantId, [...t.roleNames]])),
    givenName: u.givenName || null,
    familyName: u.familyName || null,
    customAttributes: structuredClone(u.customAttributes),
    // Descope keeps an empty string for a user without a phone.
    phone: u.phone || null,
    emailVerified: u.verifiedEmail,
    phoneVerified: u.verifiedPhone,
    invitationSentAt: lastInvited.has(u.userId) ? new Date(lastInvited.get(u.userId)!).toISOString() : null,
    activity: activity.get(u.userId) ?? activityOf([]),
  }));
  return {
    users,
    organizations: Object.fromEntries(state.tenants.map((t) => [t.id, t.name])),
    // The domains whose users join the tenant: where Roster writes an organization's domains.
    organizationDomains: Object.fromEntries(state.tenants.map((t) => [t.id, [...t.selfProvisioningDomains]])),
    roles: state.roles.map((r) => ({ name: r.name, permissions: [...r.permissionNames], organizationId: r.tenantId || null })),
    permissions: state.permissions.map((p) => p.name),
  };
}
