/**
 * RoleManager's parts, props, and what every piece of it reads from one context: its strings, its
 * part tagger, and the feedback and error channels of the root. The root provides it once so the
 * role list, the permission list and their dialogs take only what is their own as props.
 */
import { createContext, useContext } from 'react';
import type { RosterError } from '../../core/errors.js';
import type { RenderFeedback } from '../Feedback.js';
import type { ButtonPart, DialogPart, Parts, StylingProps } from '../styling.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { RoleManagerMessages } from './messages.js';

/** Every part RoleManager renders (as `role-manager-<part>`), its dialogs included. */
export type RoleManagerPart =
  | 'tabs'
  | 'tab'
  | 'panel'
  | 'toolbar'
  | 'search'
  | 'search-label'
  | 'search-input'
  | 'count'
  | 'create-button'
  | 'list'
  | 'role'
  | 'role-header'
  | 'role-name'
  | 'user-count'
  | 'pending'
  | 'role-description'
  | 'permissions'
  | 'permission-chip'
  | 'no-permissions'
  | 'actions'
  | 'edit-button'
  | 'permissions-button'
  | 'delete-button'
  | 'rename-button'
  | 'empty'
  | 'loading'
  | 'spinner'
  | 'error'
  | 'pagination'
  | 'page'
  | 'organization-picker'
  | 'organization-search'
  | 'organization-select'
  | 'organization-status'
  | 'permission'
  | 'permission-name'
  | 'permission-description'
  | 'granted-by'
  | 'form'
  | 'field'
  | 'label'
  | 'input'
  | 'field-error'
  | 'form-error'
  | 'checklist'
  | 'legend'
  | 'option'
  | 'option-label'
  | 'option-change'
  | 'option-description'
  | 'checkbox'
  | 'notice'
  | 'status'
  | 'holders'
  | 'holder'
  | 'feedback'
  | 'feedback-message'
  | 'feedback-dismiss'
  | ButtonPart
  | DialogPart
  | 'portal';

export type RoleManagerParts = Parts<RoleManagerPart>;

export interface RoleManagerProps extends StylingProps<RoleManagerPart> {
  /** Start on the organization roles tab, in this organization (where the backend scopes roles). */
  organizationId?: string;
  /** Roles (and permissions) per page; default 25. Counts are asked only for the page shown. */
  pageSize?: number;
  /** Delay before the organization picker searches; default 250 ms. */
  searchDebounceMs?: number;
  /** Replaces what the feedback area shows after a write ("Created Auditor."); it stays a live region. */
  renderFeedback?: RenderFeedback;
}

export interface RoleManagerScope {
  strings: ComponentStrings<RoleManagerMessages>;
  part: RoleManagerParts;
  pageSize: number;
  /** A write that landed, in words, for the feedback area. */
  announce: (text: string) => void;
  /** A write that failed outside a dialog (the dialogs show their own). */
  reportError: (error: RosterError) => void;
}

const RoleManagerContext = createContext<RoleManagerScope | null>(null);

export const RoleManagerScopeProvider = RoleManagerContext.Provider;

export function useRoleManagerScope(): RoleManagerScope {
  const scope = useContext(RoleManagerContext);
  if (!scope) throw new Error('Roster: a RoleManager piece was rendered outside RoleManager.');
  return scope;
}
