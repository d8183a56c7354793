/**
 * Roster over better-auth (https://better-auth.com), in-process on the server: users from the core
 * schema and the admin plugin (roles, bans), organizations, members and roles from the
 * organization plugin (dynamic access-control roles included). Reads are SQL on better-auth's own
 * database (./userQuery.ts); writes go through better-auth (./userWrites.ts, ./memberships.ts).
 */
import type { AdapterCapabilities, RequestContext, RoleScope, RosterAdapter } from '../../core/adapter.js';
import { NO_MANAGEMENT } from '../../core/manage.js';
import { RosterError, throwIfAborted } from '../../core/errors.js';
import { createKeyedQueue } from '../../core/keyedQueue.js';
import type { CreateUserInput, OrganizationsQuery, UpdateUserInput, UsersQuery } from '../../core/model.js';
import { USER_SORT_FIELDS } from '../../core/model.js';
import { authContext, createSchema, kyselyOf } from './database.js';
import { mapErrors, organizationNotFound, userNotFound } from './errors.js';
import { membershipsOf, toUser } from './mapping.js';
import { addMembership, changeOrganizationRoles, listMemberships, removeMembership } from './memberships.js';
import { selectOrganization, selectOrganizations } from './organizations.js';
import { organizationRoles, projectRoles, type RoleChange } from './roles.js';
import { assertServerSide } from '../http/serverOnly.js';
import type { AdapterRuntime } from './session.js';
import type { BetterAuthAuth } from './types.js';
import { changeProjectRoles, createUser, deleteUser, setStatus, updateUser } from './userWrites.js';
import { betterAuthDetails, createBetterAuthUserDetails, sessionsInDatabase } from './userDetails.js';
import { MAX_PAGE_SIZE, selectUser, selectUsersPage } from './userQuery.js';

export interface BetterAuthAdapterOptions {
  /** The instance `betterAuth({ … })` returned, with the `admin` plugin (and `organization` for organizations). */
  auth: BetterAuthAuth;
  /**
   * The Kysely instance better-auth's database runs on. Found by itself when better-auth got
   * `database: { db }`, `{ dialect }` or a Kysely dialect; pass it where better-auth runs on another
   * adapter over the same SQL database.
   */
  db?: unknown;
  /** Part of every cache key; tell two better-auth instances apart. Default `better-auth`. */
  id?: string;
}

function capabilities(organizations: boolean, activity: boolean): AdapterCapabilities {
  return Object.freeze({
    search: true,
    sortFields: USER_SORT_FIELDS,
    filters: Object.freeze({ status: true, roleIds: true, organizationId: organizations }),
    pagination: 'offset',
    totals: true,
    maxPageSize: MAX_PAGE_SIZE,
    projectRoles: true,
    organizationRoles: organizations,
    roleUpdates: 'delta',
    rolesPerMembership: 'many',
    // better-auth invites into organizations only, and stores neither phone, name parts nor custom attributes.
    createUser: Object.freeze({ active: true, invite: false, phone: false, nameParts: false, customAttributes: false, roleIds: true, organization: organizations }),
    editableFields: ['name', 'picture'] as const,
    userStatus: true,
    manage: NO_MANAGEMENT,
    // Lookup by email, the email's verified flag, sign-ins from the session table (userDetails.ts).
    details: betterAuthDetails(activity),
  });
}

