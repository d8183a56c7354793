export { UserTable } from './UserTable.js';
export type { UserTableProps, UserTablePart } from './userTableProps.js';
export { createUserColumnHelper, BUILT_IN_COLUMN_IDS, DEFAULT_COLUMNS, userTableFeatures, type BuiltInColumnId, type UserColumnDef, type UserTableFeatures } from './columns.js';
export { DEFAULT_USER_TABLE_QUERY, type UserTableQuery } from './userTableQuery.js';
export { englishUserTableMessages, type UserTableMessages } from './messages.js';
