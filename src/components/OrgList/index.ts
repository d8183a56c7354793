export { OrgList, type OrgListProps, type OrgListPart } from './OrgList.js';
export { OrgListDialog, type OrgListDialogProps } from './OrgListDialog.js';
export { englishOrgListMessages, type OrgListMessages } from './messages.js';
