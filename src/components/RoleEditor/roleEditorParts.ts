import type { ButtonPart, DialogPart, Parts } from '../styling.js';

/** Every part RoleEditor and RoleEditorDialog render (as `role-editor-<part>`), dialogs included. */
export type RoleEditorPart =
  | 'notice'
  | 'current'
  | 'current-label'
  | 'role-chips'
  | 'role-chip'
  | 'search'
  | 'search-label'
  | 'search-input'
  | 'count'
  | 'fieldset'
  | 'legend'
  | 'list'
  | 'role'
  | 'role-body'
  | 'role-label'
  | 'role-name'
  | 'role-change'
  | 'role-description'
  | 'permissions'
  | 'permission'
  | 'checkbox'
  | 'empty'
  | 'loading'
  | 'spinner'
  | 'error'
  | 'footer'
  | 'status'
  | 'actions'
  | 'save'
  | 'cancel'
  | ButtonPart
  | DialogPart
  | 'close-button'
  | 'portal';

/** The part tagger RoleEditor hands to its pieces. */
export type RoleEditorParts = Parts<RoleEditorPart>;
