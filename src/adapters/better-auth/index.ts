export { createBetterAuthAdapter, type BetterAuthAdapterOptions } from './betterAuthAdapter.js';
export { createBetterAuthAuthenticate, type BetterAuthAuthenticateOptions } from './authenticate.js';
export type { BetterAuthAuth } from './types.js';
