export { UserTable, type UserTableProps, type UserTablePart, type UserTableClassNames } from './UserTable.js';
export { createUserColumnHelper, BUILT_IN_COLUMN_IDS, DEFAULT_COLUMNS, userTableFeatures, type BuiltInColumnId, type UserColumnDef, type UserTableFeatures } from './columns.js';
export { DEFAULT_USER_TABLE_QUERY, type UserTableQuery } from './userTableQuery.js';
