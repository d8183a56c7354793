/**
 * react-roster/core: what server code may import. The root entry is marked 'use client' (it holds
 * the provider, hooks and components), so in a Server Component its exports are references to
 * client code, not callable. The same names here carry no directive and no React: the model, the
 * adapter contract, RosterError and isRosterError, and the built-in messages.
 */
export type * from './modelTypes.js';
export { RosterError, isRosterError, type RosterErrorCode, type RosterErrorJson } from './core/errors.js';
export type { RosterMessages, SharedMessages, RosterFormat, DeepPartial } from './react/messages.js';
export { englishMessages, germanMessages, arabicMessages } from './locales/index.js';
