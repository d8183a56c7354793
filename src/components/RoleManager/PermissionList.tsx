import { useMemo, useRef, useState } from 'react';
import { toRosterError } from '../../core/errors.js';
import type { Permission } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { usePermissions } from '../../react/usePermissions.js';
import { useRoles } from '../../react/useRoles.js';
import { Button } from '../primitives/Button.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { focusFirstConnected, neighbourControls } from './focusAfterDelete.js';
import { DefinitionPanel } from './DefinitionPanel.js';
import { useListPaging } from './listPaging.js';
import { PermissionFormDialog, type PermissionForm } from './PermissionFormDialog.js';
import { useRoleManagerScope } from './roleManagerScope.js';

const NO_PERMISSIONS: Permission[] = [];

/**
 * Every permission a role can grant, with how many project roles grant it: searched and paged in
 * the browser, and created, renamed (roles follow the new name) and deleted (roles stop granting
 * it) where the backend allows.
 */
export function PermissionList() {
  const { strings, part, pageSize, announce, reportError } = useRoleManagerScope();
  const { t, shared, format, locale } = strings;
  const { adapter } = useRosterContext('RoleManager');
  const permissions = usePermissions();
  const roles = useRoles();
  const all = permissions.data ?? NO_PERMISSIONS;
  const paging = useListPaging(all, pageSize, locale);
  const [form, setForm] = useState<PermissionForm | null>(null);
  const [deleting, setDeleting] = useState<{ permission: Permission; returnFocus: HTMLElement } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const landing = useRef<HTMLElement[] | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  // How many project roles grant each permission; unknown (not shown) until the roles are here.
  const grantedBy = useMemo(() => {
    if (!roles.data) return null;
    const counts = new Map<string, number>();
    for (const role of roles.data) for (const name of role.permissions) counts.set(name, (counts.get(name) ?? 0) + 1);
    return counts;
  }, [roles.data]);
  const { createPermission, updatePermission, deletePermission } = permissions;
  const refresh = () => void permissions.refresh();

  return (
    <DefinitionPanel
      all={permissions.data ? all : null}
      error={permissions.error}
      paging={paging}
      text={{
        searchLabel: t.permissionSearchLabel,
        searchPlaceholder: t.permissionSearchPlaceholder,
        matchCount: t.permissionMatchCount(paging.matches.length, all.length, format),
        create: t.createPermission,
        empty: t.noPermissionsYet,
        noMatch: t.noPermissionMatch(paging.search.trim()),
        list: t.permissionsListLabel,
      }}
      onCreate={createPermission && (() => setForm({ kind: 'create' }))}
      onRetry={refresh}
      rootRef={root}
      listRef={list}
      dialogs={
        <>
          {(createPermission || updatePermission) && (
            <PermissionFormDialog
              form={form}
              onClose={() => setForm(null)}
              createPermission={createPermission}
              updatePermission={updatePermission}
              onSaved={(permission, kind) => announce(kind === 'create' ? t.permissionCreated(permission.name) : t.permissionRenamed(permission.name))}
              onGone={refresh}
            />
          )}
          {deletePermission && (
            <ConfirmDialog
              open={deleting !== null}
              onOpenChange={(open) => {
                if (open) return;
                returnTo.current = deleting?.returnFocus ?? null;
                setDeleting(null);
              }}
              title={deleting ? t.deletePermissionTitle(deleting.permission.name) : ''}
              description={
                deleting
                  ? [
                      grantedBy ? t.deletePermissionGrantedBy(grantedBy.get(deleting.permission.name) ?? 0, deleting.permission.name, format) : '',
                      adapter.capabilities.organizationRoles ? t.deletePermissionInOrganizations : '',
                    ]
                      .filter(Boolean)
                      .join(' ')
                  : ''
              }
              confirmLabel={t.deletePermissionConfirm}
              cancelLabel={shared.cancel}
              onConfirm={async () => {
                if (!deleting) return;
                const { permission, returnFocus } = deleting;
                const neighbours = neighbourControls(returnFocus);
                try {
                  await deletePermission(permission.id);
                  landing.current = neighbours;
                  announce(t.permissionDeleted(permission.name));
                } catch (e) {
                  const error = toRosterError(e);
                  if (error.code === 'not_found') refresh();
                  reportError(error);
                }
              }}
              onCloseAutoFocus={(event) => {
                event.preventDefault();
                const candidates = landing.current ?? [returnTo.current];
                landing.current = null;
                focusFirstConnected(candidates, list.current ?? root.current);
              }}
            />
          )}
        </>
      }
    >
      {paging.shown.map((permission) => {
        const isPending = permissions.pendingIds.has(permission.id);
        const count = grantedBy?.get(permission.name) ?? 0;
        return (
          <li key={permission.id} {...part('permission')} data-pending={isPending ? '' : undefined} aria-busy={isPending || undefined}>
            <div {...part('role-header')}>
              <bdi {...part('permission-name')}>{permission.name}</bdi>
              {grantedBy && <span {...part('granted-by')}>{t.grantedBy(count, format)}</span>}
              {isPending && <span {...part('pending')}>{t.saving}</span>}
            </div>
            {permission.description && (
              <p {...part('permission-description')}>
                <bdi>{permission.description}</bdi>
              </p>
            )}
            {(updatePermission || deletePermission) && (
              <div {...part('actions')}>
                {updatePermission && (
                  <Button
                    size="sm"
                    variant="ghost"
                    rosterPart={part('rename-button')}
                    aria-label={t.renameLabel(permission.name)}
                    aria-disabled={isPending || undefined}
                    onClick={() => !isPending && setForm({ kind: 'rename', permission })}
                  >
                    {t.rename}
                  </Button>
                )}
                {deletePermission && (
                  <Button
                    size="sm"
                    variant="ghost"
                    rosterPart={part('delete-button')}
                    aria-label={t.deletePermissionLabel(permission.name)}
                    onClick={(event) => setDeleting({ permission, returnFocus: event.currentTarget })}
                  >
                    {t.delete}
                  </Button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </DefinitionPanel>
  );
}
