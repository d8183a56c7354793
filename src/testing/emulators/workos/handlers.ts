/**
 * MSW handlers that answer like WorkOS's API for the calls Roster's adapter and `@workos-inc/node`
 * make: users, organization memberships, invitations, organizations and roles, with WorkOS's paths,
 * status codes, error bodies and bearer check. Browser safe (no Node-only imports), so the same
 * handlers can serve Storybook's service worker.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { WORKOS_PATHS as PATHS, type WorkOSPath } from '../../../adapters/workos/wire.js';
import { faultResponse, readBody, unauthorized, WorkOSFailure, type Body } from './failures.js';
import type { WorkOSFaultState, WorkOSRoute } from './faults.js';
import { createMembershipOperations } from './memberships.js';
import type { WorkOSEmulatorState } from './state.js';
import { createUserOperations, type NewId } from './users.js';

export interface WorkOSHandlerConfig {
  baseUrl: string;
  apiKey: string;
  state: WorkOSEmulatorState;
  faults: WorkOSFaultState;
  newId: NewId;
  now: () => string;
  multipleRoles: boolean;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Call {
  id: string;
  url: URL;
  body: Body;
}

/** msw's `:id` for the reference's `{id}`. */
const pattern = (path: WorkOSPath) => path.replace('{id}', ':id');

export function createWorkOSHandlers(config: WorkOSHandlerConfig): HttpHandler[] {
  const { state, faults } = config;
  const users = createUserOperations(state, config.newId, config.now);
  const memberships = createMembershipOperations(state, users, config.newId, config.now, { multipleRoles: config.multipleRoles });

  function authenticate(request: Request): void {
    // WorkOS takes the secret API key as a bearer token; anything else is a 401.
    const match = /^Bearer\s+(\S+)$/.exec(request.headers.get('authorization')?.trim() ?? '');
    if (!match || match[1] !== config.apiKey) throw unauthorized();
  }

  /** `status`: 200, 201 for creates, 202 (no body) for deletes, as the reference gives them. */
  function route(method: Method, path: WorkOSPath, handle: (call: Call) => unknown, status = 200): HttpHandler {
    const key = `${method} ${path}` as Exclude<WorkOSRoute, '*'>;
    return http[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](`${config.baseUrl}${pattern(path)}`, async ({ request, params }) => {
      if (faults.latencyMs()) await delay(faults.latencyMs());
      const fault = faults.take(key);
      if (fault) return faultResponse(fault);
      try {
        authenticate(request);
        const body = method === 'GET' || method === 'DELETE' ? {} : await readBody(request);
        const result = handle({ id: typeof params.id === 'string' ? params.id : '', url: new URL(request.url), body });
        return result === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(result as Record<string, unknown>, { status });
      } catch (error) {
        if (error instanceof WorkOSFailure) return HttpResponse.json(error.body as Record<string, unknown>, { status: error.status });
        throw error;
      }
    });
  }

  // Fixed paths (`/invitations/…/revoke`) before the `:id` patterns they would otherwise match.
  return [
    route('GET', PATHS.users, ({ url }) => users.listUsers(url)),
    route('POST', PATHS.users, ({ body }) => users.createUser(body), 201),
    route('GET', PATHS.user, ({ id }) => structuredClone(users.findUser(id))),
    route('PUT', PATHS.user, ({ id, body }) => users.updateUser(id, body)),
    route('DELETE', PATHS.user, ({ id }) => users.deleteUser(id), 202),

    route('GET', PATHS.memberships, ({ url }) => memberships.listMemberships(url)),
    route('POST', PATHS.memberships, ({ body }) => memberships.createMembership(body), 201),
    route('PUT', PATHS.membershipDeactivate, ({ id }) => memberships.deactivate(id)),
    route('PUT', PATHS.membershipReactivate, ({ id }) => memberships.reactivate(id)),
    route('GET', PATHS.membership, ({ id }) => memberships.getMembership(id)),
    route('PUT', PATHS.membership, ({ id, body }) => memberships.updateMembership(id, body)),
    route('DELETE', PATHS.membership, ({ id }) => memberships.deleteMembership(id), 202),

    route('GET', PATHS.invitations, ({ url }) => users.listInvitations(url)),
    route('POST', PATHS.invitations, ({ body }) => users.sendInvitation(body, memberships.roleExists, memberships.addPendingMembership), 201),
    route('POST', PATHS.invitationRevoke, ({ id }) => users.revokeInvitation(id)),
    route('POST', PATHS.invitationResend, ({ id, body }) => users.resendInvitation(id, body)),
    route('GET', PATHS.invitation, ({ id }) => structuredClone(users.findInvitation(id))),

    route('GET', PATHS.organizations, ({ url }) => memberships.listOrganizations(url)),
    route('GET', PATHS.organizationRoles, ({ id }) => memberships.organizationRoles(id)),
    route('GET', PATHS.organization, ({ id }) => memberships.getOrganization(id)),
    route('GET', PATHS.authorizationOrganizationRoles, ({ id }) => memberships.organizationRoles(id)),
    route('GET', PATHS.environmentRoles, () => memberships.environmentRoles()),
  ];
}
