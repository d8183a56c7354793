import { useCallback, useMemo, useRef, useState } from 'react';
import { toRosterError, type RosterError } from '../../core/errors.js';
import type { Permission, Role } from '../../core/model.js';
import { usePermissions } from '../../react/usePermissions.js';
import { useRoles } from '../../react/useRoles.js';
import { DeleteRoleConfirm, type DeleteTarget } from './DeleteRoleConfirm.js';
import { DefinitionPanel } from './DefinitionPanel.js';
import { useListPaging } from './listPaging.js';
import { RoleFormDialog, type RoleForm } from './RoleFormDialog.js';
import { useRoleManagerScope } from './roleManagerScope.js';
import { RolePermissionsDialog } from './RolePermissionsDialog.js';
import { RoleRow, type RoleAction } from './RoleRow.js';

export interface RoleListProps {
  /** The organization whose own roles to list; project-wide roles when left out. */
  organizationId?: string;
  /** Names the list in an organization ("Roles in Hooli"). */
  organizationName?: string;
}

type Dialog = { kind: 'form'; form: RoleForm } | { kind: 'permissions'; role: Role } | { kind: 'delete'; target: DeleteTarget };

const NO_ROLES: Role[] = [];

/**
 * The roles of one scope: searched and paged in the browser (the backend sends them all), each
 * with its holders counted for the page shown, and the writes the backend supports: create,
 * edit, permissions, delete. One dialog at a time.
 */
export function RoleList({ organizationId, organizationName }: RoleListProps) {
  const { strings, pageSize, announce, reportError } = useRoleManagerScope();
  const { t, format, locale } = strings;
  const roles = useRoles(organizationId ? { organizationId } : {});
  const permissions = usePermissions();
  // In an organization the backend lists the project's roles too: only the ones defined here are managed here.
  const all = useMemo(() => (roles.data ? roles.data.filter((r) => (r.organizationId ?? undefined) === organizationId) : NO_ROLES), [roles.data, organizationId]);
  const paging = useListPaging(all, pageSize, locale);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // After a delete that left no row to focus: the list, or the panel once the list has gone.
  const fallbackFocus = useMemo(() => ({ get current(): HTMLElement | null { return list.current ?? root.current; } }), []);

  // What a role may grant: the backend's catalogue, or where it cannot list one, the names roles grant.
  const catalogue = useMemo<readonly Pick<Permission, 'name' | 'description'>[]>(
    () => (permissions.isSupported ? (permissions.data ?? []) : [...new Set(all.flatMap((r) => r.permissions))].map((name) => ({ name }))),
    [permissions.isSupported, permissions.data, all],
  );
  const catalogueNote = permissions.isSupported ? undefined : t.catalogueFromRoles;

  const { createRole, updateRole, deleteRole } = roles;
  const actions = useMemo<RoleAction[]>(
    () => [...(updateRole ? (['edit', 'permissions'] as const) : []), ...(deleteRole ? (['delete'] as const) : [])],
    [updateRole, deleteRole],
  );
  const onAction = useCallback((action: RoleAction, role: Role, button: HTMLElement) => {
    if (action === 'edit') setDialog({ kind: 'form', form: { kind: 'edit', role } });
    else if (action === 'permissions') setDialog({ kind: 'permissions', role });
    else setDialog({ kind: 'delete', target: { role, returnFocus: button } });
  }, []);

  const close = () => setDialog(null);
  const onError = (error: RosterError) => {
    // Deleted elsewhere meanwhile: ask again, so the list shows what is there.
    if (error.code === 'not_found') void roles.refresh();
    reportError(error);
  };
  const permissionsRole = dialog?.kind === 'permissions' ? dialog.role : null;

  return (
    <DefinitionPanel
      all={roles.data ? all : null}
      error={roles.error}
      paging={paging}
      text={{
        searchLabel: t.searchLabel,
        searchPlaceholder: t.searchPlaceholder,
        matchCount: t.matchCount(paging.matches.length, all.length, format),
        create: t.createRole,
        empty: t.noRoles,
        noMatch: t.noMatch(paging.search.trim()),
        list: organizationId ? t.rolesInOrganization(organizationName ?? organizationId) : t.rolesLabel,
      }}
      onCreate={createRole && (() => setDialog({ kind: 'form', form: { kind: 'create' } }))}
      onRetry={() => void roles.refresh()}
      rootRef={root}
      listRef={list}
      dialogs={
        <>
          {(createRole || updateRole) && (
            <RoleFormDialog
              form={dialog?.kind === 'form' ? dialog.form : null}
              onClose={close}
              createRole={createRole}
              updateRole={updateRole}
              catalogue={catalogue}
              catalogueNote={catalogueNote}
              onSaved={(role, kind) => announce(kind === 'create' ? t.created(role.name) : t.updated(role.name))}
              onGone={() => void roles.refresh()}
            />
          )}
          {updateRole && (
            <RolePermissionsDialog
              role={permissionsRole}
              live={permissionsRole ? all.find((r) => r.id === permissionsRole.id) : undefined}
              catalogue={catalogue}
              catalogueNote={catalogueNote}
              updateRole={updateRole}
              onClose={close}
              onSaved={(role) => announce(t.permissionsSaved(role.name))}
              onGone={() => void roles.refresh()}
            />
          )}
          {deleteRole && (
            <DeleteRoleConfirm
              target={dialog?.kind === 'delete' ? dialog.target : null}
              organizationId={organizationId}
              deleteRole={deleteRole}
              onClose={close}
              fallbackFocus={fallbackFocus}
              onDeleted={(role, lost) => announce(t.deleted(role.name, lost, format))}
              onError={(e) => onError(toRosterError(e))}
            />
          )}
        </>
      }
    >
      {paging.shown.map((role) => (
        <RoleRow key={role.id} role={role} organizationId={organizationId} isPending={roles.pendingIds.has(role.id)} actions={actions} onAction={onAction} />
      ))}
    </DefinitionPanel>
  );
}
