import { canChangeStatus } from '../../core/adapter.js';
import type { User } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useUserActions } from '../../react/useUserActions.js';
import { Menu, type MenuItem } from '../primitives/Menu.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import { displayName } from './columns.js';
import type { UserTableMessages } from './messages.js';
import type { UserTableDialog, UserTableParts } from './userTableProps.js';

export interface RowActionsProps {
  user: User;
  /** The table's organization: roles are edited there. */
  organizationId?: string;
  strings: ComponentStrings<UserTableMessages>;
  part: UserTableParts;
  /** Extra items from the host, shown before the built-in ones. */
  extraItems?: (user: User) => MenuItem[];
  announce: (message: string) => void;
  onError: (error: unknown) => void;
  /** Asks the table to open a dialog for this user; a delete confirmation outlives the row it removes. */
  onOpen: (dialog: UserTableDialog) => void;
}

/** The ⋯ menu of one row: the host's own items, roles, organizations, enable or disable, and delete. */
export function RowActions({ user, organizationId, strings, part, extraItems, announce, onError, onOpen }: RowActionsProps) {
  const { adapter } = useRosterContext('UserTable');
  const { setUserStatus } = useUserActions();
  const { t, shared } = strings;
  const name = displayName(user, shared);
  let menuButton: HTMLButtonElement | null = null;

  const items: MenuItem[] = [
    ...(extraItems?.(user) ?? []),
    // Shown even when roles are read-only: the editor then lists them with their permissions. Not
    // project-wide where roles are held per organization only: OrgList edits those.
    ...(organizationId || adapter.capabilities.projectRoles || !adapter.capabilities.organizationRoles ? [{ id: 'roles', label: t.editRoles, onSelect: () => onOpen({ kind: 'roles', user }) }] : []),
    { id: 'organizations', label: t.organizations, onSelect: () => onOpen({ kind: 'organizations', user }) },
  ];
  if (canChangeStatus(adapter) && user.status !== 'invited') {
    const next = user.status === 'disabled' ? 'active' : 'disabled';
    items.push({
      id: 'status',
      label: next === 'active' ? t.enable : t.disable,
      onSelect: () => void setUserStatus(user.id, next).then((u) => announce(t.statusChanged(name, shared.status[u.status])), onError),
    });
  }
  if (adapter.deleteUser) items.push({ id: 'delete', label: t.delete, variant: 'danger', onSelect: () => onOpen({ kind: 'delete', user, returnFocus: menuButton }) });
  return <Menu label={t.rowActions(name)} items={items} parts={part} buttonRef={(el) => (menuButton = el)} />;
}
