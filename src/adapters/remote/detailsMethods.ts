/**
 * The remote adapter's one-user methods (the protocol's details routes, core/protocol.ts), and
 * which details its capabilities may promise. As with the definitions (./definitionMethods.ts),
 * bodies carry only the protocol's fields: the handler refuses any other.
 */
import type { AdapterMethodName, RosterAdapter } from '../../core/adapter.js';
import type { VerificationChange } from '../../core/model.js';
import { encodeActivityQuery, protocolPath } from '../../core/protocol.js';
import type { UserDetailsCapabilities } from '../../core/userDetails.js';
import { parseActivityPage, parseAttributeDefinitions, parseUser } from '../../core/validate.js';
import type { HttpRequest } from '../http/httpClient.js';

type Call = <T = unknown>(req: HttpRequest) => Promise<T>;

export type DetailsMethods = Required<
  Pick<RosterAdapter, 'getUserByEmail' | 'listUserActivity' | 'setUserVerified' | 'resendInvitation' | 'revokeInvitation' | 'listAttributeDefinitions'>
>;

const userPath = (pattern: string, userId: string) => protocolPath(pattern, { userId });

/** The flags the protocol defines, those left out left out. */
function verification(change: VerificationChange): VerificationChange {
  return { ...(change.email !== undefined && { email: change.email }), ...(change.phone !== undefined && { phone: change.phone }) };
}

export function detailsMethods(call: Call): DetailsMethods {
  return {
    async getUserByEmail(email, ctx) {
      return parseUser(await call({ method: 'GET', path: '/user-by-email', query: { email }, signal: ctx?.signal }));
    },
    async listUserActivity(userId, query, ctx) {
      const path = userPath('users/:userId/activity', userId);
      return parseActivityPage(await call({ method: 'GET', path, query: encodeActivityQuery(query), signal: ctx?.signal }));
    },
    async setUserVerified(userId, change, ctx) {
      return parseUser(await call({ method: 'PUT', path: userPath('users/:userId/verified', userId), body: verification(change), signal: ctx?.signal }));
    },
    async resendInvitation(userId, ctx) {
      await call({ method: 'POST', path: userPath('users/:userId/invitation', userId), signal: ctx?.signal });
    },
    async revokeInvitation(userId, ctx) {
      await call({ method: 'DELETE', path: userPath('users/:userId/invitation', userId), signal: ctx?.signal });
    },
    async listAttributeDefinitions(ctx) {
      return parseAttributeDefinitions(await call({ method: 'GET', path: '/attribute-definitions', signal: ctx?.signal }));
    },
  };
}

/**
 * What the server said of each detail, kept only where the adapter offers its method (a flag left
 * out is off). `activityIncludesChanges` passes through as said: the server's activity is what this
 * adapter reads, its audit trail included.
 */
export function offeredDetails(told: Partial<UserDetailsCapabilities> | undefined, offered: ReadonlySet<AdapterMethodName>): UserDetailsCapabilities {
  const is = (flag: keyof UserDetailsCapabilities, method: AdapterMethodName) => told?.[flag] === true && offered.has(method);
  return {
    lookupByEmail: is('lookupByEmail', 'getUserByEmail'),
    activity: is('activity', 'listUserActivity'),
    activityIncludesChanges: is('activity', 'listUserActivity') && is('activityIncludesChanges', 'listUserActivity'),
    verifyEmail: is('verifyEmail', 'setUserVerified'),
    verifyPhone: is('verifyPhone', 'setUserVerified'),
    resendInvitation: is('resendInvitation', 'resendInvitation'),
    revokeInvitation: is('revokeInvitation', 'revokeInvitation'),
    attributeDefinitions: is('attributeDefinitions', 'listAttributeDefinitions'),
  };
}
