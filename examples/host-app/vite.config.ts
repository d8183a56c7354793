/**
 * The example host app: `npm run example` from the repository root, then open
 * http://localhost:5174. It runs on better-auth over a PGlite database in ./.data (created and
 * seeded on first start; `ROSTER_EXAMPLE_RESEED=1 npm run example` seeds it afresh).
 *
 * `react-roster/*` resolve to the source entry points, so the example compiles against the public
 * entries, as a host app would against the package.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { exampleServer } from './exampleServer.js';

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export default defineConfig({
  root: import.meta.dirname,
  plugins: [exampleServer()],
  resolve: {
    // Most specific first: `react-roster` alone would also match `react-roster/server`.
    alias: [
      { find: /^react-roster\/better-auth$/, replacement: src('adapters/better-auth/index.ts') },
      { find: /^react-roster\/server$/, replacement: src('server/index.ts') },
      { find: /^react-roster\/remote$/, replacement: src('adapters/remote/index.ts') },
      { find: /^react-roster\/styles\.css$/, replacement: src('theme/styles.css') },
      { find: /^react-roster$/, replacement: src('index.ts') },
    ],
  },
  server: { port: 5174, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
