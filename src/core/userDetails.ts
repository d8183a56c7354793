/**
 * One user, whole: what an adapter declares in `capabilities.details` beyond the user record —
 * lookup by email, activity, verification, invitations, the custom attributes' definitions — and
 * the check the hooks and components run before they show a control: the flag and the method.
 */
import type { AdapterMethodName, RosterAdapter } from './adapter.js';

export interface UserDetailsCapabilities {
  /** `getUserByEmail` finds a user by email address with the backend's own lookup. */
  lookupByEmail: boolean;
  /** `listUserActivity` reads the user's sign-ins and the changes made to the account. */
  activity: boolean;
  /**
   * `listUserActivity` itself lists each change written through this adapter (updateUser, a status,
   * roles, memberships…) as a `change` event, as the backend records it. True for the memory
   * directory and Descope's audit search; false where the activity holds sign-ins only (SSOJet's
   * login logs). A server handler with an audit trail reads it to show each change once: behind a
   * backend that records changes, the trail's events, which name the admin who made the change,
   * take the place of the backend's. Never true without `activity`.
   */
  activityIncludesChanges: boolean;
  /** `setUserVerified` marks the email address verified or unverified. */
  verifyEmail: boolean;
  /** `setUserVerified` marks the phone number verified or unverified. */
  verifyPhone: boolean;
  /** `resendInvitation` sends an invited user's invitation again. */
  resendInvitation: boolean;
  /** `revokeInvitation` withdraws an invitation; the invited user is removed. */
  revokeInvitation: boolean;
  /** `listAttributeDefinitions` reports the custom attributes' keys, types and editability. */
  attributeDefinitions: boolean;
}

export type UserDetailsFlag = keyof UserDetailsCapabilities;

export const USER_DETAILS_FLAGS: readonly UserDetailsFlag[] = [
  'lookupByEmail',
  'activity',
  'activityIncludesChanges',
  'verifyEmail',
  'verifyPhone',
  'resendInvitation',
  'revokeInvitation',
  'attributeDefinitions',
];

/** An adapter that offers nothing beyond the user record. */
export const NO_DETAILS: UserDetailsCapabilities = Object.freeze({
  lookupByEmail: false,
  activity: false,
  activityIncludesChanges: false,
  verifyEmail: false,
  verifyPhone: false,
  resendInvitation: false,
  revokeInvitation: false,
  attributeDefinitions: false,
});

/** Each flag's method. */
const METHOD_OF: Record<UserDetailsFlag, AdapterMethodName> = {
  lookupByEmail: 'getUserByEmail',
  activity: 'listUserActivity',
  activityIncludesChanges: 'listUserActivity',
  verifyEmail: 'setUserVerified',
  verifyPhone: 'setUserVerified',
  resendInvitation: 'resendInvitation',
  revokeInvitation: 'revokeInvitation',
  attributeDefinitions: 'listAttributeDefinitions',
};

export const USER_DETAILS_WRITE_METHODS = ['setUserVerified', 'resendInvitation', 'revokeInvitation'] as const satisfies readonly AdapterMethodName[];
export const USER_DETAILS_READ_METHODS = ['getUserByEmail', 'listUserActivity', 'listAttributeDefinitions'] as const satisfies readonly AdapterMethodName[];

/** What the adapter offers of each: declared, and its method there. */
export function userDetailsAvailable(adapter: RosterAdapter): UserDetailsCapabilities {
  const declared = adapter.capabilities.details;
  const out = { ...NO_DETAILS };
  for (const flag of USER_DETAILS_FLAGS) out[flag] = declared[flag] === true && typeof adapter[METHOD_OF[flag]] === 'function';
  // What the activity holds means nothing where there is no activity to read.
  out.activityIncludesChanges &&= out.activity;
  return out;
}
