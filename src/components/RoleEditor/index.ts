export { RoleEditor, type RoleEditorProps } from './RoleEditor.js';
export type { RoleEditorPart } from './roleEditorParts.js';
export { RoleEditorDialog, type RoleEditorDialogProps } from './RoleEditorDialog.js';
export { englishRoleEditorMessages, type RoleEditorMessages } from './messages.js';
