/**
 * Managing SSOJet's definitions — roles, permissions, organizations — through the legacy routes
 * the seeds' navigation lists ("Role And Permission", "Organization"), plus the current API's
 * Create Permission, the only documented way to make one. Every write reads the list first: to
 * refuse a duplicate name SSOJet is not documented to refuse, and because SSOJet's updates
 * require every field, so the record goes back whole with the patch laid over it.
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import type { KeyedQueue } from '../../core/keyedQueue.js';
import type { ManageWriteMethod } from '../../core/manage.js';
import { createOrganizationWrites } from './organizationWrites.js';
import { createPermissionWrites } from './permissionWrites.js';
import { createRoleWrites } from './roleWrites.js';

export interface DefinitionDeps {
  /** A GET whose answer must be JSON. */
  read(path: string, ctx: RequestContext | undefined): Promise<unknown>;
  /** A write whose success answer may be anything SSOJet documents (text included); undefined when not JSON. */
  write(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, ctx: RequestContext | undefined): Promise<unknown>;
  /** Writes under one key take turns, so two creates cannot both pass the duplicate check. */
  queue: KeyedQueue;
}

export type SsojetDefinitionMethods = Required<Pick<RosterAdapter, ManageWriteMethod | 'listPermissions' | 'getOrganization'>>;

export function createSsojetDefinitions(deps: DefinitionDeps): SsojetDefinitionMethods {
  return { ...createRoleWrites(deps), ...createPermissionWrites(deps), ...createOrganizationWrites(deps) };
}
