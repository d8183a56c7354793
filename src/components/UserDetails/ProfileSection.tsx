import { useEffect, useId, useLayoutEffect, useRef, type FormEvent } from 'react';
import type { EditableUserField } from '../../core/adapter.js';
import type { User } from '../../core/model.js';
import { useAttributeDefinitions } from '../../react/useAttributeDefinitions.js';
import type { UseUserResult } from '../../react/useUser.js';
import { Button } from '../primitives/Button.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { Spinner } from '../primitives/Spinner.js';
import { AttributeField } from './AttributeField.js';
import { ConflictNotice } from './ConflictNotice.js';
import { attributeFieldId, attributeValue, fieldText, ownValue, PROFILE_FIELDS, type ProfileField } from './profileDraft.js';
import { Section } from './Section.js';
import { useProfileForm } from './useProfileForm.js';
import { useUserDetailsScope } from './userDetailsScope.js';

export interface ProfileSectionProps {
  user: User;
  /** The user's name as the details show it, for "Saved the profile of …". */
  userName: string;
  updateUser: UseUserResult['updateUser'];
  editableFields: readonly EditableUserField[];
  onSaved: (user: User) => void;
  onDirtyChange: (isDirty: boolean) => void;
}

const INPUT_TYPES: Record<ProfileField, string> = { givenName: 'text', familyName: 'text', name: 'text', phone: 'tel', picture: 'url' };

/**
 * Names, phone, picture and custom attributes. A field has an input only where the backend can
 * change it; the others are shown as text. Save sends what changed, nothing else.
 */
export function ProfileSection({ user, userName, updateUser, editableFields, onSaved, onDirtyChange }: ProfileSectionProps) {
  const { strings, part, announce } = useUserDetailsScope();
  const { t, shared, format } = strings;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const definitions = useAttributeDefinitions();
  const canEdit = (field: EditableUserField) => Boolean(updateUser) && editableFields.includes(field);
  const form = useProfileForm(user, {
    updateUser,
    // Loading or failed: typed by value and read-only until the backend says what may change.
    definitions: definitions.isSupported ? (definitions.data ?? []) : null,
    canEditAttributes: canEdit('customAttributes') && (!definitions.isSupported || Boolean(definitions.data)),
    onSaved: (saved) => {
      // Named as saved: the name may be what changed.
      announce(t.saved(saved.name?.trim() || saved.email || userName));
      onSaved(saved);
    },
  });
  const { base, edits, specs, errors } = form;

  useLayoutEffect(() => onDirtyChange(form.isDirty), [form.isDirty, onDirtyChange]);
  // The conflict's buttons go with it: focus moves to Save, which comes back, not to <body>.
  const saveRef = useRef<HTMLButtonElement>(null);
  const hadConflict = useRef(false);
  useEffect(() => {
    if (hadConflict.current && !form.conflict) saveRef.current?.focus();
    hadConflict.current = form.conflict !== null;
  }, [form.conflict]);
  // The first field the backend or the check refused takes focus, its message read with it.
  useEffect(() => {
    if (errors.size) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const labels: Record<ProfileField, string> = { givenName: t.givenNameLabel, familyName: t.familyNameLabel, name: t.nameLabel, phone: t.phoneLabel, picture: t.pictureLabel };
  const hasControls = PROFILE_FIELDS.some(canEdit) || specs.some((s) => s.editable);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.save();
  };

  const standardField = (field: ProfileField) => {
    const error = errors.get(field);
    const fieldId = `${id}-${field}`;
    if (!canEdit(field)) {
      const value = fieldText(base, field);
      if (!value) return null;
      return (
        <div key={field} {...part('field')} data-readonly="">
          <span {...part('label')}>{labels[field]}</span>
          <bdi {...part('value')}>{value}</bdi>
        </div>
      );
    }
    const hint = field === 'picture' ? `${fieldId}-hint` : undefined;
    const described = [hint, error && `${fieldId}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div key={field} {...part('field')} data-invalid={error ? '' : undefined}>
        <label htmlFor={fieldId} {...part('label')}>
          {labels[field]}
        </label>
        <input
          id={fieldId}
          name={field}
          type={INPUT_TYPES[field]}
          autoComplete="off"
          value={edits.fields.get(field) ?? fieldText(base, field)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          {...part('input', 'roster-input')}
          onChange={(e) => form.setField(field, e.target.value)}
        />
        {hint && (
          <p id={hint} {...part('field-hint')}>
            {t.pictureHint}
          </p>
        )}
        {error && (
          <p id={`${fieldId}-error`} {...part('field-error')}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <Section name="profile" title={t.profileHeading}>
      <form ref={formRef} noValidate onSubmit={submit} {...part('form')} aria-busy={form.isPending || undefined}>
        <div {...part('fields')}>{PROFILE_FIELDS.map(standardField)}</div>
        <fieldset {...part('attributes')}>
          <legend {...part('legend')}>{t.attributesHeading}</legend>
          {definitions.error && <ErrorBanner error={definitions.error} messages={shared} format={format} onRetry={() => void definitions.refresh()} />}
          {definitions.isSupported && definitions.isLoading && !definitions.data && (
            <p role="status" {...part('loading')}>
              <Spinner rosterPart={part('spinner')} /> {shared.loading}
            </p>
          )}
          {!specs.length && !definitions.isLoading && <p {...part('missing', 'roster-missing')}>{t.noAttributes}</p>}
          {specs.map((spec, i) => (
            <AttributeField
              key={spec.key}
              id={`${id}-attribute-${i}`}
              spec={spec}
              value={attributeValue(base, spec, edits)}
              stored={ownValue(base.customAttributes, spec.key)}
              onChange={(value) => form.setAttribute(spec.key, value)}
              error={errors.get(attributeFieldId(spec.key))}
            />
          ))}
        </fieldset>
        {form.formError && (
          <p role="alert" {...part('form-error')}>
            {form.formError}
          </p>
        )}
        {form.conflict && <ConflictNotice conflict={form.conflict} specs={specs} isPending={form.isPending} onKeepMine={form.keepMine} onTakeTheirs={form.takeTheirs} />}
        {hasControls && !form.conflict && (
          <div {...part('form-footer')}>
            {/* aria-disabled, not disabled: the button keeps focus after a save or an undo instead of dropping it to <body>. */}
            <Button rosterPart={part('button')} onClick={() => form.isDirty && !form.isPending && form.undo()} aria-disabled={!form.isDirty || form.isPending || undefined}>
              {t.undo}
            </Button>
            <Button ref={saveRef} type="submit" variant="primary" rosterPart={part('save')} isPending={form.isPending} aria-disabled={(!form.isDirty && !form.isPending) || undefined}>
              {t.save}
            </Button>
          </div>
        )}
      </form>
    </Section>
  );
}
