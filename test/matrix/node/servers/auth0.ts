/**
 * Node side of the matrix row "Auth0, client credentials, behind createRosterHandler". Management
 * API credentials must never reach a browser (createAuth0Adapter refuses to start where `window`
 * exists), so the adapter runs here, in Vite's Node process, over the Auth0 emulator
 * (../emulatedServer.ts) — the client-credentials grant included.
 */
import { AUTH0_ACTIVITY_TYPES } from '../../../../src/adapters/auth0/activity.js';
import { createAuth0Adapter } from '../../../../src/adapters/auth0/index.js';
import type { ActivityKind } from '../../../../src/core/model.js';
import { AUTH0_EMULATOR_CLIENT, createAuth0Emulator, type Auth0EmulatorState } from '../../../../src/testing/index.js';
import { activityOf } from '../../backends/state.js';
import type { BackendState, BackendUser } from '../../types.js';
import { emulatedServer } from '../emulatedServer.js';

/** The emulator's own records: role names held tenant-wide and per organization, `blocked` as disabled; roles with the permissions granted to each. */
/** Auth0's log types as Roster's kinds of activity; the other events are no account activity. */
const KIND_OF = new Map(Object.entries(AUTH0_ACTIVITY_TYPES).flatMap(([kind, types]) => types.map((t) => [t, kind as ActivityKind] as const)));

/** Each user's log events that are account activity, newest first (of one millisecond, the one recorded last first). */
function auth0Activity(state: Auth0EmulatorState, userId: string) {
  const entries = state.logs
    .map((log, index) => ({ log, index, kind: KIND_OF.get(log.type) }))
    .filter((e) => e.log.user_id === userId && e.kind)
    .sort((a, b) => Date.parse(b.log.date) - Date.parse(a.log.date) || b.index - a.index);
  return activityOf(entries.map((e) => ({ at: e.log.date, kind: e.kind!, action: e.log.type })));
}

export function fromAuth0(state: Auth0EmulatorState): BackendState {
  const names = new Map(state.roles.map((r) => [r.id, r.name]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? `?${id}`);
  const users = state.users.map((u): BackendUser => ({
    id: u.user_id,
    email: u.email ?? '',
    name: u.name || null,
    status: u.blocked === true ? 'disabled' : 'active',
    givenName: u.given_name ?? null,
    familyName: u.family_name ?? null,
    // Where the adapter keeps custom attributes (its default, admin-owned metadata).
    customAttributes: { ...u.app_metadata },
    emailVerified: u.email_verified === true,
    activity: auth0Activity(state, u.user_id),
    roles: named(state.userRoles[u.user_id] ?? []),
    organizations: Object.fromEntries(
      Object.entries(state.members).flatMap(([orgId, members]) => members.filter((m) => m.userId === u.user_id).map((m) => [orgId, named(m.roles)])),
    ),
  }));
  return {
    users,
    organizations: Object.fromEntries(state.organizations.map((o) => [o.id, o.display_name ?? o.name])),
    // An Auth0 organization keeps no email domains.
    organizationDomains: Object.fromEntries(state.organizations.map((o) => [o.id, []])),
    roles: state.roles.map((r) => ({
      name: r.name,
      permissions: (state.permissions[r.id] ?? []).map((p) => p.permission_name),
      organizationId: r.type === 'organization' ? (r.owner_id ?? null) : null,
    })),
    // Roster's Auth0 adapter writes no permissions (capabilities.manage.permissions is false): no column reads them.
    permissions: [],
  };
}

export const backendFor = emulatedServer({
  name: 'auth0',
  createEmulator: () => createAuth0Emulator(),
  createAdapter: (emulator, fetch) =>
    createAuth0Adapter({ domain: emulator.domain, auth: { clientId: AUTH0_EMULATOR_CLIENT.clientId, clientSecret: AUTH0_EMULATOR_CLIENT.clientSecret }, fetch }),
  notEmulated: (request) => ({ statusCode: 501, error: 'Not Implemented', message: `Not emulated: ${request.method} ${request.url}` }),
  read: (emulator) => fromAuth0(emulator.state),
});
