/**
 * MSW handlers for SSOJet's user-management API (shared/reference/ssojet-api.md §3, §4.1) with
 * SSOJet's field names, bearer-token and client-id checks, validation (400), unknown ids (404)
 * and injectable faults. The routes are the legacy ones (the only documented user, role and
 * membership writes); `api: 'current'` changes what the current docs change for them: the cursor
 * user list and JSON error bodies. Roles, permissions and organizations are in
 * definitionHandlers.ts, what every route shares in routing.ts. Browser-safe: Storybook serves the
 * same handlers through msw's service worker.
 */
import type { HttpHandler } from 'msw';
import { isEmail } from '../../../core/email.js';
import type { SsojetStatus, SsojetUser, SsojetUserByEmail, SsojetUserOrganizations } from '../../../adapters/ssojet/wireTypes.js';
import { createDefinitionHandlers } from './definitionHandlers.js';
import { listUsersCurrent, listUsersLegacy } from './listUsers.js';
import { loginLogsAnswer } from './loginLogs.js';
import { emptyObjectAsText, refuse } from './responses.js';
import { createRoute, isPlainObject, jsonBody, requiredString, type Body, type Params, type RouteContext } from './routing.js';
import { NO_ORGANIZATION, newUser, type SsojetEmulatorState } from './state.js';

/** Which generation of SSOJet's docs the emulator plays. */
export type SsojetApiGeneration = 'legacy' | 'current';
/** Manage User Roles' answer: seed 000's example (`{}` as text/plain) or its prose (the user). */
export type SsojetRolesAnswer = 'empty-object' | 'user';
/** Create a User's answer: the docs' example (the created user) or its prose (`{ status, message }`). */
export type SsojetCreateAnswer = 'user' | 'status';

export interface HandlerContext extends RouteContext {
  state: SsojetEmulatorState;
  api: SsojetApiGeneration;
  rolesAnswer: SsojetRolesAnswer;
  createAnswer: SsojetCreateAnswer;
  newId(): string;
  /** The current time as SSOJet writes it. */
  now(): string;
}

function requiredEmail(body: Body): string {
  const email = requiredString(body, 'email').trim();
  // The seed's own wording for this case.
  if (!isEmail(email)) refuse(400, 'Invalid email format.');
  return email;
}

