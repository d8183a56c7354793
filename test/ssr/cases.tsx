/**
 * What is server-rendered, in Node (serverRender.test.tsx) and then hydrated in Chromium
 * (hydration.browser.test.tsx): every component, and the dialogs closed, inside a provider.
 */
import type { ReactElement } from 'react';
import { generateDirectory } from '../../src/adapters/memory/index.js';
import { OrgList, OrgListDialog } from '../../src/components/OrgList/index.js';
import { OrganizationManager } from '../../src/components/OrganizationManager/index.js';
import { RoleEditor, RoleEditorDialog } from '../../src/components/RoleEditor/index.js';
import { RoleManager } from '../../src/components/RoleManager/index.js';
import { UserTable } from '../../src/components/UserTable/index.js';
import { UserDetails, UserDetailsDialog } from '../../src/components/UserDetails/index.js';
import { UserExport } from '../../src/components/UserExport/index.js';
import { UserImport } from '../../src/components/UserImport/index.js';
import { UserActivity } from '../../src/components/UserDetails/UserActivity.js';

export const directory = generateDirectory({ seed: 5, userCount: 40, organizationCount: 4 });
const member = directory.users.find((u) => (u.memberships?.length ?? 0) >= 1 && u.status === 'active')!;
const organizationId = member.memberships![0]!.organization.id;
const signedIn = directory.users.find((u) => u.lastLoginAt)!;

export interface SsrCase {
  name: string;
  element: ReactElement;
  /** The markup the loading state must show on the server. */
  loadingMarkup: string;
  /** A CSS selector that matches once the data has arrived in the browser. */
  loadedSelector: string;
}

export const SSR_CASES: SsrCase[] = [
  {
    name: 'UserTable',
    element: <UserTable />,
    loadingMarkup: 'data-roster-part="user-table-skeleton-row"',
    loadedSelector: '[data-roster-part="user-table-row"]',
  },
  {
    name: 'UserTable of one organization',
    element: <UserTable organizationId={organizationId} />,
    loadingMarkup: 'data-roster-part="user-table-skeleton-row"',
    loadedSelector: '[data-roster-part="user-table-row"]',
  },
  {
    name: 'RoleEditor',
    element: <RoleEditor userId={member.id} />,
    loadingMarkup: 'data-roster-part="role-editor-loading"',
    loadedSelector: '[data-roster-part="role-editor-role"]',
  },
  {
    name: 'RoleEditor in an organization',
    element: <RoleEditor userId={member.id} organizationId={organizationId} />,
    loadingMarkup: 'data-roster-part="role-editor-loading"',
    loadedSelector: '[data-roster-part="role-editor-role"]',
  },
  {
    name: 'OrgList',
    element: <OrgList userId={member.id} />,
    loadingMarkup: 'data-roster-part="org-list-loading"',
    loadedSelector: '[data-roster-part="org-list-item"]',
  },
  {
    name: 'RoleManager',
    element: <RoleManager />,
    loadingMarkup: 'data-roster-part="role-manager-loading"',
    loadedSelector: '[data-roster-part="role-manager-role"]',
  },
  {
    name: 'OrganizationManager',
    element: <OrganizationManager />,
    loadingMarkup: 'data-roster-part="organization-manager-loading"',
    loadedSelector: '[data-roster-part="organization-manager-item"]',
  },
  {
    name: 'UserActivity',
    element: <UserActivity userId={signedIn.id} />,
    loadingMarkup: 'data-roster-part="user-activity-loading"',
    loadedSelector: '[data-roster-part="user-activity-entry"]',
  },
  {
    name: 'RoleEditorDialog (closed)',
    element: <RoleEditorDialog userId={member.id} trigger={<button type="button">Edit roles</button>} />,
    loadingMarkup: 'aria-haspopup="dialog"',
    loadedSelector: 'button[aria-haspopup="dialog"]',
  },
  {
    name: 'OrgListDialog (closed)',
    element: <OrgListDialog userId={member.id} trigger={<button type="button">Organizations</button>} />,
    loadingMarkup: 'aria-haspopup="dialog"',
    loadedSelector: 'button[aria-haspopup="dialog"]',
  },
  {
    name: 'UserDetails',
    element: <UserDetails userId={member.id} />,
    loadingMarkup: 'data-roster-part="user-details-loading"',
    loadedSelector: '[data-roster-part="user-details-header"]',
  },
  {
    name: 'UserDetailsDialog (closed)',
    element: <UserDetailsDialog userId={member.id} trigger={<button type="button">Details</button>} />,
    loadingMarkup: 'aria-haspopup="dialog"',
    loadedSelector: 'button[aria-haspopup="dialog"]',
  },
  {
    name: 'UserExport (closed)',
    element: <UserExport />,
    loadingMarkup: 'data-roster-part="user-export-trigger"',
    loadedSelector: '[data-roster-part="user-export-trigger"]',
  },
  {
    name: 'UserImport (closed)',
    element: <UserImport />,
    loadingMarkup: 'data-roster-part="user-import-open-button"',
    loadedSelector: '[data-roster-part="user-import-open-button"]',
  },
];
