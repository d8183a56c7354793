import { useMemo, useRef, useState } from 'react';
import { canEditRoles } from '../../core/adapter.js';
import { toRosterError, type RosterError } from '../../core/errors.js';
import type { Membership, Role } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import type { RoleEditorPart } from '../RoleEditor/RoleEditor.js';
import { useRoles } from '../../react/useRoles.js';
import { useUser } from '../../react/useUser.js';
import { useUserMemberships } from '../../react/useUserMemberships.js';
import { Button } from '../primitives/Button.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { Spinner } from '../primitives/Spinner.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import { RoleEditorDialog } from '../RoleEditor/RoleEditorDialog.js';
import type { ButtonPart, DialogPart, Parts, StylingProps } from '../styling.js';
import { PortalTarget, StylingProvider, useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { AddToOrganizationDialog } from './AddToOrganizationDialog.js';
import { MembershipRoles } from './MembershipRoles.js';
import { useMembershipSearch } from './MembershipSearch.js';
import { englishOrgListMessages } from './messages.js';

/** Every part OrgList and OrgListDialog render (as `org-list-<part>`), dialogs and the picker included. */
export type OrgListPart =
  | 'toolbar'
  | 'add-button'
  | 'search'
  | 'search-label'
  | 'search-input'
  | 'no-match'
  | 'list'
  | 'item'
  | 'name'
  | 'role-chips'
  | 'role-chip'
  | 'no-roles'
  | 'actions'
  | 'edit-button'
  | 'remove-button'
  | 'empty'
  | 'loading'
  | 'spinner'
  | 'error'
  | 'picker'
  | 'picker-search'
  | 'picker-search-label'
  | 'picker-search-input'
  | 'picker-organizations'
  | 'picker-legend'
  | 'picker-option'
  | 'picker-roles'
  | 'picker-role'
  | 'picker-status'
  | 'picker-empty'
  | 'checkbox'
  | ButtonPart
  | DialogPart
  | 'close-button'
  | 'portal';

/** The part tagger OrgList hands to its pieces. */
export type OrgListParts = Parts<OrgListPart>;

export interface OrgListProps extends StylingProps<OrgListPart> {
  userId: string;
  /** The user's name, for "Remove Aiden Chen from Hooli?"; read from the directory when left out. */
  userName?: string;
  /** Classes for the parts of the role editor "Edit roles" opens. */
  roleEditorClassNames?: StylingProps<RoleEditorPart>['classNames'];
  /** Delay before the organization picker searches; default 250 ms. */
  searchDebounceMs?: number;
}

/**
 * A user's memberships across all organizations, with the roles held in each. Per organization:
 * edit roles (RoleEditor scoped to it, in a dialog) and remove with confirmation; and add to
 * another organization through a searchable picker. Controls the adapter cannot back are hidden.
 */
export function OrgList(props: OrgListProps) {
  const { userId, searchDebounceMs = 250, roleEditorClassNames } = props;
  const { adapter } = useRosterContext('OrgList');
  const strings = useComponentMessages('OrgList', 'orgList', englishOrgListMessages);
  const { t, shared, format, locale } = strings;
  const styling = useStylingScope<OrgListPart>('org-list', props);
  const { part, theme } = styling;
  const memberships = useUserMemberships(userId);
  const user = useUser(props.userName ? null : userId).data;
  const userName = props.userName ?? (user ? user.name?.trim() || user.email || shared.unknownValue : undefined);
  const projectRoles = useRoles();
  const [removing, setRemoving] = useState<Membership | null>(null);
  const [error, setError] = useState<RosterError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const removeButton = useRef<HTMLElement | null>(null);

  // Null while loading; empty when it failed, so every membership asks its organization instead.
  const projectRolesById = useMemo<ReadonlyMap<string, Role> | null>(
    () => (projectRoles.data ? new Map(projectRoles.data.map((r) => [r.id, r])) : projectRoles.error ? new Map() : null),
    [projectRoles.data, projectRoles.error],
  );

  const canEditRolesHere = (organizationId: string) => canEditRoles(adapter, { organizationId });
  const data = memberships.data;
  const search = useMembershipSearch(data, t, part, locale);
  const dataState = !data ? (memberships.error ? 'error' : 'loading') : data.length ? 'ready' : 'empty';

  const confirmRemove = () => {
    const membership = removing;
    if (!membership || !memberships.removeUserMembership) return;
    setError(null);
    // Optimistic: the row goes at once and comes back exactly if the backend refuses.
    memberships.removeUserMembership(membership.organization.id).then(
      () => setAnnouncement(t.removed(membership.organization.name)),
      (e: unknown) => setError(toRosterError(e)),
    );
  };

  return (
    <StylingProvider value={styling}>
      <div ref={root} {...part('root')} role="region" aria-label={t.label} tabIndex={-1} data-roster-theme={theme} data-state={dataState} data-pending={memberships.isPending ? '' : undefined}>
        {memberships.addUserMembership && data && (
          <div {...part('toolbar')}>
            <AddToOrganizationDialog
              memberships={data}
              add={memberships.addUserMembership}
              onAdded={(org) => setAnnouncement(t.added(org.name))}
              strings={strings}
              part={part}
              searchDebounceMs={searchDebounceMs}
            />
          </div>
        )}
        {memberships.error && <ErrorBanner error={memberships.error} messages={shared} format={format} onRetry={() => (void memberships.refresh(), root.current?.focus())} />}
        {error && <ErrorBanner error={error} messages={shared} format={format} />}
        {!data && !memberships.error && (
          <p role="status" {...part('loading')}>
            <Spinner rosterPart={part('spinner')} /> {shared.loading}
          </p>
        )}
        {data && !data.length && <p {...part('empty')}>{t.empty}</p>}
        {search.field}
        {search.isFiltered && !search.shown?.length && <p {...part('no-match')}>{t.noOrganizations}</p>}
        {search.shown && search.shown.length > 0 && (
          <ul {...part('list')}>
            {search.shown.map((membership) => {
              const { id, name } = membership.organization;
              return (
                <li key={id} {...part('item')}>
                  <bdi {...part('name')}>{name}</bdi>
                  <MembershipRoles membership={membership} projectRoles={projectRolesById} strings={strings} part={part} />
                  <div {...part('actions')}>
                    {canEditRolesHere(id) && (
                      <RoleEditorDialog
                        userId={userId}
                        userName={userName}
                        organizationId={id}
                        classNames={roleEditorClassNames}
                        trigger={
                          <Button size="sm" rosterPart={part('edit-button')} aria-label={t.editRolesIn(name)}>
                            {t.editRoles}
                          </Button>
                        }
                      />
                    )}
                    {memberships.removeUserMembership && (
                      <Button
                        size="sm"
                        variant="ghost"
                        rosterPart={part('remove-button')}
                        aria-label={t.removeFrom(name)}
                        onClick={(event) => {
                          removeButton.current = event.currentTarget;
                          setRemoving(membership);
                        }}
                      >
                        {t.remove}
                      </Button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <div role="status" aria-live="polite">
          <VisuallyHidden>{announcement}</VisuallyHidden>
        </div>
        <ConfirmDialog
          open={removing !== null}
          onOpenChange={(open) => !open && setRemoving(null)}
          title={removing ? (userName ? t.removeUserTitle(userName, removing.organization.name) : t.removeTitle(removing.organization.name)) : ''}
          description={t.removeDescription}
          confirmLabel={t.removeConfirm}
          cancelLabel={shared.cancel}
          onConfirm={confirmRemove}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            // After a removal the row and its button are gone: focus goes to the list as a whole.
            if (removeButton.current?.isConnected) removeButton.current.focus();
            else root.current?.focus();
            removeButton.current = null;
          }}
        />
        <PortalTarget />
      </div>
    </StylingProvider>
  );
}
