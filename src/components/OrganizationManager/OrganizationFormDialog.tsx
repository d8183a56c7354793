import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { toRosterError, type RosterError } from '../../core/errors.js';
import type { Organization, OrganizationInput } from '../../core/model.js';
import { DiscardConfirm } from '../DiscardConfirm.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { FormFooter } from '../primitives/FormFooter.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import { domainListText, parseDomainList } from './domainList.js';
import type { OrganizationManagerMessages } from './messages.js';
import type { OrganizationDraft, OrganizationFormErrors, OrganizationManagerParts } from './organizationManagerProps.js';

/** The fields a refusal concerns, in the admin's words; null when it concerns the form as a whole. */
export function formErrorsOf(error: RosterError, t: OrganizationManagerMessages): OrganizationFormErrors | null {
  const fields = error.fieldErrors ?? {};
  // The backend's own wording stays out: it may be the IdP's, and in another language.
  const found: OrganizationFormErrors = {};
  if (error.code === 'conflict') found.name = t.nameTaken;
  else if (error.code === 'invalid_input' && fields.name) found.name = t.nameRejected;
  if (error.code === 'invalid_input' && fields.domains) found.domains = t.domainsRejected;
  return found.name || found.domains ? found : null;
}

export interface OrganizationFormDialogProps {
  open: boolean;
  /** The organization edited; absent when creating one. */
  organization?: Organization;
  /** Typed before, with what the backend found wrong in it. */
  draft?: OrganizationDraft;
  errors?: OrganizationFormErrors;
  /** Create: resolves once the backend has it; rejects with what it refused. Edit: returns at once (optimistic). */
  onSubmit: (input: OrganizationInput) => Promise<unknown> | void;
  onClose: () => void;
  /** Where focus goes when the dialog closes; DialogFrame's own return when absent or gone. */
  returnFocus: HTMLElement | null;
  strings: ComponentStrings<OrganizationManagerMessages>;
  part: OrganizationManagerParts;
}

/** Create an organization, or change one's name and domains; the form starts afresh each time it opens. */
export function OrganizationFormDialog(props: OrganizationFormDialogProps) {
  const { open, organization, strings, returnFocus } = props;
  const { t } = strings;
  const [isConfirming, setConfirming] = useState(false);
  const dirty = useRef(false);
  const busy = useRef(false);
  const requestClose = () => {
    if (busy.current) return;
    if (dirty.current) setConfirming(true);
    else props.onClose();
  };
  return (
    <DialogFrame
      open={open}
      onOpenChange={(next) => !next && requestClose()}
      onClose={requestClose}
      title={organization ? t.editTitle(organization.name) : t.create}
      description={organization ? t.editDescription : t.createDescription}
      onCloseAutoFocus={(event) => {
        if (!returnFocus?.isConnected) return;
        event.preventDefault();
        returnFocus.focus();
      }}
    >
      {/* Mounted while open only: each opening starts afresh, nothing typed earlier comes back. */}
      {open && <OrganizationForm key={organization?.id ?? ''} {...props} onDirty={(d) => void (dirty.current = d)} onBusy={(b) => void (busy.current = b)} onCancel={requestClose} />}
      <DiscardConfirm
        open={isConfirming}
        onOpenChange={setConfirming}
        messages={t}
        onDiscard={() => {
          dirty.current = false;
          props.onClose();
        }}
      />
    </DialogFrame>
  );
}

interface OrganizationFormProps extends OrganizationFormDialogProps {
  onDirty: (dirty: boolean) => void;
  onBusy: (busy: boolean) => void;
  onCancel: () => void;
}

function OrganizationForm({ organization, draft, errors: given, onSubmit, onClose, strings, part, onDirty, onBusy, onCancel }: OrganizationFormProps) {
  const { t, shared, format } = strings;
  const id = useId();
  const initial: OrganizationDraft = { name: organization?.name ?? '', domainsText: domainListText(organization?.domains ?? []) };
  const [fields, setFields] = useState<OrganizationDraft>(draft ?? initial);
  const [errors, setErrors] = useState<OrganizationFormErrors>(given ?? {});
  const [failure, setFailure] = useState<RosterError | null>(null);
  const [isPending, setPending] = useState(false);
  const sending = useRef(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const domainsRef = useRef<HTMLTextAreaElement>(null);
  const isDirty = fields.name !== initial.name || fields.domainsText !== initial.domainsText;
  useEffect(() => {
    onDirty(isDirty);
  }, [onDirty, isDirty]);

  const showErrors = (found: OrganizationFormErrors) => {
    setErrors(found);
    (found.name ? nameRef : domainsRef).current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.current) return;
    const name = fields.name.trim();
    const { domains, invalid } = parseDomainList(fields.domainsText);
    const found: OrganizationFormErrors = {};
    if (!name) found.name = t.nameRequired;
    if (invalid.length) found.domains = t.invalidDomains(invalid, format);
    setFailure(null);
    if (found.name || found.domains) return showErrors(found);
    setErrors({});
    sending.current = true;
    setPending(true);
    onBusy(true);
    try {
      await onSubmit({ name, domains });
      onDirty(false);
      onClose();
    } catch (e) {
      const error = toRosterError(e);
      const fieldErrors = formErrorsOf(error, t);
      if (fieldErrors) showErrors(fieldErrors);
      else setFailure(error);
    } finally {
      sending.current = false;
      setPending(false);
      onBusy(false);
    }
  };

  const describedBy = (field: keyof OrganizationFormErrors, hint?: string) => [hint, errors[field] && `${id}-${field}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={isPending || undefined} {...part('form')}>
      <div {...part('field')} data-invalid={errors.name ? '' : undefined}>
        <label htmlFor={`${id}-name`}>
          {t.nameLabel}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          name="name"
          autoComplete="off"
          aria-required
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
          value={fields.name}
          onChange={(e) => setFields({ ...fields, name: e.target.value })}
          {...part('input', 'roster-input')}
        />
        {errors.name && (
          <p id={`${id}-name-error`} {...part('field-error')}>
            {errors.name}
          </p>
        )}
      </div>
      <div {...part('field')} data-invalid={errors.domains ? '' : undefined}>
        <label htmlFor={`${id}-domains`}>{t.domainsLabel}</label>
        <textarea
          ref={domainsRef}
          id={`${id}-domains`}
          name="domains"
          rows={3}
          autoComplete="off"
          spellCheck={false}
          // Domains read left to right in every language.
          dir="ltr"
          aria-invalid={errors.domains ? true : undefined}
          aria-describedby={describedBy('domains', `${id}-domains-hint`)}
          value={fields.domainsText}
          onChange={(e) => setFields({ ...fields, domainsText: e.target.value })}
          {...part('textarea', 'roster-input')}
        />
        <p id={`${id}-domains-hint`} {...part('field-hint')}>
          {t.domainsHint}
        </p>
        {errors.domains && (
          <p id={`${id}-domains-error`} {...part('field-error')}>
            {errors.domains}
          </p>
        )}
      </div>
      {failure && <ErrorBanner error={failure} messages={shared} format={format} />}
      <FormFooter cancelLabel={shared.cancel} onCancel={onCancel} submitLabel={organization ? t.save : t.create} isPending={isPending} />
    </form>
  );
}
