import { canChangeStatus, canEditRoles } from '../../core/adapter.js';
import type { User } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useUserActions } from '../../react/useUserActions.js';
import { Menu, type MenuItem } from '../primitives/Menu.js';
import { displayName } from './columns.js';
import { detailsDialog, type UserTableDialog } from './userTableProps.js';
import { useUserTableScope } from './userTableScope.js';

export interface RowActionsProps {
  user: User;
  /** Extra items from the host, shown before the built-in ones. */
  extraItems?: (user: User) => MenuItem[];
  announce: (message: string) => void;
  onError: (error: unknown) => void;
  /** Asks the table to open a dialog for this user; a delete confirmation outlives the row it removes. */
  onOpen: (dialog: UserTableDialog) => void;
  /** Offers "View details…" (UserTable's `userDetails`). */
  canViewDetails?: boolean;
}

/** The ⋯ menu of one row: the host's own items, roles, organizations, details, enable or disable, and delete. */
export function RowActions({ user, extraItems, announce, onError, onOpen, canViewDetails }: RowActionsProps) {
  const { strings, organizationId } = useUserTableScope();
  const { adapter } = useRosterContext('UserTable');
  const { setUserStatus } = useUserActions();
  const { t, shared } = strings;
  const name = displayName(user, shared);
  let menuButton: HTMLButtonElement | null = null;

  const items: MenuItem[] = [
    ...(extraItems?.(user) ?? []),
    // Shown even when roles are read-only: the editor then lists them with their permissions, and
    // the item says so. Not project-wide where roles are held per organization only: OrgList edits those.
    ...(organizationId || adapter.capabilities.projectRoles || !adapter.capabilities.organizationRoles
      ? [{ id: 'roles', label: canEditRoles(adapter, { organizationId }) ? t.editRoles : t.viewRoles, onSelect: () => onOpen({ kind: 'roles', user }) }]
      : []),
    { id: 'organizations', label: t.organizations, onSelect: () => onOpen({ kind: 'organizations', user }) },
    // After the two it gathers in one place, so the menu's first item stays what it was.
    ...(canViewDetails ? [{ id: 'details', label: t.viewDetails, onSelect: () => onOpen(detailsDialog(user, menuButton)) }] : []),
  ];
  if (canChangeStatus(adapter) && user.status !== 'invited') {
    items.push(
      user.status === 'disabled'
        ? { id: 'status', label: t.enable, onSelect: () => void setUserStatus(user.id, 'active').then((u) => announce(t.statusChanged(name, shared.status[u.status])), onError) }
        : // Disabling asks first (see UserTableDialogs); enabling gives access back and does not.
          { id: 'status', label: t.disable, onSelect: () => onOpen({ kind: 'disable', user }) },
    );
  }
  if (adapter.deleteUser) items.push({ id: 'delete', label: t.delete, variant: 'danger', separated: true, onSelect: () => onOpen({ kind: 'delete', user, returnFocus: menuButton }) });
  return <Menu label={t.rowActions(name)} items={items} buttonRef={(el) => (menuButton = el)} />;
}
