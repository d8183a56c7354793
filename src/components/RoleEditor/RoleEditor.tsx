import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { holdsOneRole } from '../../core/adapter.js';
import type { RoleDiff } from '../../core/changes.js';
import { toRosterError, type RosterError } from '../../core/errors.js';
import type { Role } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useRoles } from '../../react/useRoles.js';
import { useUserMemberships } from '../../react/useUserMemberships.js';
import { useUserRoles } from '../../react/useUserRoles.js';
import { Button } from '../primitives/Button.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { Spinner } from '../primitives/Spinner.js';
import type { StylingProps } from '../styling.js';
import { StylingProvider, useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { englishRoleEditorMessages } from './messages.js';
import { filterRoles } from './filterRoles.js';
import { RoleOption } from './RoleOption.js';
import { RoleSearch } from './RoleSearch.js';
import { useImmediateRoleToggles } from './useImmediateRoleToggles.js';
import type { RoleEditorPart } from './roleEditorParts.js';
import { RoleSaveError, useStagedRoles } from './useStagedRoles.js';
import { useStableHandler } from '../useStableHandler.js';


export interface RoleEditorProps extends StylingProps<RoleEditorPart> {
  userId: string;
  /** Edit the roles held inside this organization instead of project-wide roles. */
  organizationId?: string;
  /**
   * `staged` (default): toggles collect into a change shown as a diff, sent on Save.
   * `immediate`: each toggle is saved at once.
   */
  mode?: 'staged' | 'immediate';
  /** After a staged save landed, with the roles it added and removed. */
  onSaved?: (saved: RoleDiff) => void;
  /** Whether there is a staged change that Save has not sent; for "leave without saving?" prompts. */
  onDirtyChange?: (isDirty: boolean) => void;
  /**
   * Makes Cancel always available and calls this instead of discarding the staged change;
   * RoleEditorDialog uses it to close (asking first when there are unsaved changes).
   */
  onCancel?: () => void;
}

/**
 * A user's roles, project-wide or in one organization: what they hold, every role that can be
 * assigned with its description and permissions, searchable, and a staged change that shows
 * exactly what Save will add and remove. A new user or organization starts a fresh edit.
 */
export function RoleEditor(props: RoleEditorProps) {
  return <RoleEditorForUser key={`${props.userId}\u0000${props.organizationId ?? ''}`} {...props} />;
}

const NO_ROLES: Role[] = [];

function RoleEditorForUser(props: RoleEditorProps) {
  const { userId, organizationId, mode = 'staged', onSaved, onDirtyChange, onCancel } = props;
  const { t, shared, format, locale } = useComponentMessages('RoleEditor', 'roleEditor', englishRoleEditorMessages);
  const styling = useStylingScope<RoleEditorPart>('role-editor', props);
  const { part, theme } = styling;
  const group = useId();
  const { adapter } = useRosterContext('RoleEditor');
  // One role per membership (Clerk): radios, and a pick replaces the held role.
  const one = holdsOneRole(adapter, organizationId);

  const held = useUserRoles(userId, { organizationId });
  const roles = useRoles({ organizationId });
  // The same request useUserRoles makes for an organization: it names the organization and
  // tells a member holding no roles from someone who is not a member at all.
  const memberships = useUserMemberships(organizationId ? userId : null);
  const membership = organizationId ? memberships.data?.find((m) => m.organization.id === organizationId) : undefined;
  const isNotMember = Boolean(organizationId && memberships.data && !membership);
  const canEdit = Boolean(one ? held.setUserRoles : held.addUserRoles) && !isNotMember;

  const staged = useStagedRoles(held, one);
  const immediate = useImmediateRoleToggles(held, one);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<RosterError | null>(null);
  const [notice, setNotice] = useState('');
  // Which toggle failed, kept over later successes for as long as its error shows.
  const [failure, setFailure] = useState('');

  const lastDirty = useRef(false);
  const root = useRef<HTMLDivElement>(null); // Takes focus on "Try again": the banner goes, the editor stays.
  useEffect(() => {
    if (lastDirty.current === staged.isDirty) return;
    lastDirty.current = staged.isDirty;
    onDirtyChange?.(staged.isDirty);
  }, [staged.isDirty, onDirtyChange]);

  const allRoles = roles.data ?? NO_ROLES;
  const rolesById = useMemo(() => new Map(allRoles.map((r) => [r.id, r])), [allRoles]);
  const nameOf = (id: string) => rolesById.get(id)?.name ?? id;
  const visibleRoles = useMemo(() => filterRoles(allRoles, search, locale), [allRoles, search, locale]);

  const isStaged = mode === 'staged';
  const heldIds = held.data ?? [];
  const shown = isStaged ? staged.shown : new Set(heldIds);
  const loadError = held.error ?? roles.error ?? (organizationId ? memberships.error : undefined);
  const hasData = held.data !== undefined && roles.data !== undefined;
  const retryLoad = () => {
    void held.refresh();
    void roles.refresh();
    if (organizationId) void memberships.refresh();
    root.current?.focus();
  };

  // Stable, so a toggle renders only the options whose state moved (RoleOption is memoized).
  const toggle = useStableHandler((role: Role, checked: boolean) => {
    setError(null);
    setNotice('');
    setFailure('');
    if (isStaged) return staged.toggle(role.id, checked);
    immediate.toggle(role.id, checked).then(
      () => setNotice(one ? t.rolePicked(role.name) : checked ? t.roleAdded(role.name) : t.roleRemoved(role.name)),
      (e: unknown) => {
        setError(toRosterError(e));
        setFailure(one ? t.pickFailed(role.name) : checked ? t.addFailed(role.name) : t.removeFailed(role.name));
      },
    );
  });

  const save = async () => {
    setError(null);
    setNotice('');
    try {
      const saved = await staged.save();
      if (!saved) return;
      setNotice(t.saved);
      onSaved?.(saved);
    } catch (e) {
      const saveError = e instanceof RoleSaveError ? e : new RoleSaveError(e, []);
      setError(toRosterError(saveError.cause));
      setNotice(saveError.savedAdditions.length ? t.partlySaved(saveError.savedAdditions.map(nameOf), format) : t.notSaved);
    }
  };

  const dataState = !hasData ? (loadError ? 'error' : 'loading') : staged.isSaving ? 'saving' : 'ready';
  const legend = organizationId ? t.labelInOrganization(membership?.organization.name ?? organizationId) : t.label;
  const statusText = isStaged
    ? staged.isSaving
      ? t.saving
      : staged.isDirty
        ? t.unsaved(t.diff(staged.diff.added.map(nameOf), staged.diff.removed.map(nameOf), format))
        : notice || t.noChanges
    : failure || notice;

  return (
    <StylingProvider value={styling}>
      <div ref={root} tabIndex={-1} {...part('root')} data-roster-theme={theme} data-state={dataState} data-mode={mode} data-dirty={staged.isDirty ? '' : undefined}>
        {loadError && <ErrorBanner error={loadError} messages={shared} format={format} onRetry={retryLoad} />}
        {!hasData && !loadError && (
          <p role="status" {...part('loading')}>
            <Spinner rosterPart={part('spinner')} /> {shared.loading}
          </p>
        )}
        {hasData && (
          <>
            {(!canEdit || isNotMember) && <p {...part('notice')}>{isNotMember ? t.notMember : t.readOnly}</p>}
            <div {...part('current')}>
              <span {...part('current-label')}>{t.currentRoles}</span>
              {heldIds.length ? (
                <ul {...part('role-chips')} aria-label={t.currentRoles}>
                  {heldIds.map((id) => (
                    <li key={id} {...part('role-chip')}>
                      <bdi>{nameOf(id)}</bdi>
                    </li>
                  ))}
                </ul>
              ) : (
                <span {...part('empty')}>{t.noRolesHeld}</span>
              )}
            </div>
            {allRoles.length > 0 && (
              <RoleSearch value={search} onChange={setSearch} shown={visibleRoles.length} total={allRoles.length} part={part} messages={t} format={format} />
            )}
            <fieldset {...part('fieldset')} disabled={staged.isSaving} aria-busy={staged.isSaving || held.isPending || undefined}>
              <legend {...part('legend')}>{legend}</legend>
              {!allRoles.length ? (
                <p {...part('empty')}>{t.noRolesAvailable}</p>
              ) : !visibleRoles.length ? (
                <p {...part('empty')}>{t.noMatch(search.trim())}</p>
              ) : (
                // Read-only, the list holds nothing focusable: it takes focus itself so it can be scrolled by keyboard.
                <ul {...part('list')} tabIndex={canEdit ? undefined : 0} aria-label={canEdit ? undefined : legend}>
                  {visibleRoles.map((role) => {
                    const change = isStaged ? (staged.diff.added.includes(role.id) ? 'added' : staged.diff.removed.includes(role.id) ? 'removed' : null) : null;
                    return (
                      <RoleOption
                        key={role.id}
                        role={role}
                        checked={shown.has(role.id)}
                        change={change}
                        isPending={!isStaged && immediate.pendingRoleIds.has(role.id)}
                        disabled={!canEdit}
                        group={one ? group : undefined}
                        onToggle={toggle}
                        part={part}
                        messages={t}
                      />
                    );
                  })}
                </ul>
              )}
            </fieldset>
            {error && <ErrorBanner error={error} messages={shared} format={format} />}
            {canEdit && (
              <div {...part('footer')}>
                <p role="status" {...part('status')}>
                  {statusText}
                </p>
                {isStaged && (
                  <div {...part('actions')}>
                    <Button
                      variant="primary"
                      rosterPart={part('save')}
                      // aria-disabled, not disabled: the button keeps focus once the change is saved.
                      aria-disabled={!staged.isDirty || undefined}
                      isPending={staged.isSaving}
                      onClick={() => staged.isDirty && void save()}
                    >
                      {staged.isSaving ? t.saving : t.save}
                    </Button>
                    <Button
                      rosterPart={part('cancel')}
                      aria-disabled={(!onCancel && !staged.isDirty) || staged.isSaving || undefined}
                      onClick={() => {
                        if (staged.isSaving) return;
                        if (onCancel) return onCancel();
                        staged.discard();
                        setNotice('');
                      }}
                    >
                      {onCancel ? shared.cancel : t.discardChanges}
                    </Button>
                  </div>
                )}
              </div>
            )}
          </>
        )}
      </div>
    </StylingProvider>
  );
}
