import { memo, useId, useRef, useState, type FormEvent } from 'react';
import { holdsOneRole } from '../../core/adapter.js';
import { isRosterError, RosterError } from '../../core/errors.js';
import type { Membership, Organization } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { OrgListMessages } from './messages.js';
import { useOrganizations } from '../../react/useOrganizations.js';
import { useRoles } from '../../react/useRoles.js';
import type { UseUserMembershipsResult } from '../../react/useUserMemberships.js';
import { Button } from '../primitives/Button.js';
import { Checkbox } from '../primitives/Checkbox.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { Spinner } from '../primitives/Spinner.js';
import { DialogTrigger } from '../DialogTrigger.js';
import { chooseRole } from '../roleChoice.js';
import { useDebouncedValue } from '../useDebouncedValue.js';
import { useTriggerFocusReturn } from '../useTriggerFocusReturn.js';
import type { OrgListParts } from './OrgList.js';

/** How many organizations the picker lists at once; searching narrows the rest. */
const PICKER_PAGE_SIZE = 20;

export interface AddToOrganizationDialogProps {
  strings: ComponentStrings<OrgListMessages>;
  memberships: readonly Membership[];
  add: NonNullable<UseUserMembershipsResult['addUserMembership']>;
  onAdded: (organization: Pick<Organization, 'id' | 'name'>) => void;
  part: OrgListParts;
  searchDebounceMs: number;
}

/**
 * "Add to organization": search the organizations the user is not in, pick one, choose the roles
 * to grant there, Add. Waits for the backend before closing, so a failure is shown next to the
 * choices it concerns instead of being lost with the dialog. Memoized: closed, it renders nothing
 * new when OrgList renders for a change elsewhere.
 */
export const AddToOrganizationDialog = memo(function AddToOrganizationDialog(props: AddToOrganizationDialogProps) {
  const { part, strings } = props;
  const { t } = strings;
  const [open, setOpen] = useState(false);
  const focus = useTriggerFocusReturn();
  return (
    <>
      <DialogTrigger isOpen={open} focus={focus} onOpen={() => setOpen(true)}>
        <Button variant="primary" size="sm" rosterPart={part('add-button')}>
          {t.add}
        </Button>
      </DialogTrigger>
      <DialogFrame
        open={open}
        dialogPart="picker"
        onOpenChange={setOpen}
        title={t.add}
        description={t.addDescription}
        onCloseAutoFocus={focus.onCloseAutoFocus}
      >
        <OrganizationPicker {...props} onDone={() => setOpen(false)} />
      </DialogFrame>
    </>
  );
});

