/**
 * THE MATRIX's rows: one backend configuration each, a factory giving a fresh backend per cell.
 * A new adapter is one more entry here. `absentByDesign` is the one list of cells whose control
 * must be absent, each with its reason.
 */
import { http } from 'msw';
import { commands } from 'vitest/browser';
import { createDescopeAdapter } from '../../src/adapters/descope/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { loadRemoteAdapter } from '../../src/adapters/remote/index.js';
import { createSsojetAdapter, type SsojetAdapterOptions } from '../../src/adapters/ssojet/index.js';
import type { AdapterCapabilities, AdapterMethodName, RosterAdapter } from '../../src/core/adapter.js';
import { createRosterHandler } from '../../src/server/handler.js';
import { createDescopeEmulator, createSsojetEmulator, type SsojetEmulatorOptions } from '../../src/testing/index.js';
import { auth0OrganizationId } from '../../src/testing/emulators/auth0/index.js';
import { invitesNobody, managesNothing } from './backends/absent.js';
import { fromDescope, fromMemory, fromSsojet } from './backends/state.js';
import { MEMORY_HANDLER_API, nodeApi } from './shared.js';
import type { BackendRow, BackendState, ScenarioId } from './types.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Node side (test/matrix/node/servers/<name>.ts): a fresh backend, adapter and handler. */
    matrixNodeReset: (name: string) => Promise<void>;
    /** Node side: that backend's own state. */
    matrixNodeState: (name: string) => Promise<BackendState>;
  }
}

/**
 * A row whose adapter runs in Node behind createRosterHandler (test/matrix/node/servers/<server>.ts),
 * reached from the page over real HTTP through the remote adapter, as a host would deploy it.
 */
export function nodeRow(server: string, row: Omit<BackendRow, 'create'>, organizationId: string): BackendRow {
  return {
    ...row,
    async create() {
      await commands.matrixNodeReset(server);
      const adapter = await loadRemoteAdapter({ baseUrl: nodeApi(server), id: `remote:matrix-${server}` });
      return { adapter, organizationId, read: () => commands.matrixNodeState(server) };
    },
  };
}

/** The memory directory's organization (and the Descope emulator's tenant) the org scenarios use. */
const ACME = 'org_001';

/** Everything a backend that only lists users (SSOJet-like) claims; the UI does the rest in the browser. */
const CLIENT_MODE: Partial<AdapterCapabilities> = {
  search: false,
  sortFields: [],
  filters: { status: false, roleIds: false, organizationId: false },
  pagination: 'cursor',
  totals: false,
  roleUpdates: 'set',
};

/** A plain object offering everything the adapter has except `drop`. */
function without(adapter: RosterAdapter, drop: readonly AdapterMethodName[]): RosterAdapter {
  const copy: Record<string, unknown> = { ...adapter };
  for (const name of drop) delete copy[name];
  return copy as unknown as RosterAdapter;
}

const SSOJET_ABSENT: Partial<Record<ScenarioId, string>> = {
  invite: 'SSOJet’s user API creates users directly; it cannot send an invitation.',
  rolesStagedOrganization: 'SSOJet assigns roles project-wide only; it has no per-organization roles.',
  rolesImmediateOrganization: 'SSOJet assigns roles project-wide only; it has no per-organization roles.',
  organizationAdd: 'SSOJet’s API has no membership writes (no add to an organization).',
  organizationRemove: 'SSOJet’s API has no membership writes (no remove from an organization).',
  disableEnable: 'SSOJet’s user API cannot enable or disable a user.',
  organizationRoleCreate: 'SSOJet’s roles are account-wide; it cannot define a role inside one organization.',
  invitationResend: 'SSOJet creates users active: a user record has no invitation to send again (capabilities.details.resendInvitation is false).',
  invitationRevoke: 'SSOJet creates users active: a user record has no invitation to revoke (capabilities.details.revokeInvitation is false).',
  detailsVerifyPhone: 'SSOJet keeps a phone only as a login id: Verify User Status sets `email_verified`, and no route sets a phone’s (capabilities.details.verifyPhone is false).',
};