function pluginIds(auth: BetterAuthAuth): string[] {
  return (auth.options?.plugins ?? []).map((p) => (p as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
}

function checkOptions(options: BetterAuthAdapterOptions): void {
  const auth = options?.auth as Partial<BetterAuthAuth> | undefined;
  if (!auth || typeof auth !== 'object' || !auth.$context || !auth.api || !auth.options) {
    throw new TypeError('Roster: createBetterAuthAdapter needs `auth`, the instance `betterAuth({ … })` returned on your server.');
  }
  if (!pluginIds(options.auth).includes('admin')) {
    throw new TypeError('Roster: createBetterAuthAdapter needs better-auth’s admin plugin (roles and bans): add `admin()` from "better-auth/plugins" to `plugins`.');
  }
}

export function createBetterAuthAdapter(options: BetterAuthAdapterOptions): RosterAdapter {
  // It reads and writes the user database directly: never in a browser.
  assertServerSide({ factory: 'createBetterAuthAdapter', holds: "It reads and writes better-auth's user database directly" });
  checkOptions(options);
  const { auth } = options;
  const db = kyselyOf(options.db ?? auth.options.database);
  if (!db) {
    throw new TypeError(
      'Roster: createBetterAuthAdapter reads better-auth’s tables with SQL and found no Kysely database in `auth.options.database`. ' +
        'Give better-auth `database: { db: new Kysely({ dialect }), type }`, or pass `db` (a Kysely instance over the same database).',
    );
  }
  const organizations = pluginIds(auth).includes('organization');
  const activity = sessionsInDatabase(auth);
  const queue = createKeyedQueue();
  let runtime: Promise<AdapterRuntime> | undefined;
  const ready = (signal: AbortSignal | undefined) => {
    throwIfAborted(signal);
    runtime ??= authContext(auth).then((context) => ({ auth, context, schema: createSchema(db, context), queue }));
    return runtime;
  };

  async function readUser(rt: AdapterRuntime, userId: string) {
    const row = await mapErrors(() => selectUser(rt.schema, userId));
    if (!row) throw userNotFound();
    return toUser(row, (await mapErrors(() => membershipsOf(rt.schema, [userId]))).get(userId));
  }

  function changeRoles(kind: RoleChange['kind']) {
    return async (userId: string, roleIds: string[], scope?: RoleScope, rc?: RequestContext) => {
      const rt = await ready(rc?.signal);
      const change = { kind, roleIds };
      if (scope?.organizationId) {
        if (!organizations) throw new RosterError('unsupported', { message: 'better-auth’s organization plugin is not enabled.' });
        return changeOrganizationRoles(rt, userId, scope.organizationId, change, rc?.signal);
      }
      return changeProjectRoles(rt, userId, change, rc?.signal);
    };
  }

  const adapter: RosterAdapter = {
    id: options.id ?? 'better-auth',
    capabilities: capabilities(organizations, activity),

    async listUsers(query: UsersQuery, rc?: RequestContext) {
      const rt = await ready(rc?.signal);
      const { rows, total, nextCursor } = await mapErrors(() => selectUsersPage(rt.schema, query));
      const memberships = await mapErrors(() => membershipsOf(rt.schema, rows.map((r) => r.id)));
      throwIfAborted(rc?.signal);
      return { items: rows.map((row) => toUser(row, memberships.get(row.id))), total, nextCursor };
    },

    async getUser(userId: string, rc?: RequestContext) {
      return readUser(await ready(rc?.signal), userId);
    },

    async listRoles(scope?: RoleScope, rc?: RequestContext) {
      const rt = await ready(rc?.signal);
      if (!scope?.organizationId) return projectRoles(rt.context);
      if (!organizations) return [];
      return mapErrors(() => organizationRoles(rt.schema, rt.context, scope.organizationId!));
    },

    async listOrganizations(query?: OrganizationsQuery, rc?: RequestContext) {
      const rt = await ready(rc?.signal);
      return mapErrors(() => selectOrganizations(rt.schema, query));
    },

    async getOrganization(organizationId: string, rc?: RequestContext) {
      const rt = await ready(rc?.signal);
      const found = await mapErrors(() => selectOrganization(rt.schema, organizationId));
      if (!found) throw organizationNotFound();
      return found;
    },

    async listUserMemberships(userId: string, rc?: RequestContext) {
      return listMemberships(await ready(rc?.signal), userId);
    },

    async createUser(input: CreateUserInput, rc?: RequestContext) {
      const rt = await ready(rc?.signal);
      return readUser(rt, await createUser(rt, input));
    },

    async updateUser(userId: string, patch: UpdateUserInput, rc?: RequestContext) {
      const rt = await ready(rc?.signal);
      await updateUser(rt, userId, patch);
      return readUser(rt, userId);
    },

    async deleteUser(userId: string, rc?: RequestContext) {
      await deleteUser(await ready(rc?.signal), userId);
    },

    async setUserStatus(userId, status, rc?: RequestContext) {
      const rt = await ready(rc?.signal);
      await setStatus(rt, userId, status);
      return readUser(rt, userId);
    },

    addUserRoles: changeRoles('add'),
    removeUserRoles: changeRoles('remove'),
    setUserRoles: changeRoles('set'),

    async addUserMembership(userId, organizationId, { roleIds = [] } = {}, rc) {
      const rt = await ready(rc?.signal);
      await addMembership(rt, userId, organizationId, roleIds);
    },

    async removeUserMembership(userId, organizationId, rc) {
      await removeMembership(await ready(rc?.signal), userId, organizationId);
    },
  };
  Object.assign(adapter, createBetterAuthUserDetails(ready, readUser));
  if (!activity) delete adapter.listUserActivity;
  if (!organizations) {
    delete adapter.addUserMembership;
    delete adapter.removeUserMembership;
  }
  return adapter;
}
