/**
 * A class-based adapter, as a plain-JS author might write one: every method lives on the
 * prototype and reaches its directory through `this` (a private field, so a wrong `this` throws).
 * The directory behind it is the memory adapter; the class shape is what is under test.
 */
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { AdapterCapabilities, MembershipOptions, RequestContext, RoleScope, RosterAdapter } from '../../src/core/adapter.js';
import type { CreateUserInput, OrganizationsQuery, UpdateUserInput, UsersQuery } from '../../src/core/model.js';

export class DirectoryAdapter implements RosterAdapter {
  readonly id: string;
  readonly #directory: MemoryAdapter;

  constructor(options: MemoryAdapterOptions = {}) {
    this.#directory = createMemoryAdapter(options);
    this.id = `class:${this.#directory.id}`;
  }

  get capabilities(): AdapterCapabilities {
    return this.#directory.capabilities;
  }

  listUsers(query: UsersQuery, ctx?: RequestContext) {
    return this.#directory.listUsers(query, ctx);
  }
  getUser(userId: string, ctx?: RequestContext) {
    return this.#directory.getUser(userId, ctx);
  }
  createUser(input: CreateUserInput, ctx?: RequestContext) {
    return this.#directory.createUser!(input, ctx);
  }
  updateUser(userId: string, patch: UpdateUserInput, ctx?: RequestContext) {
    return this.#directory.updateUser!(userId, patch, ctx);
  }
  deleteUser(userId: string, ctx?: RequestContext) {
    return this.#directory.deleteUser!(userId, ctx);
  }
  setUserStatus(userId: string, status: 'active' | 'disabled', ctx?: RequestContext) {
    return this.#directory.setUserStatus!(userId, status, ctx);
  }
  listRoles(scope?: RoleScope, ctx?: RequestContext) {
    return this.#directory.listRoles(scope, ctx);
  }
  addUserRoles(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext) {
    return this.#directory.addUserRoles!(userId, roleIds, scope, ctx);
  }
  removeUserRoles(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext) {
    return this.#directory.removeUserRoles!(userId, roleIds, scope, ctx);
  }
  setUserRoles(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext) {
    return this.#directory.setUserRoles!(userId, roleIds, scope, ctx);
  }
  listOrganizations(query?: OrganizationsQuery, ctx?: RequestContext) {
    return this.#directory.listOrganizations(query, ctx);
  }
  listUserMemberships(userId: string, ctx?: RequestContext) {
    return this.#directory.listUserMemberships(userId, ctx);
  }
  addUserMembership(userId: string, organizationId: string, options?: MembershipOptions, ctx?: RequestContext) {
    return this.#directory.addUserMembership!(userId, organizationId, options, ctx);
  }
  removeUserMembership(userId: string, organizationId: string, ctx?: RequestContext) {
    return this.#directory.removeUserMembership!(userId, organizationId, ctx);
  }
}
