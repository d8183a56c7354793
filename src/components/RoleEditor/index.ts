export { RoleEditor, type RoleEditorProps, type RoleEditorPart } from './RoleEditor.js';
export { RoleEditorDialog, type RoleEditorDialogProps } from './RoleEditorDialog.js';
export { englishRoleEditorMessages, type RoleEditorMessages } from './messages.js';
