/** react-roster: provider, hooks, components and the provider-neutral types. */
export * from './core/index.js';
export * from './react/index.js';
export * from './components/UserTable/index.js';
export * from './components/RoleEditor/index.js';
export * from './components/OrgList/index.js';
