import { useId, useRef, useState, type FormEvent } from 'react';
import { holdsOneRole } from '../../core/adapter.js';
import { isEmail } from '../../core/email.js';
import { isRosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useUserActions } from '../../react/useUserActions.js';
import { PartialCreateError } from '../../react/rosterClient.js';
import { useRoles } from '../../react/useRoles.js';
import { Button } from '../primitives/Button.js';
import { Checkbox } from '../primitives/Checkbox.js';
import { DiscardConfirm } from '../DiscardConfirm.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { chooseRole } from '../roleChoice.js';
import { displayName } from './columns.js';
import { useUserTableScope } from './userTableScope.js';

interface Fields {
  email: string;
  name: string;
  phone: string;
  roleIds: string[];
  invite: boolean;
}

/** An invitation is the default wherever the backend can send one. */
const emptyFields = (canInvite: boolean): Fields => ({ email: '', name: '', phone: '', roleIds: [], invite: canInvite });
const FIELD_NAMES = new Set<string>(Object.keys(emptyFields(false)));

export interface CreateUserDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (user: User) => void;
}

/**
 * Create or invite a user. Offers only the inputs the adapter declares it takes (invitation, phone,
 * roles), validates before sending, shows the server's field errors on their fields, and sends one
 * request however often Create is pressed. Leaving with typed input — Escape, a click outside,
 * Cancel or the close button — asks first, as Edit roles does.
 */
export function CreateUserDialog({ open, onOpenChange, onCreated }: CreateUserDialogProps) {
  const { strings, part, organizationId } = useUserTableScope();
  const { adapter } = useRosterContext('UserTable');
  const { createUser } = useUserActions();
  const { t, shared } = strings;
  const roles = useRoles({ organizationId });
  const can = adapter.capabilities.createUser;
  // Roles can be chosen where they can be granted: project-wide at creation, or in the
  // organization as the user joins it (in the create call, or right after it).
  const canGrantRoles = organizationId ? can.organization || Boolean(adapter.addUserMembership) : can.roleIds;
  // One role per membership in the table's organization: one radio, required (none preselected).
  const one = canGrantRoles && holdsOneRole(adapter, organizationId) && Boolean(roles.data?.length);
  const [fields, setFields] = useState<Fields>(() => emptyFields(can.invite));
  const [errors, setErrors] = useState<Partial<Record<keyof Fields | 'form', string>>>({});
  const [isPending, setPending] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const submitting = useRef(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const reset = () => {
    setFields(emptyFields(can.invite));
    setErrors({});
  };
  const close = () => {
    reset();
    onOpenChange(false);
  };
  const isDirty = Boolean(fields.email.trim() || fields.name.trim() || fields.phone.trim() || fields.roleIds.length || fields.invite !== can.invite);
  const requestClose = () => {
    if (submitting.current) return;
    if (isDirty) setConfirming(true);
    else close();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    const email = fields.email.trim();
    const found: typeof errors = {};
    if (!email) found.email = t.required;
    else if (!isEmail(email)) found.email = t.invalidEmail;
    if (one && !fields.roleIds.length) found.roleIds = t.required;
    setErrors(found);
    if (found.email) emailRef.current?.focus();
    if (found.email || found.roleIds) return;
    submitting.current = true;
    setPending(true);
    try {
      const roleIds = canGrantRoles ? fields.roleIds : [];
      const user = await createUser({
        email,
        name: fields.name.trim() || null,
        ...(can.phone && fields.phone.trim() && { phone: fields.phone.trim() }),
        // A backend that only invites gets an invitation whatever the (absent) checkbox says.
        ...(can.invite && (fields.invite || !can.active) && { invite: true }),
        ...(organizationId ? { organization: { id: organizationId, roleIds } } : roleIds.length > 0 && { roleIds }),
      });
      reset();
      onOpenChange(false);
      onCreated(user);
    } catch (error) {
      if (error instanceof PartialCreateError) {
        // The user exists: sending the form again would meet a duplicate, so it is cleared.
        reset();
        setErrors({ form: t.createdNotJoined(displayName(error.user, shared)) });
      } else if (isRosterError(error) && error.fieldErrors && Object.keys(error.fieldErrors).some((f) => FIELD_NAMES.has(f))) {
        setErrors({ ...(error.fieldErrors as typeof errors) });
        if (error.fieldErrors.email) emailRef.current?.focus();
      } else {
        setErrors({ form: isRosterError(error) ? shared.errors[error.code] : shared.errors.server });
      }
    } finally {
      submitting.current = false;
      setPending(false);
    }
  };

  const field = (name: 'email' | 'name' | 'phone', label: string, props: { type: string; autoComplete: string; required?: boolean }) => (
    <div {...part('field')} data-invalid={errors[name] ? '' : undefined}>
      <label htmlFor={`${id}-${name}`}>
        {label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={`${id}-${name}`}
        ref={name === 'email' ? emailRef : undefined}
        name={name}
        value={fields[name]}
        onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        aria-required={props.required || undefined}
        type={props.type}
        autoComplete={props.autoComplete}
        {...part('input', 'roster-input')}
      />
      {errors[name] && (
        <p id={`${id}-${name}-error`} {...part('field-error')}>
          {errors[name]}
        </p>
      )}
    </div>
  );

  return (
    <DialogFrame
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : requestClose())}
      onClose={requestClose}
      title={t.createUser}
      description={t.createDescription}
    >
      <form noValidate onSubmit={(e) => void submit(e)} {...part('form')}>
        {field('email', t.emailLabel, { type: 'email', autoComplete: 'off', required: true })}
        {field('name', t.nameLabel, { type: 'text', autoComplete: 'off' })}
        {can.phone && field('phone', t.phoneLabel, { type: 'tel', autoComplete: 'off' })}
        {canGrantRoles && roles.data && roles.data.length > 0 && (
          <fieldset {...part('field')}>
            <legend>{one ? t.roleLabel : t.rolesLabel}</legend>
            {roles.data.map((role) => (
              <label key={role.id} {...part('choice')}>
                <Checkbox
                  rosterPart={part('checkbox')}
                  type={one ? 'radio' : undefined}
                  name={`${id}-roleIds`}
                  required={one}
                  checked={fields.roleIds.includes(role.id)}
                  onChange={(e) => setFields({ ...fields, roleIds: chooseRole(fields.roleIds, role.id, e.target.checked, one) })}
                />
                <bdi>{role.name}</bdi>
              </label>
            ))}
            {errors.roleIds && (
              <p role="alert" {...part('field-error')}>
                {errors.roleIds}
              </p>
            )}
          </fieldset>
        )}
        {can.invite && can.active && (
          <label {...part('choice')}>
            <Checkbox rosterPart={part('checkbox')} checked={fields.invite} onChange={(e) => setFields({ ...fields, invite: e.target.checked })} />
            {t.inviteLabel}
          </label>
        )}
        {can.invite && !can.active && (
          <p {...part('invite-note')}>
            {t.inviteOnly}
          </p>
        )}
        {errors.form && (
          <p role="alert" {...part('form-error')}>
            {errors.form}
          </p>
        )}
        <div {...part('dialog-footer', 'roster-dialog-footer')}>
          <Button rosterPart={part('button')} onClick={requestClose} disabled={isPending}>
            {shared.cancel}
          </Button>
          <Button type="submit" variant="primary" rosterPart={part('button')} isPending={isPending}>
            {t.createUser}
          </Button>
        </div>
      </form>
      <DiscardConfirm open={isConfirming} onOpenChange={setConfirming} messages={t} onDiscard={close} />
    </DialogFrame>
  );
}
