export * from './model.js';
export * from './errors.js';
export * from './adapter.js';
export * from './validate.js';
export * from './guardAdapter.js';
export * from './cacheKeys.js';
export * from './usersQuery.js';
export * from './changes.js';
