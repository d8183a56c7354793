export { RoleManager, type RoleManagerProps, type RoleManagerPart } from './RoleManager.js';
export { englishRoleManagerMessages, type RoleManagerMessages } from './messages.js';
