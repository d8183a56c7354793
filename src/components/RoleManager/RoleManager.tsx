import { useMemo, useRef, useState } from 'react';
import type { RosterError } from '../../core/errors.js';
import { useRosterContext } from '../../react/context.js';
import { usePermissions } from '../../react/usePermissions.js';
import { FeedbackArea, useFeedback } from '../Feedback.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { PortalTarget, StylingProvider, useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { englishRoleManagerMessages } from './messages.js';
import { OrganizationRoles } from './OrganizationRoles.js';
import { PermissionList } from './PermissionList.js';
import { RoleList } from './RoleList.js';
import { RoleManagerScopeProvider, type RoleManagerPart, type RoleManagerProps, type RoleManagerScope } from './roleManagerScope.js';
import { RoleManagerTabs, type RoleManagerTab } from './RoleManagerTabs.js';

export type { RoleManagerPart, RoleManagerProps } from './roleManagerScope.js';

type TabId = 'project' | 'organization' | 'permissions';

/**
 * Roles and what they grant, administered in one place: project-wide roles, the roles defined
 * inside an organization (where the backend scopes roles), and the permissions themselves (where
 * it lists them). Each list is searchable and paged, each role shows how many users hold it where
 * the backend counts, and only the writes the backend supports have a control.
 */
export function RoleManager(props: RoleManagerProps) {
  const { organizationId, pageSize = 25, searchDebounceMs = 250, renderFeedback } = props;
  const { adapter } = useRosterContext('RoleManager');
  const strings = useComponentMessages('RoleManager', 'roleManager', englishRoleManagerMessages);
  const { t, shared, format, locale } = strings;
  const styling = useStylingScope<RoleManagerPart>('role-manager', props);
  const { part, theme } = styling;
  const { feedback, show, dismiss } = useFeedback();
  const [error, setError] = useState<RosterError | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const permissions = usePermissions();

  const caps = adapter.capabilities;
  const hasOrganizationTab = caps.organizationRoles && caps.manage.organizationRoles;
  const tabs = useMemo(() => {
    const all: RoleManagerTab<TabId>[] = [];
    if (caps.projectRoles || !hasOrganizationTab) all.push({ id: 'project', label: t.projectTab });
    if (hasOrganizationTab) all.push({ id: 'organization', label: t.organizationTab });
    if (permissions.isSupported) all.push({ id: 'permissions', label: t.permissionsTab });
    return all;
  }, [caps.projectRoles, hasOrganizationTab, permissions.isSupported, t]);
  const [chosen, setChosen] = useState<TabId>(organizationId && hasOrganizationTab ? 'organization' : tabs[0]!.id);
  const selected = tabs.some((tab) => tab.id === chosen) ? chosen : tabs[0]!.id;

  const scope = useMemo<RoleManagerScope>(
    () => ({
      strings: { t, shared, format, locale },
      part,
      pageSize,
      announce: (text) => {
        setError(null);
        show(text);
      },
      reportError: setError,
    }),
    [t, shared, format, locale, part, pageSize, show],
  );

  return (
    <StylingProvider value={styling}>
      <RoleManagerScopeProvider value={scope}>
        <div ref={root} tabIndex={-1} {...part('root')} role="region" aria-label={t.label} data-roster-theme={theme} data-tab={selected}>
          {error && <ErrorBanner error={error} messages={shared} format={format} onRetry={() => (setError(null), root.current?.focus())} />}
          <FeedbackArea feedback={feedback} dismiss={dismiss} dismissLabel={t.dismiss} render={renderFeedback} />
          <RoleManagerTabs
            tabs={tabs}
            selected={selected}
            onSelect={(tab) => {
              setError(null);
              setChosen(tab);
            }}
          >
            {selected === 'project' && <RoleList />}
            {selected === 'organization' && <OrganizationRoles initialOrganizationId={organizationId} searchDebounceMs={searchDebounceMs} />}
            {selected === 'permissions' && <PermissionList />}
          </RoleManagerTabs>
          <PortalTarget />
        </div>
      </RoleManagerScopeProvider>
    </StylingProvider>
  );
}
