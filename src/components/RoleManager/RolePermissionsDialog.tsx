import { useEffect } from 'react';
import type { Permission, Role, RolePatch } from '../../core/model.js';
import { Button } from '../primitives/Button.js';
import { GuardedDialog, type DialogGuard } from './GuardedDialog.js';
import { PermissionChecklist } from './PermissionChecklist.js';
import { useRoleManagerScope } from './roleManagerScope.js';
import { useFormSave } from './useFormSave.js';
import { useStagedPermissions } from './useStagedPermissions.js';

export interface RolePermissionsDialogProps {
  /** The role whose permissions to change, as it was when the dialog opened; null when closed. */
  role: Role | null;
  /** The same role as the list holds it now; undefined once it has gone from the list. */
  live: Role | undefined;
  catalogue: readonly Pick<Permission, 'name' | 'description'>[];
  catalogueNote?: string;
  updateRole: (roleId: string, patch: RolePatch) => Promise<Role>;
  onClose: () => void;
  onSaved: (role: Role) => void;
  onGone: () => void;
}

/**
 * One role's permissions, one role at a time: every permission of the catalogue as a checkbox,
 * searchable, with the staged change as a diff ("+2 granted, −1 revoked") before Save sends the
 * whole set. Save waits for the backend here, while the list behind shows the role as pending
 * (the hook's optimistic change, rolled back by the hook if it fails).
 */
export function RolePermissionsDialog(props: RolePermissionsDialogProps) {
  const { role, onClose } = props;
  const { t } = useRoleManagerScope().strings;
  return (
    <GuardedDialog open={role !== null} onClose={onClose} title={role ? t.permissionsTitle(role.name) : ''} description={t.permissionsDescription}>
      {(guard) => role && <PermissionsBody key={role.id} {...props} {...guard} role={role} />}
    </GuardedDialog>
  );
}

type BodyProps = RolePermissionsDialogProps & DialogGuard & { role: Role };

function PermissionsBody({ role, live, catalogue, catalogueNote, updateRole, onClose, onSaved, onGone, busy, onDirty, onCancel }: BodyProps) {
  const { strings, part } = useRoleManagerScope();
  const { t, shared, format } = strings;
  // The optimistic change shows in `live` while saving; the staged intent is diffed against it.
  const staged = useStagedPermissions(live?.permissions ?? role.permissions);
  const { errors, isPending, save: saveOnce } = useFormSave(busy, onGone);
  const isGone = live === undefined;
  useEffect(() => onDirty(staged.isDirty), [staged.isDirty, onDirty]);

  const save = async () => {
    if (busy.current || !staged.isDirty || isGone) return;
    await saveOnce(
      () => updateRole(role.id, { permissions: staged.next() }),
      (saved) => {
        onDirty(false);
        onClose();
        onSaved(saved);
      },
      { gone: t.roleGone(role.name), taken: t.nameTaken },
    );
  };

  const status = isPending
    ? t.saving
    : staged.isDirty
      ? t.unsaved(t.diff(staged.granted.length, staged.revoked.length, format))
      : t.noChanges;

  return (
    <div {...part('form')} data-dirty={staged.isDirty ? '' : undefined}>
      {catalogueNote && <p {...part('notice')}>{catalogueNote}</p>}
      <PermissionChecklist
        catalogue={catalogue}
        checked={staged.shown}
        changeOf={staged.changeOf}
        legend={t.permissionsOf(role.name)}
        disabled={isPending || isGone}
        error={errors.permissions}
        onToggle={staged.toggle}
      />
      {(errors.form || isGone) && (
        <p role="alert" {...part('form-error')}>
          {isGone ? t.roleGone(role.name) : errors.form}
          {!isGone && errors.form && !errors.gone && <> {t.notSaved}</>}
        </p>
      )}
      <div {...part('dialog-footer', 'roster-dialog-footer')}>
        <p role="status" {...part('status')}>
          {status}
        </p>
        <Button rosterPart={part('button')} onClick={onCancel} disabled={isPending}>
          {shared.cancel}
        </Button>
        <Button
          variant="primary"
          rosterPart={part('button')}
          // aria-disabled, not disabled: the button keeps focus after a toggle that undoes the change.
          aria-disabled={!staged.isDirty || isGone || undefined}
          isPending={isPending}
          onClick={() => void save()}
        >
          {t.savePermissions}
        </Button>
      </div>
    </div>
  );
}