export function createSsojetHandlers(ctx: HandlerContext): HttpHandler[] {
  const { state } = ctx;

  function findUser(params: Params, name = 'userId'): SsojetUser {
    const user = state.users.get(String(params[name]));
    if (!user) refuse(404, 'User not found.');
    return user;
  }

  function checkEmailFree(email: string, exceptUserId?: string): void {
    const lower = email.toLowerCase();
    for (const user of state.users.values()) {
      if (user._id !== exceptUserId && user.email.toLowerCase() === lower) refuse(409, 'A user with this email already exists.');
    }
  }

  function touch(user: SsojetUser): SsojetUser {
    user.modified_at = ctx.now();
    return user;
  }

  const route = createRoute(ctx);

  const listUsers = (request: Request) => {
    const users = [...state.users.values()];
    const url = new URL(request.url);
    return ctx.api === 'current' ? listUsersCurrent(url, users) : listUsersLegacy(url, users);
  };

  return [
    route('listUsers', 'get', '/api/v1/users', listUsers),
    // The legacy docs' heading and curl sample spell it this way; the current docs never do.
    ...(ctx.api === 'legacy' ? [route('listUsers', 'get', '/api/api/users', listUsers)] : []),

    route('getUserByEmail', 'get', '/api/v1/users/:email/email', (_request, params) => {
      const email = String(params.email).toLowerCase();
      const user = [...state.users.values()].find((u) => u.email.toLowerCase() === email);
      if (!user) refuse(404, 'User not found.');
      const answer: SsojetUserByEmail = {
        id: user._id,
        account_id: user.account_id,
        connection_type: 'ManualUser',
        email: user.email,
        first_name: user.first_name,
        last_name: user.last_name,
        created_at: user.created_at,
        modified_at: user.modified_at,
        is_active: user.is_active,
        LastLoginAt: user.LastLoginAt,
      };
      return answer;
    }),

    route('getUser', 'get', '/api/v1/users/:userId', (_request, params) => findUser(params)),

    route('createUser', 'post', '/api/v1/users', async (request) => {
      const body = await jsonBody(request);
      const first_name = requiredString(body, 'first_name');
      const last_name = requiredString(body, 'last_name');
      const email = requiredEmail(body);
      checkEmailFree(email);
      const user = newUser(state, ctx.newId(), { email, first_name, last_name }, ctx.now());
      state.users.set(user._id, user);
      state.memberships.set(user._id, []);
      if (ctx.createAnswer === 'status') {
        const answer: SsojetStatus = { status: 'success', message: 'User created successfully.' };
        return answer;
      }
      return { ...user, organization_id: NO_ORGANIZATION };
    }),

    route('updateUser', 'put', '/api/v1/users/:userId', async (request, params) => {
      const user = findUser(params);
      const body = await jsonBody(request);
      const email = requiredEmail(body);
      const first_name = requiredString(body, 'first_name');
      const last_name = requiredString(body, 'last_name');
      // The docs show `groups: {}` in the body but an array on the record; both are taken.
      const { groups, raw_attributes } = body;
      if (!('groups' in body)) refuse(400, 'groups is required.');
      if (groups !== null && !Array.isArray(groups) && !(isPlainObject(groups) && Object.keys(groups).length === 0)) refuse(400, 'groups must be an array.');
      if (!('raw_attributes' in body)) refuse(400, 'raw_attributes is required.');
      if (raw_attributes !== null && !isPlainObject(raw_attributes)) refuse(400, 'raw_attributes must be an object.');
      checkEmailFree(email, user._id);
      Object.assign(user, { email, first_name, last_name, groups: Array.isArray(groups) ? groups : null, raw_attributes });
      return touch(user);
    }),

    route('verifyUser', 'post', '/api/v1/users/:userId/verify', async (request, params) => {
      const user = findUser(params);
      const status = (await jsonBody(request)).verification_status;
      // The docs' schema: a string. A JSON boolean is not what they document, so it is refused too.
      if (status !== 'true' && status !== 'false') refuse(400, 'verification_status must be "true" or "false".');
      user.email_verified = status === 'true';
      return touch(user);
    }),

    // Legacy "GET User Login Logs": the whole log, no paging documented.
    route('listLoginLogs', 'get', '/api/v1/users/:userId/loginlogs', (_request, params) => loginLogsAnswer(state.loginLogs.get(findUser(params)._id))),

    route('deleteUser', 'delete', '/api/v1/users/:userId', (_request, params) => {
      const user = findUser(params);
      state.users.delete(user._id);
      state.memberships.delete(user._id);
      state.loginLogs.delete(user._id);
      return { success: true };
    }),

    route('setUserRoles', 'put', '/api/v1/users/:userId/roles', async (request, params) => {
      const user = findUser(params);
      const roleIds = (await jsonBody(request)).role_id;
      if (!Array.isArray(roleIds) || !roleIds.every((id) => typeof id === 'string')) refuse(400, 'role_id must be an array of role ids.');
      const known = new Set(state.roles.filter((r) => !r.is_deleted).map((r) => r.id));
      const unknown = roleIds.filter((id: string) => !known.has(id));
      if (unknown.length) refuse(400, `Unknown role id: ${unknown.join(', ')}.`);
      const unique = [...new Set(roleIds as string[])];
      user.roles = unique.length ? unique : null;
      touch(user);
      return ctx.rolesAnswer === 'user' ? user : emptyObjectAsText();
    }),

    route('listUserOrganizations', 'get', '/api/account/identity/users/:userId/organizations', (_request, params) => {
      const user = findUser(params);
      const organizations = (state.memberships.get(user._id) ?? []).flatMap((m) => {
        const org = state.organizations.find((o) => o.id === m.organizationId);
        if (!org) return [];
        return [{
          id: org.id,
          Name: org.name,
          WhiteListDomains: org.WhiteListDomains?.length ? [...org.WhiteListDomains] : null,
          AllowProfilesOutsideOrganization: org.allow_profiles_outside_organization ?? false,
          domain: org.domain ?? '',
          WorkspaceName: org.WorkspaceName ?? '',
          roles: m.roleIds.flatMap((roleId) => {
            const role = state.roles.find((r) => r.id === roleId && !r.is_deleted);
            if (!role) return [];
            const permissions = (role.permission_id ?? []).flatMap((p) => state.permissions.find((x) => x.id === p)?.name ?? []);
            return [{ role_id: role.id, role_name: role.name, permissions }];
          }),
          is_active: org.is_active ?? true,
          status: m.status,
        }];
      });
      // A Go service writes an empty slice it never filled as null.
      const answer: SsojetUserOrganizations = { id: user._id, email_id: user.email, organizations: organizations.length ? organizations : null };
      return answer;
    }),

    // Roles, permissions and organizations: their own file.
    ...createDefinitionHandlers(ctx, route),
  ];
}
