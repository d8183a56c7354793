/**
 * react-roster: provider, hooks, components and the provider-neutral types. Built with a
 * 'use client' directive (vite.config.ts); what server code may call is in react-roster/core.
 */
export * from './core/index.js';
export * from './react/index.js';
export { RosterRemoteProvider, type RosterRemoteProviderProps } from './react/RosterRemoteProvider.js';
export * from './components/UserTable/index.js';
export * from './components/RoleEditor/index.js';
export * from './components/OrgList/index.js';
