/**
 * Builds the bench pages with Vite: production React, minified, into bench/.cache/pages. The
 * interaction page is built apart with React's profiling build (react-dom/profiling), so its
 * <Profiler> reports commit times; the timed table pages use the plain production build.
 */
import { resolve } from 'node:path';
import { build } from 'vite';

const BENCH = resolve(import.meta.dirname, '..');
const PAGES = resolve(BENCH, 'pages');
export const PAGES_OUT = resolve(BENCH, '.cache/pages');

function config(names, { profiling = false, empty = false } = {}) {
  return {
    configFile: false,
    root: PAGES,
    logLevel: 'error',
    resolve: {
      // Roster's source resolves its own dependencies from the repository's node_modules; React
      // must be one copy for everything on the page.
      dedupe: ['react', 'react-dom'],
      alias: profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [],
    },
    build: {
      outDir: PAGES_OUT,
      emptyOutDir: empty,
      target: 'es2022',
      sourcemap: false,
      // esbuild keeps light-dark() as written, as every browser the bench runs reads it; Lightning
      // CSS would rewrite it into var() pairs (harmless since tokens.css resolves colours on roots,
      // but not what earlier reports measured).
      cssMinify: 'esbuild',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        input: Object.fromEntries(names.map((name) => [name, resolve(PAGES, `${name}.html`)])),
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  };
}

export async function buildPages() {
  await build(config(['roster', 'react-admin', 'mui', 'managers', 'csv', 'details'], { empty: true }));
  await build(config(['interaction'], { profiling: true }));
  return PAGES_OUT;
}
