import { useLayoutEffect, useRef, useState } from 'react';
import { toRosterError } from '../../core/errors.js';
import type { Organization, OrganizationInput, OrganizationPatch } from '../../core/model.js';
import { FeedbackArea, useFeedback } from '../Feedback.js';
import { PortalTarget, StylingProvider, useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { DeleteOrganizationDialog } from './DeleteOrganizationDialog.js';
import { sameDomains } from './domainList.js';
import { englishOrganizationManagerMessages } from './messages.js';
import type { OrganizationDialog, OrganizationDraft, OrganizationManagerPart, OrganizationManagerProps } from './organizationManagerProps.js';
import { formErrorsOf, OrganizationFormDialog } from './OrganizationFormDialog.js';
import { OrganizationListView } from './OrganizationListView.js';
import { OrganizationMembers } from './OrganizationMembers.js';
import { useOrganizationPages } from './useOrganizationPages.js';

export type { OrganizationManagerPart, OrganizationManagerProps } from './organizationManagerProps.js';

/**
 * Organizations administered: searched and paged by the backend, with their domains and member
 * counts; created, renamed and given domains (optimistic: the row changes at once), deleted after
 * the admin types the name; and opened, one at a time, to their members in a UserTable scoped to
 * them. Only the controls the backend can back are shown: on a read-only backend, a plain list
 * whose organizations still open to their members.
 */
export function OrganizationManager(props: OrganizationManagerProps) {
  const { pageSize = 20, searchDebounceMs = 300, headingLevel = 2, userTableProps, onOrganizationCreated, onOrganizationDeleted } = props;
  const strings = useComponentMessages('OrganizationManager', 'organizationManager', englishOrganizationManagerMessages);
  const { t, shared } = strings;
  const styling = useStylingScope<OrganizationManagerPart>('organization-manager', props);
  const { part, theme } = styling;
  const pages = useOrganizationPages(pageSize, searchDebounceMs);
  const { organizations } = pages;
  const { createOrganization, updateOrganization, deleteOrganization } = organizations;
  const { feedback, show, dismiss } = useFeedback();
  const [dialog, setDialog] = useState<OrganizationDialog | null>(null);
  const [opened, setOpened] = useState<Organization | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // The button that opened the dialog or the members view: focus goes back to it.
  const returnFocus = useRef<HTMLElement | null>(null);
  // Where focus lands once the delete confirmation has closed: the next row, the previous, the list.
  const landing = useRef<HTMLElement[] | null>(null);
  // Read when a rename fails, long after the render that sent it.
  const isDialogOpen = useRef(false);
  useLayoutEffect(() => {
    isDialogOpen.current = dialog !== null;
  }, [dialog]);

  const openDialog = (next: OrganizationDialog, button: HTMLElement | null) => {
    returnFocus.current = button;
    setDialog(next);
  };

  // Optimistic: the row shows the change at once and the dialog is already gone. A change refused
  // for what it says comes back to the form, if no other dialog has opened meanwhile.
  const saveChanges = (organization: Organization, input: OrganizationInput, typed: OrganizationDraft) => {
    const patch: OrganizationPatch = {};
    if (input.name !== organization.name) patch.name = input.name;
    if (!sameDomains(input.domains ?? [], organization.domains)) patch.domains = input.domains;
    if (!updateOrganization || !Object.keys(patch).length) return;
    updateOrganization(organization.id, patch).then(
      (saved) => show(t.saved(saved.name)),
      (e: unknown) => {
        const error = toRosterError(e);
        const errors = formErrorsOf(error, t);
        if (errors && !isDialogOpen.current) return setDialog({ kind: 'edit', organization, draft: typed, errors });
        if (error.code === 'not_found') void organizations.refresh();
        show(error.code === 'not_found' ? t.alreadyDeleted(organization.name) : `${t.notSaved(organization.name)} ${shared.errors[error.code]}`, 'error');
      },
    );
  };

  // Back from the members view: focus returns to the row's Members button once the list shows again.
  const [isReturning, setReturning] = useState(false);
  useLayoutEffect(() => {
    if (!isReturning) return;
    setReturning(false);
    const button = returnFocus.current;
    returnFocus.current = null;
    (button?.isConnected ? button : root.current)?.focus();
  }, [isReturning]);

  const current = opened && (organizations.data?.items.find((o) => o.id === opened.id) ?? opened);
  const page = organizations.data;
  const dataState = !page ? (organizations.error ? 'error' : 'loading') : page.items.length ? 'ready' : 'empty';

  return (
    <StylingProvider value={styling}>
      <div ref={root} {...part('root')} role="region" aria-label={t.label} tabIndex={-1} data-roster-theme={theme} data-state={dataState} data-view={current ? 'members' : 'list'}>
        <FeedbackArea feedback={feedback} dismiss={dismiss} dismissLabel={t.dismiss} render={props.renderFeedback} />
        {/* Hidden, not unmounted, while an organization is open: its search, page and buttons are there on the way back. */}
        <div {...part('list-view')} hidden={current !== null || undefined}>
          <OrganizationListView
            pages={pages}
            strings={strings}
            part={part}
            root={root}
            canEdit={Boolean(updateOrganization)}
            canDelete={Boolean(deleteOrganization)}
            onCreate={createOrganization && ((button) => openDialog({ kind: 'create' }, button))}
            onOpen={(organization, button) => {
              returnFocus.current = button;
              setOpened(organization);
            }}
            onEdit={(organization, button) => openDialog({ kind: 'edit', organization }, button)}
            onDelete={(organization, button) => openDialog({ kind: 'delete', organization, returnFocus: button }, button)}
          />
        </div>
        {current && (
          <OrganizationMembers
            organization={current}
            headingLevel={headingLevel}
            userTableProps={userTableProps}
            strings={strings}
            part={part}
            onBack={() => {
              setOpened(null);
              setReturning(true);
            }}
          />
        )}
        <OrganizationFormDialog
          open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
          organization={dialog?.kind === 'edit' ? dialog.organization : undefined}
          draft={dialog?.kind === 'edit' ? dialog.draft : undefined}
          errors={dialog?.kind === 'edit' ? dialog.errors : undefined}
          returnFocus={returnFocus.current}
          strings={strings}
          part={part}
          onClose={() => setDialog(null)}
          onSubmit={async (input) => {
            if (dialog?.kind === 'edit') {
              const typed = { name: input.name, domainsText: (input.domains ?? []).join('\n') };
              return saveChanges(dialog.organization, input, typed);
            }
            const created = await createOrganization!(input);
            show(t.created(created.name));
            onOrganizationCreated?.(created);
          }}
        />
        {deleteOrganization && (
          <DeleteOrganizationDialog
            organization={dialog?.kind === 'delete' ? dialog.organization : null}
            deleteOrganization={async (id) => {
              landing.current = neighbourButtons(dialog?.kind === 'delete' ? dialog.returnFocus : null);
              try {
                await deleteOrganization(id);
              } catch (error) {
                landing.current = null;
                throw error;
              }
            }}
            onDeleted={(organization, members) => {
              show(t.deleted(organization.name, members, strings.format));
              onOrganizationDeleted?.(organization);
            }}
            onAlreadyDeleted={(organization) => {
              show(t.alreadyDeleted(organization.name));
              void organizations.refresh();
            }}
            onClose={() => setDialog(null)}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              const candidates = landing.current ?? [returnFocus.current];
              landing.current = null;
              returnFocus.current = null;
              (candidates.find((el) => el?.isConnected) ?? root.current)?.focus();
            }}
            strings={strings}
            part={part}
          />
        )}
        <PortalTarget />
      </div>
    </StylingProvider>
  );
}

/** The Members buttons of the rows after and before `button`'s row, read before that row goes. */
function neighbourButtons(button: HTMLElement | null): HTMLElement[] {
  const row = button?.closest('li[data-organization-id]');
  const found: HTMLElement[] = [];
  for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
    const next = row?.[step]?.querySelector<HTMLElement>('[data-roster-part="organization-manager-members-button"]');
    if (next) found.push(next);
  }
  return found;
}
