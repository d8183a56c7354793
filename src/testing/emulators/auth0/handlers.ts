/**
 * MSW handlers that answer like Auth0's Management API v2 on a tenant domain: the endpoints the
 * Roster adapter and the `auth0` SDK call for users, roles, organizations and memberships, each
 * checking the bearer token and its scopes as Auth0 does, with rate-limit headers on every answer.
 * Browser safe (no Node-only imports).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { AUTH0_API_PREFIX, AUTH0_PATHS as P, type Auth0Path } from '../../../adapters/auth0/wire.js';
import { Auth0Failure, faultResponse, readBody, tooManyRequests, type Body, type RateLimiter } from './failures.js';
import type { Auth0FaultState, Auth0Method } from './faults.js';
import { createLogOperations } from './logs.js';
import { createOrganizationOperations } from './organizations.js';
import type { Auth0EmulatorState } from './state.js';
import type { TokenRegistry } from './tokens.js';
import { createUserOperations } from './users.js';

export interface Auth0HandlerConfig {
  /** `https://<domain>`. */
  origin: string;
  state: Auth0EmulatorState;
  faults: Auth0FaultState;
  rateLimiter: RateLimiter;
  tokens: TokenRegistry;
  newUserId: () => string;
}

interface Call {
  params: Record<string, string>;
  url: URL;
  body: Body;
}

type Answer = { status: 200 | 201; json: unknown } | { status: 204 };

const ok = (json: unknown): Answer => ({ status: 200, json });
const none: Answer = { status: 204 };

export function createAuth0Handlers(config: Auth0HandlerConfig): HttpHandler[] {
  const { state, faults, rateLimiter, tokens } = config;
  const users = createUserOperations(state, config.newUserId);
  const orgs = createOrganizationOperations(state, users.findUser);
  const logs = createLogOperations(state, users.project);

  function route(method: Auth0Method, path: Auth0Path, scopes: readonly string[], handle: (call: Call) => Answer): HttpHandler {
    const pattern = `${config.origin}${AUTH0_API_PREFIX}${path.replace(/\{(\w+)\}/g, ':$1')}`;
    return http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](pattern, async ({ request, params }) => {
      if (faults.latencyMs()) await delay(faults.latencyMs());
      const limit = rateLimiter.hit();
      const fault = faults.take(`${method} ${path}`);
      if (fault) return faultResponse(fault, limit.headers);
      if (limit.limited) return tooManyRequests(limit.headers, limit.retryAfterSeconds);
      try {
        tokens.authorize(request.headers.get('authorization'), scopes);
        const decoded = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        const body = method === 'GET' ? {} : await readBody(request);
        const answer = handle({ params: decoded, url: new URL(request.url), body });
        if (answer.status === 204) return new HttpResponse(null, { status: 204, headers: { ...limit.headers } });
        return HttpResponse.json(answer.json as Record<string, unknown>, { status: answer.status, headers: { ...limit.headers } });
      } catch (error) {
        if (error instanceof Auth0Failure) return HttpResponse.json(error.body, { status: error.status, headers: { ...limit.headers } });
        throw error;
      }
    });
  }

  return [
    http.post(`${config.origin}/oauth/token`, async ({ request }) => {
      if (faults.latencyMs()) await delay(faults.latencyMs());
      const limit = rateLimiter.hit();
      const fault = faults.take('POST /oauth/token');
      if (fault) return faultResponse(fault, limit.headers);
      const answer = tokens.grant(await request.text(), request.headers.get('content-type') ?? '');
      return HttpResponse.json(answer.body, { status: answer.status, headers: { ...limit.headers } });
    }),

    route('GET', P.users, ['read:users'], ({ url }) => ok(users.list(url))),
    route('POST', P.users, ['create:users'], ({ body }) => ({ status: 201, json: users.create(body) })),
    route('GET', P.user, ['read:users', 'read:current_user', 'read:user_idp_tokens'], ({ params, url }) => ok(users.project(users.findUser(params.id!), url))),
    route('PATCH', P.user, ['update:users', 'update:users_app_metadata', 'update:current_user_metadata'], ({ params, body }) => ok(users.patch(params.id!, body))),
    route('DELETE', P.user, ['delete:users', 'delete:current_user'], ({ params }) => {
      users.remove(params.id!);
      return none;
    }),
    route('GET', P.usersByEmail, ['read:users'], ({ url }) => ok(logs.usersByEmail(url))),
    route('GET', P.userLogs, ['read:logs', 'read:logs_users'], ({ params, url }) => ok(logs.userLogs(params.id!, url))),
    route('GET', P.userRoles, ['read:users', 'read:roles', 'read:role_members'], ({ params, url }) => ok(orgs.userRoles(params.id!, url))),
    route('POST', P.userRoles, ['create:role_members'], ({ params, body }) => {
      orgs.changeUserRoles(params.id!, body, true);
      return none;
    }),
    route('DELETE', P.userRoles, ['delete:role_members'], ({ params, body }) => {
      orgs.changeUserRoles(params.id!, body, false);
      return none;
    }),
    route('GET', P.userOrganizations, ['read:users', 'read:organizations'], ({ params, url }) => ok(orgs.userOrganizations(params.id!, users.organizationsOf, url))),

    route('GET', P.roles, ['read:roles'], ({ url }) => ok(orgs.listRoles(url))),
    route('GET', P.rolePermissions, ['read:roles'], ({ params, url }) => ok(orgs.rolePermissions(params.id!, url))),

    route('GET', P.organizations, ['read:organizations', 'read:organizations_summary'], ({ url }) => ok(orgs.listOrganizations(url))),
    route('GET', P.organization, ['read:organizations', 'read:organizations_summary'], ({ params }) => ok(structuredClone(orgs.findOrganization(params.id!)))),
    route('POST', P.organizationMembers, ['create:organization_members'], ({ params, body }) => {
      orgs.addMembers(params.id!, body);
      return none;
    }),
    route('DELETE', P.organizationMembers, ['delete:organization_members'], ({ params, body }) => {
      orgs.removeMembers(params.id!, body);
      return none;
    }),
    route('GET', P.organizationMemberRoles, ['read:organization_member_roles'], ({ params, url }) => ok(orgs.memberRoles(params.id!, params.user_id!, url))),
    route('POST', P.organizationMemberRoles, ['create:organization_member_roles'], ({ params, body }) => {
      orgs.changeMemberRoles(params.id!, params.user_id!, body, true);
      return none;
    }),
    route('DELETE', P.organizationMemberRoles, ['delete:organization_member_roles'], ({ params, body }) => {
      orgs.changeMemberRoles(params.id!, params.user_id!, body, false);
      return none;
    }),
  ];
}