function OrganizationPicker({ strings, memberships, add, onAdded, part, searchDebounceMs, onDone }: AddToOrganizationDialogProps & { onDone: () => void }) {
  const { adapter } = useRosterContext('OrgList');
  const { t, shared, format } = strings;
  const id = useId();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search, searchDebounceMs);
  const organizations = useOrganizations({ search: settled, page: { size: PICKER_PAGE_SIZE } });
  const [picked, setPicked] = useState<Pick<Organization, 'id' | 'name'> | null>(null);
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const [error, setError] = useState<RosterError | null>(null);
  const [isPending, setPending] = useState(false);
  const sending = useRef(false);

  const joined = new Set(memberships.map((m) => m.organization.id));
  const page = organizations.data;
  const candidates = page?.items.filter((o) => !joined.has(o.id)) ?? [];
  const canGrantRoles = adapter.capabilities.organizationRoles;
  // One role per membership: a role must be picked (required, none preselected: no role is granted by default).
  const one = canGrantRoles && holdsOneRole(adapter, picked?.id);
  const ready = picked && (!one || roleIds.length > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || sending.current) return;
    sending.current = true;
    setPending(true);
    setError(null);
    try {
      await add(picked, { roleIds });
      onAdded(picked);
      onDone();
    } catch (e) {
      setError(isRosterError(e) ? e : new RosterError('server', { cause: e }));
    } finally {
      sending.current = false;
      setPending(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={isPending || undefined}>
      <div {...part('picker-search')}>
        <label htmlFor={`${id}-search`} {...part('picker-search-label')}>
          {t.searchLabel}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          {...part('picker-search-input', 'roster-input')}
          value={search}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
          // Enter in the search means "search", never "add the organization picked earlier".
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
      </div>
      {organizations.error && <ErrorBanner error={organizations.error} messages={shared} format={format} onRetry={() => void organizations.refresh()} />}
      {!page && !organizations.error && (
        <p role="status" {...part('picker-status')}>
          <Spinner rosterPart={part('spinner')} /> {shared.loading}
        </p>
      )}
      {page && (
        <fieldset {...part('picker-organizations')} aria-busy={organizations.isPreviousData || undefined}>
          <legend {...part('picker-legend')}>{t.organizationLabel}</legend>
          {candidates.length ? (
            candidates.map((org) => (
              <label key={org.id} {...part('picker-option')} data-selected={picked?.id === org.id ? '' : undefined}>
                <input
                  type="radio"
                  name={`${id}-organization`}
                  value={org.id}
                  checked={picked?.id === org.id}
                  onChange={() => {
                    setPicked({ id: org.id, name: org.name });
                    setRoleIds([]);
                  }}
                />
                <bdi>{org.name}</bdi>
              </label>
            ))
          ) : (
            <p {...part('picker-empty')}>{page.items.length ? t.allJoined : t.noOrganizations}</p>
          )}
          {page.total !== null && page.total > page.items.length && (
            <p role="status" {...part('picker-status')}>
              {t.moreResults(page.items.length, page.total, format)}
            </p>
          )}
        </fieldset>
      )}
      {canGrantRoles && picked && <RolesToGrant strings={strings} organization={picked} roleIds={roleIds} onChange={setRoleIds} one={one} part={part} />}
      {error && <ErrorBanner error={error} messages={shared} format={format} />}
      <div {...part('dialog-footer', 'roster-dialog-footer')}>
        <Button rosterPart={part('button')} onClick={onDone} disabled={isPending}>
          {shared.cancel}
        </Button>
        <Button type="submit" variant="primary" rosterPart={part('button')} isPending={isPending} aria-disabled={!ready || undefined}>
          {t.add}
        </Button>
      </div>
    </form>
  );
}

interface RolesToGrantProps {
  strings: ComponentStrings<OrgListMessages>;
  organization: Pick<Organization, 'id' | 'name'>;
  roleIds: string[];
  onChange: (roleIds: string[]) => void;
  /** A member holds exactly one role there: radios, one of them required. */
  one: boolean;
  part: OrgListParts;
}

function RolesToGrant({ strings, organization, roleIds, onChange, one, part }: RolesToGrantProps) {
  const { t, shared, format } = strings;
  const group = useId();
  const roles = useRoles({ organizationId: organization.id });
  return (
    <fieldset {...part('picker-roles')}>
      <legend {...part('picker-legend')}>{(one ? t.roleToGrant : t.rolesToGrant)(organization.name)}</legend>
      {roles.error && <ErrorBanner error={roles.error} messages={shared} format={format} onRetry={() => void roles.refresh()} />}
      {!roles.data && !roles.error && (
        <p role="status" {...part('picker-status')}>
          <Spinner rosterPart={part('spinner')} /> {shared.loading}
        </p>
      )}
      {roles.data && !roles.data.length && <p {...part('picker-empty')}>{t.noRolesToGrant}</p>}
      {roles.data?.map((role) => (
        <label key={role.id} {...part('picker-role')}>
          <Checkbox
            rosterPart={part('checkbox')}
            type={one ? 'radio' : undefined}
            name={group}
            required={one}
            checked={roleIds.includes(role.id)}
            onChange={(e) => onChange(chooseRole(roleIds, role.id, e.target.checked, one))}
          />
          <bdi>{role.name}</bdi>
        </label>
      ))}
    </fieldset>
  );
}
