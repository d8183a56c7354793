/**
 * The memory directory's write methods, and the capability narrowing that decides which of them
 * exist. A narrowed directory behaves like a narrower backend: a withdrawn write is absent, and an
 * input the capabilities do not declare is refused rather than silently stored, so a UI that
 * offers more than the backend can take fails loudly in tests.
 */
import {
  FULL_CAPABILITIES,
  type AdapterCapabilities,
  type AdapterMethodName,
  type AdapterWriteMethod,
  type CreateUserCapabilities,
  type RequestContext,
  type RoleScope,
  type RosterAdapter,
} from '../../core/adapter.js';
import { isEmail } from '../../core/email.js';
import { RosterError } from '../../core/errors.js';
import { NO_MANAGEMENT, type ManageCapabilities, type ManageWriteMethod } from '../../core/manage.js';
import type { CreateUserInput, Membership, Organization, User } from '../../core/model.js';
import { NO_DETAILS, type USER_DETAILS_WRITE_METHODS, type UserDetailsCapabilities } from '../../core/userDetails.js';
import { mergeAttributes } from './customAttributes.js';

/** Partial capabilities, with the nested objects partial too. */
export type CapabilityOverrides = Partial<Omit<AdapterCapabilities, 'filters' | 'createUser' | 'manage' | 'details'>> & {
  filters?: Partial<AdapterCapabilities['filters']>;
  createUser?: Partial<CreateUserCapabilities>;
  manage?: Partial<ManageCapabilities>;
  details?: Partial<UserDetailsCapabilities>;
};

export function narrowCapabilities(options: { capabilities?: CapabilityOverrides; readOnly?: boolean }): AdapterCapabilities {
  const o = options.capabilities ?? {};
  const caps: AdapterCapabilities = {
    ...FULL_CAPABILITIES,
    ...o,
    filters: { ...FULL_CAPABILITIES.filters, ...o.filters },
    createUser: { ...FULL_CAPABILITIES.createUser, ...o.createUser },
    manage: { ...FULL_CAPABILITIES.manage, ...o.manage },
    details: { ...FULL_CAPABILITIES.details, ...o.details },
  };
  // Roles that cannot be assigned in a scope cannot be managed there either.
  caps.manage.projectRoles &&= caps.projectRoles;
  caps.manage.organizationRoles &&= caps.organizationRoles;
  if (!options.readOnly) return caps;
  const none = Object.fromEntries(Object.keys(caps.createUser).map((k) => [k, false])) as unknown as CreateUserCapabilities;
  // The details' reads stay; their writes go.
  const { lookupByEmail, activity, activityIncludesChanges, attributeDefinitions } = caps.details;
  const details = { ...NO_DETAILS, lookupByEmail, activity, activityIncludesChanges, attributeDefinitions };
  return { ...caps, createUser: none, editableFields: [], userStatus: false, manage: NO_MANAGEMENT, details };
}

export interface MemoryStore {
  users: Map<string, User>;
  capabilities: AdapterCapabilities;
  enter(operation: AdapterMethodName, ctx: RequestContext | undefined): Promise<void>;
  findUser(userId: string): User;
  findOrganization(organizationId: string): Organization;
  checkRoleIds(roleIds: readonly string[], scope: RoleScope): void;
  /** Refuses a membership's role list that `rolesPerMembership` does not allow. */
  checkRoleCount(roleIds: readonly string[]): void;
  heldRoles(user: User, scope?: RoleScope): { get(): string[]; set(ids: string[]): void };
  membershipOf(user: User, organizationId: string): Membership;
  /** `user` was created, changed in place or deleted (already out of `users`). */
  changed(user: User): void;
  newUserId(): string;
}

function unsupported(what: string): never {
  throw new RosterError('unsupported', { message: `This directory was set up without ${what}.` });
}

/** Refuses every create input the capabilities leave out. */
function checkCreateInput(input: CreateUserInput, caps: CreateUserCapabilities): void {
  if (input.invite && !caps.invite) unsupported('invitations');
  if (!input.invite && !caps.active) unsupported('creating users without an invitation');
  if (input.phone && !caps.phone) unsupported('phone numbers');
  if ((input.givenName || input.familyName) && !caps.nameParts) unsupported('given and family names');
  if (Object.keys(input.customAttributes ?? {}).length && !caps.customAttributes) unsupported('custom attributes');
  if (input.roleIds?.length && !caps.roleIds) unsupported('roles at creation');
  if (input.organization && !caps.organization) unsupported('creating users into an organization');
}

