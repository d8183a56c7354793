import { canChangeStatus } from '../../core/adapter.js';
import type { User } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useUserActions } from '../../react/useUserActions.js';
import { Menu, type MenuItem } from '../primitives/Menu.js';
import { displayName } from './columns.js';

export interface RowActionsProps {
  user: User;
  unstyled: boolean;
  /** Extra items from the host, shown before the built-in ones. */
  extraItems?: (user: User) => MenuItem[];
  announce: (message: string) => void;
  onError: (error: unknown) => void;
  /** Asks the table to confirm a delete; the confirmation outlives the row it removes. */
  onRequestDelete: (user: User, menuButton: HTMLButtonElement | null) => void;
  /** Opens the role editor for this user. */
  onEditRoles: (user: User) => void;
  /** Opens this user's organizations. */
  onOrganizations: (user: User) => void;
}

/** The ⋯ menu of one row: the host's own items, enable or disable, and delete. */
export function RowActions({ user, unstyled, extraItems, announce, onError, onRequestDelete, onEditRoles, onOrganizations }: RowActionsProps) {
  const { adapter, messages } = useRosterContext('UserTable');
  const { setUserStatus } = useUserActions();
  const t = messages.userTable;
  const name = displayName(user, messages);
  let menuButton: HTMLButtonElement | null = null;

  const items: MenuItem[] = [
    ...(extraItems?.(user) ?? []),
    // Shown even when roles are read-only: the editor then lists them with their permissions.
    { id: 'roles', label: t.editRoles, onSelect: () => onEditRoles(user) },
    { id: 'organizations', label: t.organizations, onSelect: () => onOrganizations(user) },
  ];
  if (canChangeStatus(adapter) && user.status !== 'invited') {
    const next = user.status === 'disabled' ? 'active' : 'disabled';
    items.push({
      id: 'status',
      label: next === 'active' ? t.enable : t.disable,
      onSelect: () =>
        void setUserStatus(user.id, next).then((u) => announce(t.statusChanged(name, messages.status[u.status])), onError),
    });
  }
  if (adapter.deleteUser) items.push({ id: 'delete', label: t.delete, variant: 'danger', onSelect: () => onRequestDelete(user, menuButton) });
  return <Menu label={t.rowActions(name)} items={items} unstyled={unstyled} buttonRef={(el) => (menuButton = el)} />;
}
