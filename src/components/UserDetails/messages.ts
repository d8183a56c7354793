/** UserDetails's strings (`messages.userDetails`), in English; German and Arabic are in src/locales. */

/** The contact a verification flag is about. */
export type VerifiedContact = 'email' | 'phone';

export interface UserDetailsMessages {
  /** Accessible name of the component's region while the user is not known yet. */
  label: string;
  /** Accessible name of the region once the user has loaded. */
  labelFor: (name: string) => string;
  dialogTitle: string;
  dialogTitleFor: (name: string) => string;
  dialogDescription: string;

  /** The header's facts. */
  createdLabel: string;
  lastSignInLabel: string;
  neverSignedIn: string;
  /** The header's badges, one per contact. */
  verifiedBadge: (contact: VerifiedContact, verified: boolean) => string;

  profileHeading: string;
  givenNameLabel: string;
  familyNameLabel: string;
  nameLabel: string;
  phoneLabel: string;
  pictureLabel: string;
  pictureHint: string;
  /** The picture address typed is not an https address. */
  pictureHttps: string;
  attributesHeading: string;
  noAttributes: string;
  /** Under an attribute the admin may read and not change. */
  readOnly: string;
  numberInvalid: string;
  dateInvalid: string;
  /** A field the identity provider refused; its own words are never shown. */
  fieldRejected: string;
  /** A value that is not plain text (an object, a list of values, too long to edit) is shown as text. */
  showAll: string;
  showLess: string;
  /** What an empty value reads as, in fields and in the conflict view. */
  noValue: string;
  yes: string;
  no: string;
  /** A list attribute's input and buttons. */
  listAddLabel: (attribute: string) => string;
  listAdd: string;
  listRemove: (item: string, attribute: string) => string;
  save: string;
  /** Drops the unsaved edits of the form. */
  undo: string;
  saved: (name: string) => string;

  conflictTitle: string;
  conflictDescription: string;
  conflictMine: string;
  conflictTheirs: string;
  keepMine: string;
  takeTheirs: string;

  verificationHeading: string;
  emailLabel: string;
  verified: string;
  unverified: string;
  markVerified: (contact: VerifiedContact, verified: boolean) => string;
  verificationSaved: (name: string, contact: VerifiedContact, verified: boolean) => string;

  invitationHeading: string;
  invitationSentLabel: string;
  invitedByLabel: string;
  invitationUnknown: string;
  resend: string;
  resent: (name: string) => string;
  revoke: string;
  revokeTitle: (name: string) => string;
  revokeDescription: string;
  revokeConfirm: string;
  revoked: (name: string) => string;

  rolesHeading: string;
  organizationsHeading: string;
  activityHeading: string;

  notFound: string;
  notFoundByEmail: (email: string) => string;
  lookupUnsupported: string;

  discardTitle: string;
  discardDescription: string;
  discardChanges: string;
  keepEditing: string;
  dismiss: string;
}

const contactName = (contact: VerifiedContact) => (contact === 'email' ? 'email address' : 'phone number');

export const englishUserDetailsMessages: UserDetailsMessages = {
  label: 'User details',
  labelFor: (name) => `Details of ${name}`,
  dialogTitle: 'User details',
  dialogTitleFor: (name) => `Details — ${name}`,
  dialogDescription: 'Profile, verification, roles, organizations and activity of this user.',

  createdLabel: 'Created',
  lastSignInLabel: 'Last sign-in',
  neverSignedIn: 'Never',
  verifiedBadge: (contact, verified) => `${contact === 'email' ? 'Email' : 'Phone'} ${verified ? 'verified' : 'not verified'}`,

  profileHeading: 'Profile',
  givenNameLabel: 'Given name',
  familyNameLabel: 'Family name',
  nameLabel: 'Display name',
  phoneLabel: 'Phone',
  pictureLabel: 'Picture URL',
  pictureHint: 'An https:// address of an image.',
  pictureHttps: 'Use an address that starts with https://.',
  attributesHeading: 'Custom attributes',
  noAttributes: 'No custom attributes.',
  readOnly: 'Read only',
  numberInvalid: 'Enter a number.',
  dateInvalid: 'Enter a date.',
  fieldRejected: 'The identity provider did not accept this value.',
  showAll: 'Show all',
  showLess: 'Show less',
  noValue: 'Not set',
  yes: 'Yes',
  no: 'No',
  listAddLabel: (attribute) => `Add to ${attribute}`,
  listAdd: 'Add',
  listRemove: (item, attribute) => `Remove ${item} from ${attribute}`,
  save: 'Save profile',
  undo: 'Undo changes',
  saved: (name) => `Saved the profile of ${name}.`,

  conflictTitle: 'Someone else changed this user while you were editing.',
  conflictDescription: 'Nothing was saved. Keep your values, or take the ones saved meanwhile.',
  conflictMine: 'Yours',
  conflictTheirs: 'Saved meanwhile',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',

  verificationHeading: 'Verification',
  emailLabel: 'Email',
  verified: 'Verified',
  unverified: 'Not verified',
  markVerified: (contact, verified) => `Mark ${contact === 'email' ? 'email' : 'phone'} ${verified ? 'verified' : 'unverified'}`,
  verificationSaved: (name, contact, verified) => `The ${contactName(contact)} of ${name} is now marked ${verified ? 'verified' : 'unverified'}.`,

  invitationHeading: 'Invitation',
  invitationSentLabel: 'Sent',
  invitedByLabel: 'Invited by',
  invitationUnknown: 'The identity provider does not say when or by whom it was sent.',
  resend: 'Resend invitation',
  resent: (name) => `Sent the invitation to ${name} again.`,
  revoke: 'Revoke invitation',
  revokeTitle: (name) => `Revoke the invitation of ${name}?`,
  revokeDescription: 'They are removed from the directory and can no longer accept it.',
  revokeConfirm: 'Revoke invitation',
  revoked: (name) => `Revoked the invitation of ${name}.`,

  rolesHeading: 'Roles',
  organizationsHeading: 'Organizations',
  activityHeading: 'Activity',

  notFound: 'This user does not exist, or no longer does.',
  notFoundByEmail: (email) => `No user has the email address ${email}.`,
  lookupUnsupported: 'This identity provider cannot look users up by email address.',

  discardTitle: 'Discard changes?',
  discardDescription: 'The profile has changes that are not saved. Closing drops them.',
  discardChanges: 'Discard changes',
  keepEditing: 'Keep editing',
  dismiss: 'Dismiss',
};
