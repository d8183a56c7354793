export { UserImport, type UserImportProps, type UserImportPart } from './UserImport.js';
export { englishUserImportMessages, type UserImportMessages } from './messages.js';
