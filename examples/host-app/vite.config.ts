/**
 * The example host app: `npx vite --config examples/host-app/vite.config.ts` from the repository
 * root, then open http://localhost:5174.
 */
import { defineConfig } from 'vite';
import { rosterApi } from './rosterApi.js';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [rosterApi()],
  server: { port: 5174 },
  preview: { port: 5174 },
  build: { outDir: 'dist', emptyOutDir: true },
});
