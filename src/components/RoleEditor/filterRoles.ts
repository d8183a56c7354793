import type { Role } from '../../core/model.js';

/** Roles whose name, description or any permission contains the search, ignoring case. */
export function filterRoles(roles: readonly Role[], search: string, locale?: string): Role[] {
  const needle = search.trim().toLocaleLowerCase(locale);
  if (!needle) return [...roles];
  const matches = (text: string | undefined) => Boolean(text?.toLocaleLowerCase(locale).includes(needle));
  return roles.filter((role) => matches(role.name) || matches(role.description) || role.permissions.some(matches));
}
