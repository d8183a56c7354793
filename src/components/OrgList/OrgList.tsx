import { useMemo, useRef, useState } from 'react';
import { canEditRoles } from '../../core/adapter.js';
import { toRosterError, type RosterError } from '../../core/errors.js';
import type { Membership, Role } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import type { RoleEditorPart } from '../RoleEditor/RoleEditor.js';
import { useRoles } from '../../react/useRoles.js';
import { useUserMemberships } from '../../react/useUserMemberships.js';
import { Button } from '../primitives/Button.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { Spinner } from '../primitives/Spinner.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import { RoleEditorDialog } from '../RoleEditor/RoleEditorDialog.js';
import { createParts, type ButtonPart, type DialogPart, type Parts, type StylingProps } from '../styling.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { AddToOrganizationDialog } from './AddToOrganizationDialog.js';
import { MembershipRoles } from './MembershipRoles.js';
import { englishOrgListMessages } from './messages.js';

/** Every part OrgList and OrgListDialog render (as `org-list-<part>`), dialogs and the picker included. */
export type OrgListPart =
  | 'toolbar'
  | 'add-button'
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
  const { userId, theme, searchDebounceMs = 250, unstyled = false, roleEditorClassNames } = props;
  const { adapter } = useRosterContext('OrgList');
  const strings = useComponentMessages('OrgList', 'orgList', englishOrgListMessages);
  const { t, shared, format } = strings;
  const part = createParts<OrgListPart>('org-list', props);
  const memberships = useUserMemberships(userId);
  const projectRoles = useRoles();
  const [removing, setRemoving] = useState<Membership | null>(null);
  const [error, setError] = useState<RosterError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [portal, setPortal] = useState<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const removeButton = useRef<HTMLElement | null>(null);

  // Null while loading; empty when it failed, so every membership asks its organization instead.
  const projectRolesById = useMemo<ReadonlyMap<string, Role> | null>(
    () => (projectRoles.data ? new Map(projectRoles.data.map((r) => [r.id, r])) : projectRoles.error ? new Map() : null),
    [projectRoles.data, projectRoles.error],
  );

  const canEditRolesHere = (organizationId: string) => canEditRoles(adapter, { organizationId });
  const data = memberships.data;
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
    <div ref={root} {...part('root')} role="region" aria-label={t.label} tabIndex={-1} data-roster-theme={theme} data-state={dataState} data-pending={memberships.isPending ? '' : undefined}>
      {memberships.addUserMembership && data && (
        <div {...part('toolbar')}>
          <AddToOrganizationDialog
            memberships={data}
            add={memberships.addUserMembership}
            onAdded={(org) => setAnnouncement(t.added(org.name))}
            strings={strings}
            part={part}
            unstyled={unstyled}
            searchDebounceMs={searchDebounceMs}
          />
        </div>
      )}
      {memberships.error && <ErrorBanner error={memberships.error} messages={shared} format={format} onRetry={() => void memberships.refresh()} parts={part} unstyled={unstyled} />}
      {error && <ErrorBanner error={error} messages={shared} format={format} parts={part} unstyled={unstyled} />}
      {!data && !memberships.error && (
        <p role="status" {...part('loading')}>
          <Spinner rosterPart={part('spinner')} unstyled={unstyled} /> {shared.loading}
        </p>
      )}
      {data && !data.length && <p {...part('empty')}>{t.empty}</p>}
      {data && data.length > 0 && (
        <ul {...part('list')}>
          {data.map((membership) => {
            const { id, name } = membership.organization;
            return (
              <li key={id} {...part('item')}>
                <bdi {...part('name')}>{name}</bdi>
                <MembershipRoles membership={membership} projectRoles={projectRolesById} messages={t} part={part} />
                <div {...part('actions')}>
                  {canEditRolesHere(id) && (
                    <RoleEditorDialog
                      userId={userId}
                      organizationId={id}
                      theme={theme}
                      unstyled={unstyled}
                      classNames={roleEditorClassNames}
                      trigger={
                        <Button size="sm" rosterPart={part('edit-button')} unstyled={unstyled} aria-label={t.editRolesIn(name)}>
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
                      unstyled={unstyled}
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
        title={removing ? t.removeTitle(removing.organization.name) : ''}
        description={t.removeDescription}
        confirmLabel={t.removeConfirm}
        cancelLabel={shared.cancel}
        container={portal}
        parts={part}
        unstyled={unstyled}
        onConfirm={confirmRemove}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          // After a removal the row and its button are gone: focus goes to the list as a whole.
          if (removeButton.current?.isConnected) removeButton.current.focus();
          else root.current?.focus();
          removeButton.current = null;
        }}
      />
      <div ref={setPortal} {...part('portal')} style={{ display: 'contents' }} />
    </div>
  );
}
