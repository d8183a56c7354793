/**
 * Node side of the matrix row "WorkOS, secret key, behind createRosterHandler". A WorkOS secret key
 * must never reach a browser (createWorkOSAdapter refuses to start where `window` exists), so the
 * adapter runs here, in Vite's Node process, over the WorkOS emulator (../emulatedServer.ts).
 * `state()` derives status as WorkOS's data implies it (invited: never signed in with a pending
 * invitation; disabled: every membership deactivated).
 */
import { createWorkOSAdapter } from '../../../../src/adapters/workos/index.js';
import { createWorkOSEmulator, type WorkOSEmulatorState } from '../../../../src/testing/index.js';
import type { BackendState, BackendUser } from '../../types.js';
import { emulatedServer } from '../emulatedServer.js';

/** The emulator's own data, read from WorkOS's wire records. */
function fromWorkOS(emulatorState: WorkOSEmulatorState): BackendState {
  const { users, memberships, invitations, organizations, roles } = emulatorState;
  const backendUsers = users.map((u): BackendUser => {
    const own = memberships.filter((m) => m.user_id === u.id);
    const settled = own.filter((m) => m.status !== 'pending');
    const pending = invitations.filter((i) => i.state === 'pending' && i.email.toLowerCase() === u.email.toLowerCase());
    const invited = u.last_sign_in_at === null && pending.length > 0;
    // When an invitation last went out: its creation, or a resend since (WorkOS moves updated_at).
    const lastSent = pending.map((i) => i.updated_at ?? i.created_at).sort().at(-1) ?? null;
    const disabled = settled.length > 0 && settled.every((m) => m.status === 'inactive');
    return {
      id: u.id,
      email: u.email,
      name: [u.first_name, u.last_name].filter(Boolean).join(' ') || null,
      givenName: u.first_name || null,
      familyName: u.last_name || null,
      customAttributes: { ...u.metadata },
      emailVerified: u.email_verified,
      invitationSentAt: invited ? lastSent : null,
      status: invited ? 'invited' : disabled ? 'disabled' : 'active',
      // WorkOS holds no project-wide roles.
      roles: [],
      organizations: Object.fromEntries(own.map((m) => [m.organization_id, (m.roles ?? [m.role]).map((r) => roleName(roles, m.organization_id, r.slug))])),
    };
  });
  return {
    users: backendUsers,
    organizations: Object.fromEntries(organizations.map((o) => [o.id, o.name])),
    organizationDomains: Object.fromEntries(organizations.map((o) => [o.id, o.domains.map((d) => d.domain)])),
    roles: roles.map((r) => ({ name: r.name, permissions: [...r.permissions], organizationId: r.organizationId ?? null })),
    // Roster's WorkOS adapter writes no permissions (capabilities.manage.permissions is false): no column reads them.
    permissions: [],
    // A WorkOS user has a first and a last name, no display name of its own.
    namesFromParts: true,
  };
}

/** Roles by name, as the matrix compares them with what the UI shows. */
function roleName(roles: WorkOSEmulatorState['roles'], organizationId: string, slug: string): string {
  const role = roles.find((r) => r.slug === slug && (!r.organizationId || r.organizationId === organizationId));
  return role?.name ?? `?${slug}`;
}

export const backendFor = emulatedServer({
  name: 'workos',
  createEmulator: () => createWorkOSEmulator(),
  createAdapter: (emulator, fetch) => createWorkOSAdapter({ apiKey: emulator.apiKey, environment: 'matrix', fetch }),
  notEmulated: (request) => ({ message: `Not emulated: ${request.method} ${request.url}` }),
  read: (emulator) => fromWorkOS(emulator.state),
});
