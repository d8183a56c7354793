/**
 * "Delete Acme?" with a typed confirmation: Delete works once the organization's name has been
 * typed, since a delete takes every member out of it and cannot be undone. It says how many
 * members it has where the backend can count them, and what they lose (the membership and the
 * roles held there, not their accounts). The delete waits for the backend; a failure is shown in
 * the dialog, except when another admin deleted it first, which is simply what the admin wanted.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { toRosterError, type RosterError } from '../../core/errors.js';
import type { Organization } from '../../core/model.js';
import { useUserCount } from '../../react/useUserCount.js';
import { Button } from '../primitives/Button.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { OrganizationManagerMessages } from './messages.js';
import type { OrganizationManagerParts } from './organizationManagerProps.js';

/** Bidirectional controls and zero-width characters are invisible: nobody can be asked to type them. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const comparable = (text: string) => text.normalize('NFC').replace(INVISIBLE, '').trim();

export interface DeleteOrganizationDialogProps {
  /** The organization to delete; null when closed. */
  organization: Organization | null;
  onClose: () => void;
  deleteOrganization: (organizationId: string) => Promise<void>;
  /** After the delete (or finding it gone): the member count the dialog showed, if known. */
  onDeleted: (organization: Organization, members: number | null) => void;
  onAlreadyDeleted: (organization: Organization) => void;
  /** Where focus goes when the dialog closes. */
  onCloseAutoFocus: (event: Event) => void;
  strings: ComponentStrings<OrganizationManagerMessages>;
  part: OrganizationManagerParts;
}

export function DeleteOrganizationDialog(props: DeleteOrganizationDialogProps) {
  const { organization, onClose, strings, onCloseAutoFocus } = props;
  const { t } = strings;
  const busy = useRef(false);
  return (
    <DialogFrame
      open={organization !== null}
      role="alertdialog"
      onOpenChange={(open) => !open && !busy.current && onClose()}
      title={organization ? t.deleteTitle(organization.name) : ''}
      description={organization ? <MemberConsequences organization={organization} strings={strings} /> : ''}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      {organization && <TypedConfirmation key={organization.id} {...props} organization={organization} onBusy={(b) => void (busy.current = b)} />}
    </DialogFrame>
  );
}

function MemberConsequences({ organization, strings }: { organization: Organization; strings: ComponentStrings<OrganizationManagerMessages> }) {
  const { count } = useUserCount({ organizationId: organization.id });
  return <>{strings.t.deleteDescription(count, strings.format)}</>;
}

function TypedConfirmation({ organization, onClose, deleteOrganization, onDeleted, onAlreadyDeleted, strings, part, onBusy }: DeleteOrganizationDialogProps & { organization: Organization; onBusy: (busy: boolean) => void }) {
  const { t, shared, format } = strings;
  const id = useId();
  const [typed, setTyped] = useState('');
  const [isPending, setPending] = useState(false);
  const [failure, setFailure] = useState<RosterError | null>(null);
  const running = useRef(false);
  // Read from the cache the description already filled: the feedback names the same number.
  const { count } = useUserCount({ organizationId: organization.id });
  const matches = comparable(typed) !== '' && comparable(typed) === comparable(organization.name);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!matches || running.current) return;
    running.current = true;
    setPending(true);
    setFailure(null);
    onBusy(true);
    try {
      await deleteOrganization(organization.id);
      onDeleted(organization, count);
      onBusy(false);
      onClose();
    } catch (e) {
      const error = toRosterError(e);
      onBusy(false);
      if (error.code === 'not_found') {
        onAlreadyDeleted(organization);
        onClose();
      } else setFailure(error);
    } finally {
      running.current = false;
      setPending(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void confirm(e)} aria-busy={isPending || undefined} {...part('form')}>
      <div {...part('confirm-field')}>
        <label htmlFor={`${id}-confirm`}>{t.typeToConfirm(organization.name)}</label>
        <input
          id={`${id}-confirm`}
          // Typing the name is what this dialog is about: the field has focus first. Enter does nothing until it matches.
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          {...part('input', 'roster-input')}
        />
      </div>
      {failure && <ErrorBanner error={failure} messages={shared} format={format} />}
      <div {...part('dialog-footer', 'roster-dialog-footer')}>
        <Button rosterPart={part('button')} onClick={onClose} disabled={isPending}>
          {shared.cancel}
        </Button>
        <Button type="submit" variant="danger" rosterPart={part('button')} isPending={isPending} disabled={!matches}>
          {t.deleteConfirm}
        </Button>
      </div>
    </form>
  );
}
