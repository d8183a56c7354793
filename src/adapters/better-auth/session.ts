/** What every part of the adapter shares once better-auth's context has resolved. */
import type { KeyedQueue } from '../../core/keyedQueue.js';
import type { Schema } from './database.js';
import type { BetterAuthAuth, BetterAuthContext } from './types.js';

export interface AdapterRuntime {
  auth: BetterAuthAuth;
  context: BetterAuthContext;
  schema: Schema;
  /** Serializes read-modify-writes of one user's role list (better-auth stores it as one string). */
  queue: KeyedQueue;
}
