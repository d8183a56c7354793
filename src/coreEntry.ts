/**
 * react-roster/core: what server code may call. The root entry is marked 'use client' (it holds
 * the provider, hooks and components), so in a Server Component its exports are references to
 * client code, not callable. The same names here carry no directive and no React: RosterError
 * and isRosterError, the model and adapter types, response validation, cache keys and the
 * built-in messages.
 */
export * from './core/index.js';
export { englishMessages, mergeMessages, type RosterMessages, type DeepPartial } from './react/messages.js';
export { germanMessages, arabicMessages } from './react/locales/index.js';
export { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './react/retryPolicy.js';
