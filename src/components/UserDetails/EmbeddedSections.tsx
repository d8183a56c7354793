/**
 * The sections that embed Roster's other components for this user: RoleEditor, OrgList and
 * UserActivity. Each keeps its own strings, parts and dialogs; UserDetails gives it a heading and
 * passes its `unstyled` and `theme` on (through the styling context).
 */
import { userDetailsAvailable } from '../../core/userDetails.js';
import { useRosterContext } from '../../react/context.js';
import { OrgList } from '../OrgList/OrgList.js';
import { RoleEditor } from '../RoleEditor/RoleEditor.js';
import { Section } from './Section.js';
import { UserActivity } from './UserActivity.js';
import { useUserDetailsScope, type UserDetailsProps } from './userDetailsScope.js';

export interface EmbeddedSectionsProps extends Pick<UserDetailsProps, 'organizationId' | 'roleEditorClassNames' | 'orgListClassNames'> {
  userId: string;
  userName: string;
  onRolesDirtyChange: (isDirty: boolean) => void;
}

export function EmbeddedSections({ userId, userName, organizationId, roleEditorClassNames, orgListClassNames, onRolesDirtyChange }: EmbeddedSectionsProps) {
  const { t } = useUserDetailsScope().strings;
  const { adapter } = useRosterContext('UserDetails');
  const caps = adapter.capabilities;
  // As the table's row menu: not project-wide where roles are held per organization only (OrgList edits those).
  const hasRoles = Boolean(organizationId) || caps.projectRoles || !caps.organizationRoles;
  return (
    <>
      {hasRoles && (
        <Section name="roles" title={t.rolesHeading}>
          <RoleEditor userId={userId} organizationId={organizationId} classNames={roleEditorClassNames} onDirtyChange={onRolesDirtyChange} />
        </Section>
      )}
      <Section name="organizations" title={t.organizationsHeading} isLandmark={false}>
        <OrgList userId={userId} userName={userName} classNames={orgListClassNames} roleEditorClassNames={roleEditorClassNames} />
      </Section>
      {userDetailsAvailable(adapter).activity && (
        <Section name="activity" title={t.activityHeading} isLandmark={false}>
          {(headingId) => <UserActivity userId={userId} aria-labelledby={headingId} />}
        </Section>
      )}
    </>
  );
}
