/**
 * Adding, removing and replacing a user's roles, project-wide or inside one organization. A
 * removal or replacement first reads what the user holds there: to refuse one that takes the last
 * administering role (lockout.ts), and to audit a replacement as what it added and removed.
 */
import { roleChange } from './audit.js';
import { rolesHeld } from './lockout.js';
import { method, scopeArg, userIdOf, type OperationEnv } from './operationEnv.js';
import { parseRoleChangeBody } from './parseBody.js';
import { noContentResponse } from './respond.js';

export async function changeRoles(env: OperationEnv, name: 'addUserRoles' | 'removeUserRoles' | 'setUserRoles'): Promise<Response> {
  const change = method(env.adapter, name);
  const userId = userIdOf(env);
  env.audit.target = { userId };
  const { roleIds, scope } = parseRoleChangeBody(env.body);
  const organizationId = scope.organizationId ?? null;
  if (scope.organizationId) env.audit.target.organizationId = scope.organizationId;
  if (name !== 'setUserRoles') {
    env.audit.change = { roles: [name === 'addUserRoles' ? roleChange(organizationId, roleIds, []) : roleChange(organizationId, [], roleIds)] };
  }
  const details = { userId, roleIds, ...scope };
  await env.authorize(name, details);
  env.scope.requireRoleChangeScope(scope);
  const memberships = await env.scope.requireUser(userId, env.ctx);

  if (name !== 'addUserRoles') {
    const before = await rolesHeld(env.adapter, userId, organizationId, env.ctx, memberships);
    const after = name === 'setUserRoles' ? roleIds : before.filter((id) => !roleIds.includes(id));
    if (name === 'setUserRoles') {
      env.audit.change = { roles: [roleChange(organizationId, roleIds.filter((id) => !before.includes(id)), before.filter((id) => !roleIds.includes(id)))] };
    }
    await env.protect(name, details, { kind: 'roles', userId, organizationId, before, after }, memberships);
  }
  await change(userId, roleIds, scopeArg(scope), env.ctx);
  return noContentResponse();
}