export function createMemoryWrites(store: MemoryStore): Partial<RosterAdapter> {
  const { users, capabilities, enter, findUser, changed } = store;

  function join(user: User, organizationId: string, roleIds: readonly string[]): void {
    const org = store.findOrganization(organizationId);
    store.checkRoleIds(roleIds, { organizationId });
    const memberships = (user.memberships ??= []);
    const existing = memberships.find((m) => m.organization.id === organizationId);
    const next = [...new Set([...(existing?.roleIds ?? []), ...roleIds])];
    store.checkRoleCount(next);
    if (existing) existing.roleIds = next;
    else memberships.push({ organization: { id: org.id, name: org.name }, roleIds: next });
  }

  // The writes of users and what they hold; definitions are memoryDefinitions.ts's, details memoryDetails.ts's.
  const all: Required<Pick<RosterAdapter, Exclude<AdapterWriteMethod, ManageWriteMethod | (typeof USER_DETAILS_WRITE_METHODS)[number]>>> = {
    async createUser(input, ctx) {
      await enter('createUser', ctx);
      checkCreateInput(input, capabilities.createUser);
      const email = input.email?.trim() ?? '';
      if (!isEmail(email)) {
        throw new RosterError('invalid_input', { status: 400, message: 'The email address is not valid.', fieldErrors: { email: 'Enter a valid email address.' } });
      }
      if ([...users.values()].some((u) => u.email?.toLowerCase() === email.toLowerCase())) {
        throw new RosterError('conflict', { status: 409, message: 'A user with this email already exists.', fieldErrors: { email: 'A user with this email already exists.' } });
      }
      store.checkRoleIds(input.roleIds ?? [], {});
      if (input.organization) {
        store.findOrganization(input.organization.id);
        store.checkRoleIds(input.organization.roleIds ?? [], { organizationId: input.organization.id });
        store.checkRoleCount([...new Set(input.organization.roleIds ?? [])]);
      }
      const name = input.name?.trim() || [input.givenName, input.familyName].filter(Boolean).join(' ') || null;
      const user: User = {
        id: store.newUserId(),
        email,
        name,
        givenName: input.givenName ?? null,
        familyName: input.familyName ?? null,
        phone: input.phone ?? null,
        picture: null,
        status: input.invite ? 'invited' : 'active',
        emailVerified: false,
        roleIds: [...new Set(input.roleIds ?? [])],
        memberships: [],
        createdAt: new Date().toISOString(),
        lastLoginAt: null,
        customAttributes: mergeAttributes({}, input.customAttributes ?? {}),
      };
      if (input.organization) join(user, input.organization.id, input.organization.roleIds ?? []);
      users.set(user.id, user);
      changed(user);
      return structuredClone(user);
    },

    async updateUser(userId, patch, ctx) {
      await enter('updateUser', ctx);
      const user = findUser(userId);
      const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
      const refused = entries.filter(([field]) => !capabilities.editableFields.includes(field as never));
      if (refused.length) unsupported(`editing ${refused.map(([f]) => f).join(', ')}`);
      // Checked before anything changes, so a refused patch changes nothing.
      const attributes = patch.customAttributes === undefined ? user.customAttributes : mergeAttributes(user.customAttributes, patch.customAttributes);
      // A new number is not verified yet.
      if (patch.phone !== undefined && patch.phone !== user.phone) user.phoneVerified = false;
      for (const [field, value] of entries) if (field !== 'customAttributes') (user as unknown as Record<string, unknown>)[field] = value;
      user.customAttributes = attributes;
      changed(user);
      return structuredClone(user);
    },

    async deleteUser(userId, ctx) {
      await enter('deleteUser', ctx);
      const user = findUser(userId);
      users.delete(userId);
      changed(user);
    },

    async setUserStatus(userId, status, ctx) {
      await enter('setUserStatus', ctx);
      if (status !== 'active' && status !== 'disabled') {
        throw new RosterError('invalid_input', { status: 400, message: 'Status must be active or disabled.', fieldErrors: { status: 'Must be active or disabled.' } });
      }
      const user = findUser(userId);
      user.status = status;
      changed(user);
      return structuredClone(user);
    },

    async addUserRoles(userId, roleIds, scope = {}, ctx) {
      await enter('addUserRoles', ctx);
      store.checkRoleIds(roleIds, scope);
      const user = findUser(userId);
      const held = store.heldRoles(user, scope);
      held.set([...held.get(), ...roleIds.filter((id) => !held.get().includes(id))]);
      changed(user);
    },

    async removeUserRoles(userId, roleIds, scope = {}, ctx) {
      await enter('removeUserRoles', ctx);
      const user = findUser(userId);
      const held = store.heldRoles(user, scope);
      held.set(held.get().filter((id) => !roleIds.includes(id)));
      changed(user);
    },

    async setUserRoles(userId, roleIds, scope = {}, ctx) {
      await enter('setUserRoles', ctx);
      store.checkRoleIds(roleIds, scope);
      const user = findUser(userId);
      store.heldRoles(user, scope).set([...new Set(roleIds)]);
      changed(user);
    },

    async addUserMembership(userId, organizationId, { roleIds = [] } = {}, ctx) {
      await enter('addUserMembership', ctx);
      const user = findUser(userId);
      join(user, organizationId, roleIds);
      changed(user);
    },

    async removeUserMembership(userId, organizationId, ctx) {
      await enter('removeUserMembership', ctx);
      const user = findUser(userId);
      store.membershipOf(user, organizationId);
      user.memberships = user.memberships!.filter((m) => m.organization.id !== organizationId);
      changed(user);
    },
  };

  // A capability withdrawn in the options withdraws its method, as on a narrower backend.
  const withdrawn = new Set<string>();
  if (!Object.values(capabilities.createUser).some(Boolean)) withdrawn.add('createUser');
  if (capabilities.editableFields.length === 0) withdrawn.add('updateUser');
  if (!capabilities.userStatus) withdrawn.add('setUserStatus');
  if (capabilities.roleUpdates === 'set') withdrawn.add('addUserRoles').add('removeUserRoles');
  return Object.fromEntries(Object.entries(all).filter(([name]) => !withdrawn.has(name)));
}
