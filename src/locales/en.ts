/** English, assembled from the shared strings and each component's own defaults; for hosts that want the whole set. */
import { englishOrgListMessages } from '../components/OrgList/messages.js';
import { englishRoleEditorMessages } from '../components/RoleEditor/messages.js';
import { englishUserTableMessages } from '../components/UserTable/messages.js';
import { englishRoleManagerMessages } from '../components/RoleManager/messages.js';
import { englishOrganizationManagerMessages } from '../components/OrganizationManager/messages.js';
import { englishUserDetailsMessages } from '../components/UserDetails/messages.js';
import { englishUserActivityMessages } from '../components/UserDetails/activityMessages.js';
import { englishUserExportMessages } from '../components/UserExport/messages.js';
import { englishUserImportMessages } from '../components/UserImport/messages.js';
import { englishSharedMessages, type RosterMessages } from '../react/messages.js';

export const englishMessages: RosterMessages = {
  ...englishSharedMessages,
  userTable: englishUserTableMessages,
  roleEditor: englishRoleEditorMessages,
  orgList: englishOrgListMessages,
  roleManager: englishRoleManagerMessages,
  organizationManager: englishOrganizationManagerMessages,
  userDetails: englishUserDetailsMessages,
  userActivity: englishUserActivityMessages,
  userExport: englishUserExportMessages,
  userImport: englishUserImportMessages,
};
