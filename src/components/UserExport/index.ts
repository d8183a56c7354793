export { UserExport, type UserExportProps, type UserExportPart } from './UserExport.js';
export { englishUserExportMessages, type UserExportMessages } from './messages.js';
export { USER_EXPORT_FIELDS, type UserExportField, type UserExportColumnChoice } from './exportColumns.js';
