import type { Organization } from '../../core/model.js';
import { useUserCount } from '../../react/useUserCount.js';
import { Button } from '../primitives/Button.js';
import { Spinner } from '../primitives/Spinner.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { OrganizationManagerMessages } from './messages.js';
import type { OrganizationManagerParts } from './organizationManagerProps.js';

export interface OrganizationRowProps {
  organization: Organization;
  /** A change to it is on its way to the backend; the row already shows it. */
  isPending: boolean;
  canEdit: boolean;
  canDelete: boolean;
  strings: ComponentStrings<OrganizationManagerMessages>;
  part: OrganizationManagerParts;
  onOpen: (organization: Organization, button: HTMLElement) => void;
  onEdit: (organization: Organization, button: HTMLElement) => void;
  onDelete: (organization: Organization, button: HTMLElement) => void;
}

/**
 * One organization: its name, its member count where the backend can count without reading every
 * user (said nothing about otherwise, rather than guessed), its domains, and what can be done with
 * it. Every button names the organization, since a screen reader may reach it out of the row.
 */
export function OrganizationRow({ organization, isPending, canEdit, canDelete, strings, part, onOpen, onEdit, onDelete }: OrganizationRowProps) {
  const { t, format } = strings;
  const { id, name, domains } = organization;
  const { count } = useUserCount({ organizationId: id });
  return (
    <li {...part('item')} data-organization-id={id} data-pending={isPending || undefined} aria-busy={isPending || undefined}>
      <div {...part('summary')}>
        <bdi {...part('name')}>{name}</bdi>
        {isPending && (
          <span {...part('saving')}>
            <Spinner rosterPart={part('spinner')} />
            <VisuallyHidden>{t.saving}</VisuallyHidden>
          </span>
        )}
        {count !== null && <span {...part('member-count')}>{t.memberCount(count, format)}</span>}
      </div>
      {domains.length > 0 && (
        <ul {...part('domains')} aria-label={t.domainsOf(name)}>
          {domains.map((domain) => (
            <li key={domain} {...part('domain')}>
              <bdi>{domain}</bdi>
            </li>
          ))}
        </ul>
      )}
      <div {...part('actions')}>
        <Button size="sm" rosterPart={part('members-button')} aria-label={t.membersOf(name)} onClick={(event) => onOpen(organization, event.currentTarget)}>
          {t.members}
        </Button>
        {canEdit && (
          <Button size="sm" rosterPart={part('edit-button')} aria-label={t.editOrganization(name)} aria-haspopup="dialog" onClick={(event) => onEdit(organization, event.currentTarget)}>
            {t.edit}
          </Button>
        )}
        {canDelete && (
          <Button
            size="sm"
            variant="ghost"
            rosterPart={part('delete-button')}
            aria-label={t.deleteOrganization(name)}
            aria-haspopup="dialog"
            // A delete waits for the backend: not while a change to the same organization is on its way.
            disabled={isPending}
            onClick={(event) => onDelete(organization, event.currentTarget)}
          >
            {t.delete}
          </Button>
        )}
      </div>
    </li>
  );
}
