export { UserDetails, type UserDetailsProps, type UserDetailsPart } from './UserDetails.js';
export { UserDetailsDialog, type UserDetailsDialogProps } from './UserDetailsDialog.js';
export { englishUserDetailsMessages, type UserDetailsMessages, type VerifiedContact } from './messages.js';
