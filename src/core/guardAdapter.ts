/**
 * The boundary between an adapter and everything above it: results are shape-checked and every
 * failure comes out as a RosterError (or the AbortError of the caller's own signal). The provider
 * wraps the adapter it is given with this, so third-party adapters get the same guarantees.
 */
import type { AdapterMethodName, RosterAdapter } from './adapter.js';
import { isAbortError, isRosterError, RosterError } from './errors.js';
import { parseMemberships, parseOrganizationsPage, parseRoles, parseUser, parseUsersPage } from './validate.js';

const RESULT_PARSERS: Partial<Record<AdapterMethodName, (value: unknown) => unknown>> = {
  listUsers: parseUsersPage,
  getUser: parseUser,
  createUser: parseUser,
  updateUser: parseUser,
  setUserStatus: parseUser,
  listRoles: parseRoles,
  listOrganizations: parseOrganizationsPage,
  listUserMemberships: parseMemberships,
};

const GUARDED = Symbol('roster.guarded');

/** Converts anything an adapter threw into a RosterError, leaving abort rejections as they are. */
export function toRosterError(error: unknown): unknown {
  if (isRosterError(error) || isAbortError(error)) return error;
  return new RosterError('server', {
    message: 'The identity provider adapter failed unexpectedly.',
    cause: error,
  });
}

export function guardAdapter(adapter: RosterAdapter): RosterAdapter {
  if ((adapter as { [GUARDED]?: boolean })[GUARDED]) return adapter;
  if (typeof adapter.id !== 'string' || adapter.id === '') {
    throw new TypeError('Roster: the adapter needs a non-empty string `id`; it becomes part of every cache key.');
  }
  const guarded: Record<string | symbol, unknown> = {
    id: adapter.id,
    capabilities: adapter.capabilities,
    [GUARDED]: true,
  };
  for (const key of Object.keys(adapter) as (keyof RosterAdapter)[]) {
    const method = adapter[key];
    if (key === 'id' || key === 'capabilities' || typeof method !== 'function') continue;
    const parse = RESULT_PARSERS[key];
    guarded[key] = async (...args: unknown[]) => {
      let result: unknown;
      try {
        result = await (method as (...a: unknown[]) => Promise<unknown>).apply(adapter, args);
      } catch (error) {
        throw toRosterError(error);
      }
      return parse ? parse(result) : undefined;
    };
  }
  return guarded as unknown as RosterAdapter;
}
