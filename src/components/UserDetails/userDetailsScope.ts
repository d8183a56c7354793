/**
 * UserDetails's parts, props, and what every section of it reads from one context: its strings,
 * its part tagger, its date formats, its heading level and the root's feedback channel. The root
 * provides it once, so the header, the profile form and the other sections take only their own
 * data as props.
 */
import { createContext, useContext } from 'react';
import type { User } from '../../core/model.js';
import type { RenderFeedback } from '../Feedback.js';
import type { OrgListPart } from '../OrgList/OrgList.js';
import type { RoleEditorPart } from '../RoleEditor/roleEditorParts.js';
import type { ButtonPart, DialogPart, Parts, StylingProps } from '../styling.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { UserDetailsMessages } from './messages.js';

/** Every part UserDetails renders (as `user-details-<part>`), its dialogs included. */
export type UserDetailsPart =
  | 'header'
  | 'avatar'
  | 'identity'
  | 'name'
  | 'email'
  | 'status-badge'
  | 'badges'
  | 'badge'
  | 'facts'
  | 'fact'
  | 'text'
  | 'missing'
  | 'section'
  | 'heading'
  | 'form'
  | 'fields'
  | 'field'
  | 'label'
  | 'input'
  | 'select'
  | 'checkbox'
  | 'field-hint'
  | 'field-error'
  | 'form-error'
  | 'form-footer'
  | 'save'
  | 'attributes'
  | 'legend'
  | 'attribute'
  | 'value'
  | 'value-full'
  | 'show-all'
  | 'list'
  | 'list-item'
  | 'list-remove'
  | 'list-add'
  | 'conflict'
  | 'conflict-list'
  | 'conflict-item'
  | 'conflict-field'
  | 'conflict-values'
  | 'conflict-actions'
  | 'verification'
  | 'verification-item'
  | 'invitation'
  | 'loading'
  | 'spinner'
  | 'not-found'
  | 'error'
  | 'feedback'
  | 'feedback-message'
  | 'feedback-dismiss'
  | ButtonPart
  | DialogPart
  | 'portal';

export type UserDetailsParts = Parts<UserDetailsPart>;

export interface UserDetailsProps extends StylingProps<UserDetailsPart> {
  /** The user to show. Give this or `email`. */
  userId?: string;
  /** Finds the user by email address (compared without case) where `userId` is not known. */
  email?: string;
  /** Roles are shown and edited inside this organization (as in a UserTable scoped to it). */
  organizationId?: string;
  /** The level of the sections' headings, to fit the host's outline; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Replaces what the feedback area shows after a write ("Saved the profile of Zo."); it stays a live region. */
  renderFeedback?: RenderFeedback;
  /** After the profile was saved, with the user as the backend now holds it. */
  onSaved?: (user: User) => void;
  /** The user is gone (an invitation was revoked). */
  onDeleted?: (user: User) => void;
  /** Whether the profile or the roles hold changes not saved yet; for "leave without saving?" prompts. */
  onDirtyChange?: (isDirty: boolean) => void;
  /** Classes for the parts of the embedded role editor. */
  roleEditorClassNames?: StylingProps<RoleEditorPart>['classNames'];
  /** Classes for the parts of the embedded organization list. */
  orgListClassNames?: StylingProps<OrgListPart>['classNames'];
}

export interface UserDetailsScope {
  strings: ComponentStrings<UserDetailsMessages>;
  part: UserDetailsParts;
  /** A date, or a date and time; null for a missing or unreadable one. */
  formatDate: (iso: string | null | undefined) => string | null;
  formatDateTime: (iso: string | null | undefined) => string | null;
  /** A calendar day (`2023-03-01`, as a date attribute holds it), the same day in every time zone. */
  formatDay: (day: string) => string | null;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** A write that landed (or failed outside a form), in words, for the feedback area. */
  announce: (text: string, tone?: 'success' | 'error') => void;
}

const UserDetailsContext = createContext<UserDetailsScope | null>(null);

export const UserDetailsScopeProvider = UserDetailsContext.Provider;

export function useUserDetailsScope(): UserDetailsScope {
  const scope = useContext(UserDetailsContext);
  if (!scope) throw new Error('Roster: a UserDetails piece was rendered outside UserDetails.');
  return scope;
}
