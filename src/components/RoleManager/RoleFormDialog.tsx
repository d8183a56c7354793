import { useId, useRef, useState, type FormEvent } from 'react';
import type { Permission, Role, RoleInput, RolePatch } from '../../core/model.js';
import { FormFooter } from '../primitives/FormFooter.js';
import { GuardedDialog, type DialogGuard } from './GuardedDialog.js';
import { PermissionChecklist } from './PermissionChecklist.js';
import { useRoleManagerScope } from './roleManagerScope.js';
import { TextField } from './TextField.js';
import { useFormSave } from './useFormSave.js';

export type RoleForm = { kind: 'create' } | { kind: 'edit'; role: Role };

export interface RoleFormDialogProps {
  /** The form to show; null when closed. */
  form: RoleForm | null;
  onClose: () => void;
  createRole?: (input: RoleInput) => Promise<Role>;
  updateRole?: (roleId: string, patch: RolePatch) => Promise<Role>;
  /** The permissions a new role may grant; empty when there are none to offer. */
  catalogue: readonly Pick<Permission, 'name' | 'description'>[];
  catalogueNote?: string;
  onSaved: (role: Role, kind: RoleForm['kind']) => void;
  /** The role was deleted by someone else meanwhile: the list should ask again. */
  onGone: () => void;
}

/** Create a role, or rename and describe one. Mounted per opening, so each starts clean. */
export function RoleFormDialog(props: RoleFormDialogProps) {
  const { form, onClose } = props;
  const { t } = useRoleManagerScope().strings;
  return (
    <GuardedDialog
      open={form !== null}
      onClose={onClose}
      title={form?.kind === 'edit' ? t.editTitle(form.role.name) : t.createTitle}
      description={form?.kind === 'edit' ? t.editDescription : t.createDescription}
    >
      {(guard) => form && <RoleFormBody key={form.kind === 'edit' ? form.role.id : ''} {...props} {...guard} form={form} />}
    </GuardedDialog>
  );
}

type BodyProps = RoleFormDialogProps & DialogGuard & { form: RoleForm };

function RoleFormBody({ form, createRole, updateRole, catalogue, catalogueNote, onSaved, onGone, onClose, busy, onDirty, onCancel }: BodyProps) {
  const { strings, part } = useRoleManagerScope();
  const { t, shared } = strings;
  const id = useId();
  const initial = form.kind === 'edit' ? form.role : null;
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const { errors, setErrors, isPending, save } = useFormSave(busy, onGone);
  const nameRef = useRef<HTMLInputElement>(null);

  const dirty = (next: { name?: string; description?: string; chosen?: ReadonlySet<string> }) => {
    const n = next.name ?? name;
    const d = next.description ?? description;
    const c = next.chosen ?? chosen;
    onDirty(n !== (initial?.name ?? '') || d !== (initial?.description ?? '') || c.size > 0);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setErrors({ name: t.nameRequired });
      nameRef.current?.focus();
      return;
    }
    const text = description.trim();
    const found = await save(
      async () => {
        if (form.kind === 'create') {
          // In the catalogue's order, whatever order they were ticked in.
          const permissions = catalogue.filter((p) => chosen.has(p.name)).map((p) => p.name);
          return createRole!({ name: trimmed, ...(text && { description: text }), permissions });
        }
        const patch: RolePatch = {
          ...(trimmed !== form.role.name && { name: trimmed }),
          ...(text !== (form.role.description ?? '') && { description: text }),
        };
        return Object.keys(patch).length ? updateRole!(form.role.id, patch) : form.role;
      },
      (role) => {
        onDirty(false);
        onClose();
        onSaved(role, form.kind);
      },
      { gone: t.roleGone(initial?.name ?? trimmed), taken: t.nameTaken },
    );
    if (found?.name) nameRef.current?.focus();
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} {...part('form')} aria-busy={isPending || undefined}>
      <TextField formId={id} name="name" label={t.nameLabel} value={name} onChange={(v) => (setName(v), dirty({ name: v }))} error={errors.name} isRequired inputRef={nameRef} />
      <TextField
        formId={id}
        name="description"
        label={t.descriptionLabel}
        value={description}
        onChange={(v) => (setDescription(v), dirty({ description: v }))}
        error={errors.description}
      />
      {form.kind === 'create' && catalogue.length > 0 && (
        <>
          {catalogueNote && <p {...part('notice')}>{catalogueNote}</p>}
          <PermissionChecklist
            catalogue={catalogue}
            checked={chosen}
            legend={t.permissionsLabel}
            disabled={isPending}
            error={errors.permissions}
            onToggle={(permission, on) => {
              const next = new Set(chosen);
              if (on) next.add(permission);
              else next.delete(permission);
              setChosen(next);
              dirty({ chosen: next });
            }}
          />
        </>
      )}
      {errors.form && (
        <p role="alert" {...part('form-error')}>
          {errors.form}
        </p>
      )}
      <FormFooter cancelLabel={shared.cancel} onCancel={onCancel} submitLabel={form.kind === 'create' ? t.create : t.save} isPending={isPending} />
    </form>
  );
}
