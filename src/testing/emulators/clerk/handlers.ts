/**
 * MSW handlers that answer like Clerk's Backend API under `<apiUrl>/v1`: the endpoints the Roster
 * adapter and `@clerk/backend` call for users, organizations, memberships, roles, invitations,
 * sessions, and email address and phone number updates,
 * with Clerk's paths, bodies, error bodies and bearer check. Browser safe: no Node-only imports.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { ClerkFailure, failureResponse, faultResponse, headerFormatInvalid, keyInvalid, readBody, type Body } from './failures.js';
import type { ClerkFaultState, ClerkRoute } from './faults.js';
import { createIdentificationOperations } from './identifications.js';
import { createOrganizationOperations } from './organizations.js';
import { createSessionOperations } from './sessions.js';
import type { ClerkEmulatorState } from './state.js';
import { createUserOperations } from './users.js';

export interface ClerkHandlerConfig {
  /** `<apiUrl>/v1`. */
  baseUrl: string;
  secretKey: string;
  state: ClerkEmulatorState;
  faults: ClerkFaultState;
  newId: (prefix: string) => string;
}

interface Call {
  params: Record<string, string>;
  body: Body;
  url: URL;
}

export function createClerkHandlers(config: ClerkHandlerConfig): HttpHandler[] {
  const { state, faults } = config;
  const users = createUserOperations(state, config.newId);
  const organizations = createOrganizationOperations(state, users, config.newId);
  const sessions = createSessionOperations(state, config.newId);
  const identifications = createIdentificationOperations(state);

  /** Clerk checks the header's shape first, then the key. */
  function authenticate(request: Request): void {
    const match = /^Bearer ([^\s]+)$/.exec(request.headers.get('authorization')?.trim() ?? '');
    if (!match) throw headerFormatInvalid();
    if (match[1] !== config.secretKey) throw keyInvalid();
  }

  function route(route: Exclude<ClerkRoute, '*'>, handle: (call: Call) => unknown): HttpHandler {
    const [method, path] = route.split(' ') as [string, string];
    const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    return http[verb](`${config.baseUrl}${path}`, async ({ request, params }) => {
      if (faults.latencyMs()) await delay(faults.latencyMs());
      const fault = faults.take(route);
      if (fault) return faultResponse(fault);
      try {
        authenticate(request);
        const body = verb === 'get' ? {} : await readBody(request);
        return HttpResponse.json(handle({ params: params as Record<string, string>, body, url: new URL(request.url) }) as Record<string, unknown>);
      } catch (error) {
        if (error instanceof ClerkFailure) return failureResponse(error);
        throw error;
      }
    });
  }

  return [
    // `/users/count` before `/users/:userId`, which would otherwise take it.
    route('GET /users/count', ({ url }) => users.count(url)),
    route('GET /users', ({ url }) => users.list(url)),
    route('POST /users', ({ body }) => users.create(body)),
    route('GET /users/:userId', ({ params }) => users.get(params.userId!)),
    route('PATCH /users/:userId', ({ params, body }) => users.update(params.userId!, body)),
    route('DELETE /users/:userId', ({ params }) => users.remove(params.userId!)),
    route('PATCH /users/:userId/metadata', ({ params, body }) => users.mergeMetadata(params.userId!, body)),
    route('POST /users/:userId/ban', ({ params }) => users.ban(params.userId!)),
    route('POST /users/:userId/unban', ({ params }) => users.unban(params.userId!)),
    route('POST /users/:userId/lock', ({ params }) => users.lock(params.userId!)),
    route('POST /users/:userId/unlock', ({ params }) => users.unlock(params.userId!)),
    route('GET /users/:userId/organization_memberships', ({ params, url }) => organizations.userMemberships(params.userId!, url)),
    route('GET /organizations', ({ url }) => organizations.listOrganizations(url)),
    route('GET /organizations/:organizationId', ({ params, url }) => organizations.getOrganization(params.organizationId!, url)),
    route('GET /organizations/:organizationId/memberships', ({ params, url }) => organizations.listMembers(params.organizationId!, url)),
    route('POST /organizations/:organizationId/memberships', ({ params, body }) => organizations.addMember(params.organizationId!, body)),
    route('PATCH /organizations/:organizationId/memberships/:userId', ({ params, body }) => organizations.updateMember(params.organizationId!, params.userId!, body)),
    route('DELETE /organizations/:organizationId/memberships/:userId', ({ params }) => organizations.removeMember(params.organizationId!, params.userId!)),
    route('GET /organization_roles', ({ url }) => organizations.listRoles(url)),
    route('GET /invitations', ({ url }) => organizations.listInvitations(url)),
    route('POST /invitations', ({ body }) => organizations.createInvitation(body)),
    route('POST /invitations/:invitationId/revoke', ({ params }) => organizations.revokeInvitation(params.invitationId!)),
    route('GET /sessions', ({ url }) => sessions.list(url)),
    route('POST /sessions', ({ body }) => sessions.create(body)),
    route('PATCH /email_addresses/:emailAddressId', ({ params, body }) => identifications.updateEmailAddress(params.emailAddressId!, body)),
    route('PATCH /phone_numbers/:phoneNumberId', ({ params, body }) => identifications.updatePhoneNumber(params.phoneNumberId!, body)),
  ];
}
