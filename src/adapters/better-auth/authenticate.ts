/**
 * `authenticate` for createRosterHandler from a better-auth session cookie: the caller's scope
 * comes from better-auth's own records, never from the request.
 *
 * - A user holding a project admin role (admin plugin, default `admin`) manages every user:
 *   `organizationId: null`.
 * - Otherwise a member holding an organization admin role (default `owner` or `admin`) manages
 *   that organization: the session's active organization when it is one of those, else the first
 *   such membership.
 * - Anyone else gets null: the handler answers 401 and shows nothing.
 */
import type { RosterSession } from '../../server/session.js';
import { splitRoles } from './roles.js';
import { endpoint, type BetterAuthAuth, type BetterAuthContext } from './types.js';

export interface BetterAuthAuthenticateOptions {
  /** Project-wide roles that administer every user. Default `['admin']`. */
  projectAdminRoles?: readonly string[];
  /** Roles inside an organization that administer its members. Default `['owner', 'admin']`. */
  organizationAdminRoles?: readonly string[];
}

interface SessionAnswer {
  user?: { id?: unknown; role?: unknown };
  session?: { activeOrganizationId?: unknown };
}

type GetSession = (input: { headers: Headers }) => Promise<SessionAnswer | null>;

export function createBetterAuthAuthenticate(auth: BetterAuthAuth, options: BetterAuthAuthenticateOptions = {}): (request: Request) => Promise<RosterSession | null> {
  const projectAdmin = options.projectAdminRoles ?? ['admin'];
  const organizationAdmin = options.organizationAdminRoles ?? ['owner', 'admin'];
  const getSession = endpoint(auth, 'getSession') as GetSession | undefined;
  if (typeof getSession !== 'function') throw new TypeError('Roster: createBetterAuthAuthenticate needs the instance `betterAuth({ … })` returned.');

  return async (request) => {
    const answer = await getSession({ headers: request.headers });
    const userId = answer?.user?.id;
    if (typeof userId !== 'string' || !userId) return null;
    const roles = splitRoles(typeof answer?.user?.role === 'string' ? answer.user.role : null);
    if (roles.some((r) => projectAdmin.includes(r))) return { userId, organizationId: null };
    const context = (await auth.$context) as unknown as BetterAuthContext;
    const members = await context.adapter.findMany<{ organizationId: string; role: string | null }>({ model: 'member', where: [{ field: 'userId', value: userId }] });
    const administered = members.filter((m) => splitRoles(m.role).some((r) => organizationAdmin.includes(r))).map((m) => m.organizationId);
    const active = answer?.session?.activeOrganizationId;
    const organizationId = typeof active === 'string' && administered.includes(active) ? active : administered.sort()[0];
    return organizationId ? { userId, organizationId } : null;
  };
}
