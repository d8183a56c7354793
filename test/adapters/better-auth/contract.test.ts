// @vitest-environment node
// The adapter refuses to start where `window` exists: this file runs in plain Node.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createBetterAuthAdapter } from '../../../src/adapters/better-auth/index.js';
import { defineAdapterContract } from '../../../src/testing/index.js';
import { openBetterAuthDatabase, type BetterAuthDatabase } from './fixture.js';

let database: BetterAuthDatabase;

// PGlite compiles Postgres to WebAssembly on start: seconds on a busy machine, once per file.
beforeAll(async () => {
  database = await openBetterAuthDatabase();
}, 120_000);
afterAll(() => database?.close());

defineAdapterContract({ describe, it }, {
  name: 'better-auth adapter on real better-auth (PGlite)',
  createAdapter: async () => {
    await database.reset();
    return createBetterAuthAdapter({ auth: database.auth });
  },
});
