/**
 * The embedded default backend: a seeded in-memory directory that does search, sort, filters and
 * both kinds of paging itself, like a real identity provider would, with added latency and fault
 * injection for stories and tests.
 */
import { type AdapterMethodName, type RequestContext, type RoleScope, type RosterAdapter } from '../../core/adapter.js';
import { delay } from '../../core/abort.js';
import { RosterError, throwIfAborted } from '../../core/errors.js';
import type { ActivityEvent, AttributeDefinition, Membership, Organization, Role, User, UsersQuery } from '../../core/model.js';
import { checkPageSize, pageOfList, searchAndPageOrganizations } from '../../core/paging.js';
import { createActivityLog, type ActivityOptions } from './activity.js';
import { generateDirectory, type Directory, type DirectoryOptions } from './directory.js';
import { createFaultController, type FaultController, type FaultRule } from './faults.js';
import { DEFAULT_ATTRIBUTE_DEFINITIONS } from './generatedDetails.js';
import { createRandom } from './random.js';
import { createMemoryDefinitions } from './memoryDefinitions.js';
import { createMemoryDetails } from './memoryDetails.js';
import { createMemoryWrites, narrowCapabilities, type CapabilityOverrides } from './memoryWrites.js';
import { permissionsOfRoles } from './permissions.js';
import { recordingWrites } from './recordedChanges.js';
import { createUserIndex } from './userIndex.js';

export interface MemoryAdapterOptions extends DirectoryOptions, ActivityOptions {
  /** Use this data instead of generating a directory. It is copied, never changed in place. */
  directory?: Directory;
  /** Added to every call: a fixed delay, or a range picked from for each call. */
  latencyMs?: number | { min: number; max: number };
  faults?: readonly FaultRule[];
  /** Leave out every write method, as a backend without write access would. */
  readOnly?: boolean;
  /** Narrow what the backend claims it can do; queries using a withdrawn capability are refused. */
  capabilities?: CapabilityOverrides;
  /** Defaults to `memory:<seed>`. */
  id?: string;
  /** Who the activity log names as making the changes written through this adapter. Default "Roster admin". */
  actor?: string;
  /** What listAttributeDefinitions reports. Default: the seeded directory's attributes. */
  attributeDefinitions?: readonly AttributeDefinition[];
}

/** Everything the directory holds, for assertions: each user's activity (newest first) too. */
export interface MemorySnapshot extends Required<Directory> {
  activity: Record<string, ActivityEvent[]>;
  attributeDefinitions: AttributeDefinition[];
}

export interface MemoryAdapter extends RosterAdapter {
  readonly faults: FaultController;
  setLatency(latencyMs: MemoryAdapterOptions['latencyMs']): void;
  /**
   * A copy of everything the directory holds now, permissions and activity included, for
   * assertions. It makes up every user's sign-ins: meant for test-sized directories.
   */
  snapshot(): MemorySnapshot;
}

