import { createElement, useEffect, useId, useRef } from 'react';
import type { Organization } from '../../core/model.js';
import { Button } from '../primitives/Button.js';
import { UserTable } from '../UserTable/UserTable.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { OrganizationManagerMessages } from './messages.js';
import type { OrganizationManagerParts, OrganizationManagerProps } from './organizationManagerProps.js';

export interface OrganizationMembersProps extends Pick<OrganizationManagerProps, 'userTableProps'> {
  organization: Organization;
  headingLevel: NonNullable<OrganizationManagerProps['headingLevel']>;
  onBack: () => void;
  strings: ComponentStrings<OrganizationManagerMessages>;
  part: OrganizationManagerParts;
}

/**
 * One organization's members: UserTable scoped to it, under a heading that names it and a Back
 * button. The heading takes focus as the view opens, so a screen reader says where the admin is.
 */
export function OrganizationMembers({ organization, headingLevel, onBack, userTableProps, strings, part }: OrganizationMembersProps) {
  const { t } = strings;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section {...part('detail')} aria-labelledby={`${id}-heading`}>
      <div {...part('detail-header')}>
        <Button size="sm" rosterPart={part('back-button')} onClick={onBack}>
          {t.back}
        </Button>
        {createElement(`h${headingLevel}`, { ref: heading, id: `${id}-heading`, tabIndex: -1, ...part('heading') }, <bdi>{t.membersHeading(organization.name)}</bdi>)}
      </div>
      <UserTable {...userTableProps} organizationId={organization.id} />
    </section>
  );
}
