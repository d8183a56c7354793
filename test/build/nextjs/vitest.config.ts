/**
 * The Next.js example's end-to-end test, on its own: it installs and builds a whole app, so it
 * runs as one CI step after the library build (.ci/run), not inside `npm test`.
 * Locally: `npm run test:nextjs`.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '../../..'),
  test: {
    name: 'nextjs',
    include: ['test/build/nextjs/*.e2e.ts'],
    environment: 'node',
    // Budgets for two shared cores: npm ci, next build and a browser, each bounded.
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
