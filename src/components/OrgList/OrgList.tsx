import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { toRosterError, type RosterError } from '../../core/errors.js';
import type { Membership, Organization, Role } from '../../core/model.js';
import type { RoleEditorPart } from '../RoleEditor/roleEditorParts.js';
import { useRoles } from '../../react/useRoles.js';
import { useUser } from '../../react/useUser.js';
import { useUserMemberships } from '../../react/useUserMemberships.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { Spinner } from '../primitives/Spinner.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import type { ButtonPart, DialogPart, Parts, StylingProps } from '../styling.js';
import { PortalTarget, StylingProvider, useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { AddToOrganizationDialog } from './AddToOrganizationDialog.js';
import { MembershipItem } from './MembershipItem.js';
import { useMembershipSearch } from './MembershipSearch.js';
import { englishOrgListMessages } from './messages.js';
import { useSameList } from './useSameList.js';

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
  const { t, shared, format, locale } = useComponentMessages('OrgList', 'orgList', englishOrgListMessages);
  // One object while the messages and locale stay: the memoized memberships take it as a prop.
  const strings = useMemo(() => ({ t, shared, format, locale }), [t, shared, format, locale]);
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

  const data = useSameList(memberships.data);
  const search = useMembershipSearch(data, t, part, locale);
  const dataState = !data ? (memberships.error ? 'error' : 'loading') : data.length ? 'ready' : 'empty';

  // Stable callbacks: a change to the user elsewhere (a project-wide role) re-renders OrgList, and
  // the memoized memberships and closed dialogs below must not follow.
  const { removeUserMembership } = memberships;
  const askToRemove = useCallback((membership: Membership, button: HTMLElement) => {
    removeButton.current = button;
    setRemoving(membership);
  }, []);
  const confirmRemove = useCallback(() => {
    const membership = removing;
    if (!membership || !removeUserMembership) return;
    setError(null);
    // Optimistic: the row goes at once and comes back exactly if the backend refuses.
    removeUserMembership(membership.organization.id).then(
      () => setAnnouncement(t.removed(membership.organization.name)),
      (e: unknown) => setError(toRosterError(e)),
    );
  }, [removing, removeUserMembership, t]);
  const closeConfirm = useCallback((open: boolean) => {
    if (!open) setRemoving(null);
  }, []);
  const focusAfterConfirm = useCallback((event: Event) => {
    event.preventDefault();
    // After a removal the row and its button are gone: focus goes to the list as a whole.
    if (removeButton.current?.isConnected) removeButton.current.focus();
    else root.current?.focus();
    removeButton.current = null;
  }, []);
  const announceAdded = useCallback((org: Pick<Organization, 'name'>) => setAnnouncement(t.added(org.name)), [t]);

  return (
    <StylingProvider value={styling}>
      <div ref={root} {...part('root')} role="region" aria-label={t.label} tabIndex={-1} data-roster-theme={theme} data-state={dataState} data-pending={memberships.isPending ? '' : undefined}>
        {memberships.addUserMembership && data && (
          <div {...part('toolbar')}>
            <AddToOrganizationDialog
              memberships={data}
              add={memberships.addUserMembership}
              onAdded={announceAdded}
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
            {search.shown.map((membership) => (
              <MembershipItem
                key={membership.organization.id}
                userId={userId}
                userName={userName}
                membership={membership}
                projectRoles={projectRolesById}
                strings={strings}
                part={part}
                roleEditorClassNames={roleEditorClassNames}
                onRemove={removeUserMembership ? askToRemove : undefined}
              />
            ))}
          </ul>
        )}
        <div role="status" aria-live="polite">
          <VisuallyHidden>{announcement}</VisuallyHidden>
        </div>
        <RemoveConfirm
          open={removing !== null}
          onOpenChange={closeConfirm}
          title={removing ? (userName ? t.removeUserTitle(userName, removing.organization.name) : t.removeTitle(removing.organization.name)) : ''}
          description={t.removeDescription}
          confirmLabel={t.removeConfirm}
          cancelLabel={shared.cancel}
          onConfirm={confirmRemove}
          onCloseAutoFocus={focusAfterConfirm}
        />
        <PortalTarget />
      </div>
    </StylingProvider>
  );
}

/** Closed, the confirmation renders nothing new when OrgList does (all its props are stable then). */
const RemoveConfirm = memo(ConfirmDialog);