export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const seed = options.seed ?? 1;
  const source = options.directory ?? generateDirectory(options);
  const users = new Map(source.users.map((u) => [u.id, structuredClone(u)]));
  const roles = source.roles.map((r) => structuredClone(r));
  const organizations = source.organizations.map((o) => structuredClone(o));
  const permissions = structuredClone(source.permissions ?? permissionsOfRoles(roles));
  const capabilities = narrowCapabilities(options);
  // One role per membership, as in Clerk: the generated directory's second roles are dropped.
  if (capabilities.rolesPerMembership === 'one') for (const u of users.values()) for (const m of u.memberships ?? []) m.roleIds = m.roleIds.slice(0, 1);
  const faults = createFaultController(options.faults, seed);
  const latencyRandom = createRandom(seed ^ 0x1a7e);
  let latency = options.latencyMs ?? 0;
  const actor = options.actor ?? 'Roster admin';
  const attributeDefinitions = structuredClone([...(options.attributeDefinitions ?? DEFAULT_ATTRIBUTE_DEFINITIONS)]);
  const log = createActivityLog(seed, actor, options);

  // Search texts and sorted orders, kept up to date by every write (userIndex.ts).
  const index = createUserIndex(users);
  let changes = 0;

  async function enter(operation: AdapterMethodName, ctx: RequestContext | undefined): Promise<void> {
    throwIfAborted(ctx?.signal);
    const ms = typeof latency === 'number' ? latency : latency.min + latencyRandom() * (latency.max - latency.min);
    await delay(ms, ctx?.signal);
    throwIfAborted(ctx?.signal);
    faults.check(operation);
  }

  function findUser(userId: string): User {
    const user = users.get(userId);
    if (!user) throw new RosterError('not_found', { status: 404, message: `No user with id “${userId}”.` });
    return user;
  }

  function findOrganization(organizationId: string): Organization {
    const org = organizations.find((o) => o.id === organizationId);
    if (!org) throw new RosterError('not_found', { status: 404, message: `No organization with id “${organizationId}”.` });
    return org;
  }

  function assignableRoles(scope: RoleScope = {}): Role[] {
    if (scope.organizationId) findOrganization(scope.organizationId);
    return roles.filter((r) => !r.organizationId || r.organizationId === scope.organizationId);
  }

  function checkRoleIds(roleIds: readonly string[], scope: RoleScope): void {
    const allowed = new Set(assignableRoles(scope).map((r) => r.id));
    const unknown = roleIds.filter((id) => !allowed.has(id));
    if (unknown.length) {
      throw new RosterError('invalid_input', { status: 400, message: `Unknown role for this scope: ${unknown.join(', ')}.`, fieldErrors: { roleIds: 'Contains a role that cannot be assigned here.' } });
    }
  }

  function membershipOf(user: User, organizationId: string): Membership {
    const membership = user.memberships?.find((m) => m.organization.id === organizationId);
    if (!membership) throw new RosterError('not_found', { status: 404, message: 'The user is not a member of this organization.' });
    return membership;
  }

  /** With one role per membership, refuses a membership left with zero or several roles. */
  function checkRoleCount(roleIds: readonly string[]): void {
    if (capabilities.rolesPerMembership === 'one' && roleIds.length !== 1) {
      throw new RosterError('invalid_input', { status: 400, message: 'Exactly one role per membership.' });
    }
  }

  /** The role list a scoped role change edits: project-wide roles, or those held in one organization. */
  function heldRoles(user: User, scope: RoleScope = {}): { get(): string[]; set(ids: string[]): void } {
    if (!scope.organizationId) return { get: () => user.roleIds, set: (ids) => void (user.roleIds = ids) };
    if (!capabilities.organizationRoles) throw new RosterError('unsupported');
    const membership = membershipOf(user, scope.organizationId);
    return {
      get: () => membership.roleIds,
      set: (ids) => {
        checkRoleCount(ids);
        membership.roleIds = ids;
      },
    };
  }

  function checkQuerySupported(query: UsersQuery): void {
    const refuse = (what: string) => {
      throw new RosterError('unsupported', { message: `This directory was set up without ${what}.` });
    };
    if (query.search?.trim() && !capabilities.search) refuse('search');
    if (query.sort && !capabilities.sortFields.includes(query.sort.field)) refuse(`sorting by ${query.sort.field}`);
    if (query.filter?.status?.length && !capabilities.filters.status) refuse('the status filter');
    if (query.filter?.roleIds?.length && !capabilities.filters.roleIds) refuse('the role filter');
    if (query.filter?.organizationId && !capabilities.filters.organizationId) refuse('the organization filter');
    if (query.page.index && capabilities.pagination !== 'offset') refuse('offset paging');
  }

  function changed(user: User): void {
    changes += 1;
    index.changed(user);
  }

  const adapter: MemoryAdapter = {
    id: options.id ?? `memory:${seed}`,
    capabilities,
    faults,
    setLatency(next) {
      latency = next ?? 0;
    },
    snapshot() {
      const activity = Object.fromEntries([...users.values()].map((u) => [u.id, [...log.entries(u)]]));
      return structuredClone({ users: [...users.values()], roles, organizations, permissions, activity, attributeDefinitions });
    },

    async listUsers(query, ctx) {
      await enter('listUsers', ctx);
      checkPageSize(query.page.size, capabilities.maxPageSize);
      checkQuerySupported(query);
      const { items, total, nextCursor } = pageOfList(index.query(query), query.page);
      return { items: structuredClone(items), total: capabilities.totals ? total : null, nextCursor };
    },

    async getUser(userId, ctx) {
      await enter('getUser', ctx);
      return structuredClone(findUser(userId));
    },

    async listRoles(scope, ctx) {
      await enter('listRoles', ctx);
      return structuredClone(assignableRoles(scope));
    },

    async listOrganizations(query = {}, ctx) {
      await enter('listOrganizations', ctx);
      const page = searchAndPageOrganizations(organizations, query);
      return { ...page, items: structuredClone(page.items) };
    },

    async getOrganization(organizationId, ctx) {
      await enter('getOrganization', ctx);
      return structuredClone(findOrganization(organizationId));
    },

    async listUserMemberships(userId, ctx) {
      await enter('listUserMemberships', ctx);
      return structuredClone(findUser(userId).memberships ?? []);
    },
  };

  const definitions = createMemoryDefinitions({ users, roles, permissions, organizations, capabilities, enter, findOrganization, holdingsChanged: () => index.holdingsChanged() });
  adapter.listPermissions = definitions.listPermissions;
  const details = createMemoryDetails({ users, capabilities, log, actor, attributeDefinitions, enter, findUser, changed });
  Object.assign(adapter, details.reads);
  if (options.readOnly) return adapter;
  Object.assign(adapter, definitions.writes, details.writes);
  const writes = createMemoryWrites({ users, capabilities, enter, findUser, findOrganization, checkRoleIds, checkRoleCount, heldRoles, membershipOf, changed, newUserId: () => `usr_${(changes + users.size).toString(36)}${Math.floor(latencyRandom() * 1e9).toString(36)}` });
  return Object.assign(adapter, recordingWrites(writes, { users, log, actor }));
}
