/**
 * Node side of the matrix row "Clerk, secret key, behind createRosterHandler". A Clerk secret key
 * must never reach a browser (createClerkAdapter refuses to start where `window` exists), so the
 * adapter runs here, in Vite's Node process, over the Clerk emulator (../emulatedServer.ts).
 */
import { createClerkAdapter } from '../../../../src/adapters/clerk/index.js';
import { createClerkEmulator, type ClerkEmulatorState } from '../../../../src/testing/index.js';
import { activityOf } from '../../backends/state.js';
import type { BackendState, BackendUser } from '../../types.js';
import { emulatedServer } from '../emulatedServer.js';

/** The emulator's own records: banned or locked is disabled; a membership's one role, by name. */
export function fromClerk(state: ClerkEmulatorState): BackendState {
  const roleNames = new Map(state.roles.map((r) => [r.key, r.name]));
  const users = state.users.map((u): BackendUser => {
    const email = u.email_addresses.find((e) => e.id === u.primary_email_address_id);
    const phone = u.phone_numbers.find((p) => p.id === u.primary_phone_number_id);
    return {
      id: u.id,
      email: email?.email_address ?? '',
      name: [u.first_name, u.last_name].filter(Boolean).join(' ') || null,
      givenName: u.first_name || null,
      familyName: u.last_name || null,
      // Where the adapter keeps custom attributes: the metadata only the Backend API writes.
      customAttributes: { ...u.public_metadata },
      emailVerified: email?.verification?.status === 'verified',
      // A number is verified when its verification says so; a user without one has no such flag.
      phone: phone?.phone_number ?? null,
      ...(phone ? { phoneVerified: phone.verification?.status === 'verified' } : {}),
      // Clerk keeps no log of changes; its sessions are the sign-ins, newest first.
      activity: activityOf(
        state.sessions
          .filter((s) => s.user_id === u.id)
          .sort((a, b) => b.created_at - a.created_at)
          .map((s) => ({ at: new Date(s.created_at).toISOString(), kind: 'sign-in' as const, action: null })),
      ),
      status: u.banned || u.locked ? 'disabled' : 'active',
      roles: [],
      organizations: Object.fromEntries(state.memberships.filter((m) => m.user_id === u.id).map((m) => [m.organization_id, [roleNames.get(m.role) ?? `?${m.role}`]])),
    };
  });
  return {
    users,
    organizations: Object.fromEntries(state.organizations.map((o) => [o.id, o.name])),
    // The emulator keeps no organization domains.
    organizationDomains: Object.fromEntries(state.organizations.map((o) => [o.id, []])),
    // Clerk's roles are the instance's: every organization offers the same ones.
    roles: state.roles.map((r) => ({ name: r.name, permissions: r.permissions.map((p) => p.key), organizationId: null })),
    // Roster's Clerk adapter writes no permissions (capabilities.manage.permissions is false): no column reads them.
    permissions: [],
    // A Clerk user has a first and a last name, no display name of its own.
    namesFromParts: true,
  };
}

export const backendFor = emulatedServer({
  name: 'clerk',
  createEmulator: () => createClerkEmulator(),
  createAdapter: (emulator, fetch) => createClerkAdapter({ secretKey: emulator.secretKey, apiUrl: emulator.apiUrl, id: 'clerk:matrix', fetch }),
  notEmulated: (request) => ({ errors: [{ code: 'not_emulated', message: 'not emulated', long_message: `Not emulated: ${request.method} ${request.url}` }] }),
  read: (emulator) => fromClerk(emulator.state),
});
