import { useId, useRef, useState, type FormEvent } from 'react';
import type { Permission, PermissionInput, PermissionPatch } from '../../core/model.js';
import { FormFooter } from '../primitives/FormFooter.js';
import { GuardedDialog, type DialogGuard } from './GuardedDialog.js';
import { useRoleManagerScope } from './roleManagerScope.js';
import { TextField } from './TextField.js';
import { useFormSave } from './useFormSave.js';

export type PermissionForm = { kind: 'create' } | { kind: 'rename'; permission: Permission };

export interface PermissionFormDialogProps {
  form: PermissionForm | null;
  onClose: () => void;
  createPermission?: (input: PermissionInput) => Promise<Permission>;
  updatePermission?: (permissionId: string, patch: PermissionPatch) => Promise<Permission>;
  onSaved: (permission: Permission, kind: PermissionForm['kind']) => void;
  onGone: () => void;
}

/**
 * Create a permission, or rename and describe one. Two short fields: closing drops them without
 * asking (the body never reports itself dirty), unlike the role forms, whose permission choices
 * are work to redo.
 */
export function PermissionFormDialog(props: PermissionFormDialogProps) {
  const { form, onClose } = props;
  const { t } = useRoleManagerScope().strings;
  return (
    <GuardedDialog
      open={form !== null}
      onClose={onClose}
      title={form?.kind === 'rename' ? t.renameTitle(form.permission.name) : t.createPermissionTitle}
      description={form?.kind === 'rename' ? t.renameDescription : t.createPermissionDescription}
    >
      {(guard) => form && <Body key={form.kind === 'rename' ? form.permission.id : ''} {...props} {...guard} form={form} />}
    </GuardedDialog>
  );
}

function Body({ form, createPermission, updatePermission, onSaved, onGone, onClose, busy, onCancel }: PermissionFormDialogProps & DialogGuard & { form: PermissionForm }) {
  const { strings, part } = useRoleManagerScope();
  const { t, shared } = strings;
  const id = useId();
  const initial = form.kind === 'rename' ? form.permission : null;
  const [values, setValues] = useState({ name: initial?.name ?? '', description: initial?.description ?? '' });
  const { errors, setErrors, isPending, save } = useFormSave(busy, onGone);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    const name = values.name.trim();
    const description = values.description.trim();
    if (!name) {
      setErrors({ name: t.nameRequired });
      nameRef.current?.focus();
      return;
    }
    const found = await save(
      async () => {
        if (form.kind === 'create') return createPermission!({ name, ...(description && { description }) });
        const patch: PermissionPatch = {
          ...(name !== form.permission.name && { name }),
          ...(description !== (form.permission.description ?? '') && { description }),
        };
        return Object.keys(patch).length ? updatePermission!(form.permission.id, patch) : form.permission;
      },
      (permission) => {
        onClose();
        onSaved(permission, form.kind);
      },
      { gone: t.permissionGone(initial?.name ?? name), taken: t.permissionNameTaken },
    );
    if (found?.name) nameRef.current?.focus();
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} {...part('form')} aria-busy={isPending || undefined}>
      <TextField formId={id} name="name" label={t.nameLabel} value={values.name} onChange={(name) => setValues({ ...values, name })} error={errors.name} isRequired inputRef={nameRef} />
      <TextField formId={id} name="description" label={t.descriptionLabel} value={values.description} onChange={(description) => setValues({ ...values, description })} error={errors.description} />
      {errors.form && (
        <p role="alert" {...part('form-error')}>
          {errors.form}
        </p>
      )}
      <FormFooter cancelLabel={shared.cancel} onCancel={onCancel} submitLabel={form.kind === 'create' ? t.createPermission : t.save} isPending={isPending} />
    </form>
  );
}
