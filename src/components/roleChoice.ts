/**
 * The roles a dialog grants after one role's checkbox (or radio) changed. With `one` (a member
 * holds one role per organization) the pick replaces the rest.
 */
export function chooseRole(roleIds: readonly string[], roleId: string, checked: boolean, one: boolean): string[] {
  return one ? [roleId] : checked ? [...roleIds, roleId] : roleIds.filter((r) => r !== roleId);
}
