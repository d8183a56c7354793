export { OrganizationManager, type OrganizationManagerProps, type OrganizationManagerPart } from './OrganizationManager.js';
export { englishOrganizationManagerMessages, type OrganizationManagerMessages } from './messages.js';
