export { OrgList, type OrgListProps, type OrgListPart, type OrgListClassNames } from './OrgList.js';
export { OrgListDialog, type OrgListDialogProps, type OrgListDialogPart, type OrgListDialogClassNames } from './OrgListDialog.js';
