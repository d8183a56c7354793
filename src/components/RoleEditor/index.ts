export { RoleEditor, type RoleEditorProps, type RoleEditorPart, type RoleEditorClassNames } from './RoleEditor.js';
export { RoleEditorDialog, type RoleEditorDialogProps, type RoleEditorDialogPart, type RoleEditorDialogClassNames } from './RoleEditorDialog.js';
