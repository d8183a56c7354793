/** OrganizationManager's props, parts and the one dialog it shows at a time. */
import type { Organization } from '../../core/model.js';
import type { RenderFeedback } from '../Feedback.js';
import type { ButtonPart, DialogPart, Parts, StylingProps } from '../styling.js';
import type { UserTableProps } from '../UserTable/userTableProps.js';

/** Every part OrganizationManager renders (as `organization-manager-<part>`), its dialogs included. */
export type OrganizationManagerPart =
  | 'list-view'
  | 'toolbar'
  | 'search'
  | 'search-label'
  | 'search-input'
  | 'create-button'
  | 'status'
  | 'loading'
  | 'spinner'
  | 'empty'
  | 'no-match'
  | 'list'
  | 'item'
  | 'summary'
  | 'name'
  | 'saving'
  | 'member-count'
  | 'domains'
  | 'domain'
  | 'actions'
  | 'members-button'
  | 'edit-button'
  | 'delete-button'
  | 'pagination'
  | 'page'
  | 'form'
  | 'field'
  | 'field-hint'
  | 'field-error'
  | 'input'
  | 'textarea'
  | 'confirm-field'
  | 'detail'
  | 'detail-header'
  | 'heading'
  | 'back-button'
  | 'feedback'
  | 'feedback-message'
  | 'feedback-dismiss'
  | 'error'
  | ButtonPart
  | DialogPart
  | 'portal';

export type OrganizationManagerParts = Parts<OrganizationManagerPart>;

export interface OrganizationManagerProps extends StylingProps<OrganizationManagerPart> {
  /** Organizations per page; default 20. */
  pageSize?: number;
  /** Delay before the search is sent; default 300 ms. */
  searchDebounceMs?: number;
  /** The level of the members view's heading, to fit the host's outline; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Props for the members table of an opened organization (its `organizationId` is set here). */
  userTableProps?: Omit<UserTableProps, 'organizationId'>;
  onOrganizationCreated?: (organization: Organization) => void;
  onOrganizationDeleted?: (organization: Organization) => void;
  /** Draws the result of a write instead of Roster's feedback area; the announcement stays Roster's. */
  renderFeedback?: RenderFeedback;
}

/** What the create and edit form holds. */
export interface OrganizationDraft {
  name: string;
  /** The domains field as typed. */
  domainsText: string;
}

/** Errors on the form's fields, in the admin's language. */
export interface OrganizationFormErrors {
  name?: string;
  domains?: string;
}

/** The dialog open now; one at a time. */
export type OrganizationDialog =
  | { kind: 'create' }
  /** `draft` and `errors` bring back a change the backend refused after the dialog had closed. */
  | { kind: 'edit'; organization: Organization; draft?: OrganizationDraft; errors?: OrganizationFormErrors }
  /** `returnFocus` is the row's Delete button: the neighbouring rows are found from it. */
  | { kind: 'delete'; organization: Organization; returnFocus: HTMLElement | null };