function ssojetRow(id: string, title: string, emulatorOptions: SsojetEmulatorOptions, adapterOptions: Partial<SsojetAdapterOptions>, absentByDesign: Partial<Record<ScenarioId, string>>): BackendRow {
  return {
    id,
    title,
    absentByDesign,
    async create({ mock }) {
      const emulator = createSsojetEmulator(emulatorOptions);
      mock(...emulator.handlers);
      const adapter = createSsojetAdapter({ baseUrl: emulator.baseUrl, clientId: emulator.clientId, getAccessToken: () => emulator.accessToken, ...adapterOptions });
      const organizationId = [...emulator.state.memberships.values()].flat()[0]?.organizationId ?? emulator.state.organizations[0]!.id;
      return { adapter, organizationId, read: async () => fromSsojet(emulator.state) };
    },
  };
}

const DESCOPE_PROJECT = 'P2RosterEmulator';
const DESCOPE_SESSION = 'matrix-tenant-admin-session';

export const BACKENDS: BackendRow[] = [
  {
    id: 'memory',
    title: 'memory, server mode',
    absentByDesign: {},
    async create() {
      const memory = createMemoryAdapter({ id: 'memory:matrix' });
      return { adapter: memory, organizationId: ACME, read: async () => fromMemory(memory.snapshot()) };
    },
  },
  {
    id: 'memory-client',
    title: 'memory, narrowed to client mode',
    absentByDesign: {},
    async create() {
      const memory = createMemoryAdapter({ id: 'memory:matrix-client-mode', capabilities: CLIENT_MODE });
      // Set-only, as SSOJet: if the memory adapter still offers add/remove, the page gets a copy without them.
      const adapter = memory.addUserRoles || memory.removeUserRoles ? without(memory, ['addUserRoles', 'removeUserRoles']) : memory;
      return { adapter, organizationId: ACME, read: async () => fromMemory(memory.snapshot()) };
    },
  },
  ssojetRow('ssojet', 'SSOJet, strict emulator (legacy API)', {}, {}, SSOJET_ABSENT),
  // The same adapter against the docs' current generation (cursor-paged list, JSON errors).
  ssojetRow('ssojet-current', 'SSOJet, emulator in current-API mode', { api: 'current' }, {}, SSOJET_ABSENT),
  nodeRow('descope', { id: 'descope-server', title: 'Descope, management key, behind the handler in Node', absentByDesign: {} }, ACME),
  nodeRow('auth0', {
    id: 'auth0-server',
    title: 'Auth0, client credentials, behind the handler in Node',
    absentByDesign: {
      invite: 'An Auth0 invitation is to an organization and creates no user until accepted; createUser makes users only (capabilities.createUser.invite is false).',
      ...managesNothing('Auth0'),
      ...invitesNobody('Auth0'),
      detailsVerifyPhone: 'Auth0 keeps `phone_verified` for SMS-connection users only; the adapter’s users are in a database connection, which stores no phone number (capabilities.details.verifyPhone is false).',
    },
  }, auth0OrganizationId(ACME)),
  nodeRow(
    'clerk',
    {
      id: 'clerk-server',
      title: 'Clerk, secret key, behind the handler in Node',
      absentByDesign: {
        invite: 'A Clerk invitation is not a user until it is accepted; createUser makes users only (capabilities.createUser.invite is false).',
        rolesStagedProject: 'Clerk has no project-wide roles; roles are held per organization membership.',
        rolesImmediateProject: 'Clerk has no project-wide roles; roles are held per organization membership.',
        bulkAssignRole: 'Clerk has no project-wide roles to assign from the table.',
        ...managesNothing('Clerk'),
        ...invitesNobody('Clerk'),
      },
    },
    ACME,
  ),
  nodeRow('workos', {
    id: 'workos-server',
    title: 'WorkOS, secret key, behind the handler in Node',
    absentByDesign: {
      rolesStagedProject: 'WorkOS holds roles per organization membership only; it has no project-wide role assignments.',
      rolesImmediateProject: 'WorkOS holds roles per organization membership only; it has no project-wide role assignments.',
      bulkAssignRole: 'The table’s bulk role picker assigns project-wide roles, which WorkOS does not have (roles live on memberships).',
      ...managesNothing('WorkOS'),
      detailsActivity: 'WorkOS reads events by type, organization and date only (GET /events): no user’s own activity (capabilities.details.activity is false).',
      detailsVerifyPhone: 'A WorkOS user has no phone number (the User Management user object has none), so there is none to verify (capabilities.details.verifyPhone is false).',
    },
  }, ACME),
  nodeRow('better-auth', {
    id: 'better-auth',
    title: 'better-auth on PGlite, behind the handler in Node',
    absentByDesign: {
      invite: 'better-auth invites people into an organization only (organization plugin); it has no project-wide invitation to send from the create dialog.',
      ...managesNothing('better-auth'),
      ...invitesNobody('better-auth'),
      detailsVerifyPhone: 'better-auth’s core `user` table has no phone number (that is the phone-number plugin, which the adapter does not read), so there is none to verify (capabilities.details.verifyPhone is false).',
    },
  }, ACME),
  {
    id: 'descope-session',
    title: 'Descope, a tenant admin’s session in the browser',
    tableOrganizationId: ACME,
    absentByDesign: {
      create: 'A tenant admin’s session only invites, as Descope’s user-management widget does; it cannot create an active user.',
      rolesStagedProject: 'A tenant admin’s session changes roles inside its own tenant only; project-wide roles need the management key.',
      rolesImmediateProject: 'A tenant admin’s session changes roles inside its own tenant only; project-wide roles need the management key.',
      organizationAdd: 'A tenant admin’s session has no tenant-membership endpoint (Descope’s widgets cannot add a user to a tenant).',
      organizationRemove: 'A tenant admin’s session has no tenant-membership endpoint (Descope’s widgets cannot remove a user from a tenant).',
      organizationCreate: 'A tenant admin’s session cannot create tenants: no Descope widget does, only the management key.',
      organizationRename: 'A tenant admin’s session cannot change its tenant: Descope’s tenant-profile widget only reads it.',
      organizationDelete: 'A tenant admin’s session cannot delete tenants: only the management key can.',
      permissionCreate: 'A tenant admin’s session cannot change the project’s permissions: only the management key can (it may list them).',
      permissionRename: 'A tenant admin’s session cannot change the project’s permissions: only the management key can (it may list them).',
      permissionDelete: 'A tenant admin’s session cannot change the project’s permissions: only the management key can (it may list them).',
      detailsActivity: 'Descope’s audit trail is read with the management key only; a tenant admin’s session cannot search it.',
      invitationResend: 'Descope’s user-management widget has no resend: a tenant admin’s session cannot send an invitation again.',
    },
    async create({ mock }) {
      const emulator = createDescopeEmulator({ projectId: DESCOPE_PROJECT, sessions: { [DESCOPE_SESSION]: { tenantId: ACME } } });
      mock(...emulator.handlers);
      const adapter = createDescopeAdapter({ projectId: DESCOPE_PROJECT, auth: { getSessionToken: () => DESCOPE_SESSION, tenantId: ACME } });
      return { adapter, organizationId: ACME, read: async () => fromDescope(emulator.state) };
    },
  },
  {
    id: 'remote-memory',
    title: 'remote adapter, handler over memory in the page',
    absentByDesign: {},
    async create({ mock }) {
      const memory = createMemoryAdapter({ id: 'memory:matrix-behind-handler' });
      const handler = createRosterHandler({
        adapter: memory,
        basePath: MEMORY_HANDLER_API,
        authenticate: () => ({ userId: 'matrix-project-admin', organizationId: null }),
        logger: (entry) => {
          if (entry.level !== 'info') console.warn('[matrix: memory handler]', entry.message, entry.error);
        },
      });
      mock(http.all(`${MEMORY_HANDLER_API}/*`, ({ request }) => handler(request)));
      const adapter = await loadRemoteAdapter({ baseUrl: MEMORY_HANDLER_API, id: 'remote:matrix-memory' });
      return { adapter, organizationId: ACME, read: async () => fromMemory(memory.snapshot()) };
    },
  },
];
