/**
 * One way of measuring what a library costs a host app, used by both the report (bench/run.mjs)
 * and the CI budget (bench/size-budget.mjs), so the two can never disagree:
 *
 *   esbuild bundle of an entry that imports the measured exports · ESM · minified · browser ·
 *   NODE_ENV=production · react and react-dom (and their subpaths) external · legal comments
 *   dropped · code splitting on (lazily imported chunks are counted separately) · every output
 *   file compressed on its own with zlib: gzip level 9 and brotli quality 11.
 *
 * esbuild is taken from the repository root's node_modules (Vite 8 and Storybook bring it), so
 * the CI budget needs no bench/ install.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

const requireFromRoot = createRequire(join(REPO_ROOT, 'package.json'));

export function loadEsbuild() {
  try {
    const esbuild = requireFromRoot('esbuild');
    return esbuild;
  } catch (error) {
    throw new Error(
      `esbuild was not found in ${join(REPO_ROOT, 'node_modules')} (it comes with Vite 8 and Storybook). ` +
        `Run \`npm ci\` at the repository root first. (${error.message})`,
    );
  }
}

export const REACT_EXTERNALS = ['react', 'react-dom', 'react/*', 'react-dom/*', 'scheduler'];

export function compressedSizes(bytes) {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

function sum(list) {
  return list.reduce((acc, s) => ({ min: acc.min + s.min, gzip: acc.gzip + s.gzip, brotli: acc.brotli + s.brotli }), { min: 0, gzip: 0, brotli: 0 });
}

/** Which package an input file belongs to (`src` for Roster's own source). */
function packageOf(input) {
  const path = input.replace(/\\/g, '/');
  const at = path.lastIndexOf('node_modules/');
  if (at === -1) return path.includes('/src/') || path.startsWith('src/') || path.startsWith('../src/') ? 'react-roster (src)' : path.startsWith('dist/') || path.includes('/dist/') ? 'react-roster (dist)' : path;
  const rest = path.slice(at + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

/**
 * Bundles `code` (an ES module importing what is measured, by absolute path or bare name), plus
 * optional CSS entry files (absolute paths), and returns sizes: `js` (initial chunk), `lazy` (chunks loaded by
 * dynamic import), `css`, `total` (all of them), and minified bytes per package.
 */
export async function measureBundle({ code, nodePaths = [], cssFiles = [], external = REACT_EXTERNALS, esbuild = loadEsbuild() }) {
  // An entry file (not stdin) so code splitting works. It lives in a temporary folder: bare
  // imports resolve through `nodePaths`, and imported files' own dependencies from where they are.
  const work = mkdtempSync(join(tmpdir(), 'roster-size-'));
  const resolveDir = work;
  const entry = join(work, 'entry.tsx');
  writeFileSync(entry, code);
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: resolveDir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true' },
      conditions: ['production'],
      external,
      nodePaths,
      outdir: join(work, 'out'),
      write: false,
      metafile: true,
      logLevel: 'silent',
      loader: { '.png': 'dataurl', '.svg': 'dataurl', '.woff': 'file', '.woff2': 'file', '.ttf': 'file' },
    });
    const entryOut = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint)?.[0];
    // esbuild emits a chunk for every dynamic import() it meets, even one inside code tree shaking
    // then drops (papaparse, behind the CSV import, in a bundle that never imports CSV): only
    // chunks the entry can reach, statically or by import(), are counted.
    const reachable = new Set();
    for (const queue = entryOut ? [entryOut] : []; queue.length; ) {
      const out = queue.pop();
      if (reachable.has(out)) continue;
      reachable.add(out);
      for (const { path } of result.metafile.outputs[out]?.imports ?? []) if (result.metafile.outputs[path]) queue.push(path);
    }
    const initial = [];
    const lazy = [];
    const css = [];
    const packages = {};
    /** Minified bytes per file of Roster's own source. */
    const ownFiles = {};
    for (const file of result.outputFiles) {
      const rel = relative(resolveDir, file.path).replace(/\\/g, '/');
      const meta = result.metafile.outputs[rel] ?? result.metafile.outputs[Object.keys(result.metafile.outputs).find((k) => resolve(resolveDir, k) === file.path)];
      const sizes = compressedSizes(file.contents);
      if (file.path.endsWith('.css')) css.push(sizes);
      else if (file.path.endsWith('.js') && resolve(resolveDir, entryOut ?? '') === file.path) initial.push(sizes);
      else if (file.path.endsWith('.js') && [...reachable].some((out) => resolve(resolveDir, out) === file.path)) lazy.push(sizes);
      else continue; // assets (fonts, images) are not code
      for (const [input, { bytesInOutput }] of Object.entries(meta?.inputs ?? {})) {
        const pkg = packageOf(input);
        if (pkg === 'entry.tsx') continue;
        packages[pkg] = (packages[pkg] ?? 0) + bytesInOutput;
        if (!input.includes('node_modules/')) ownFiles[input.replace(/^(\.\.\/)+(.*?\/)?(src|dist)\//, '$3/')] = bytesInOutput;
      }
    }
    for (const file of cssFiles) {
      const built = await esbuild.build({
        entryPoints: [file],
        absWorkingDir: resolveDir,
        bundle: true,
        minify: true,
        legalComments: 'none',
        write: false,
        outdir: join(work, 'out'),
        logLevel: 'silent',
        loader: { '.png': 'dataurl', '.svg': 'dataurl', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty' },
        external: ['*.woff', '*.woff2', '*.ttf'],
      });
      for (const out of built.outputFiles) if (out.path.endsWith('.css')) css.push(compressedSizes(out.contents));
    }
    const js = sum(initial);
    const lazySum = sum(lazy);
    const cssSum = sum(css);
    return {
      js,
      lazy: lazySum,
      lazyChunks: lazy.length,
      css: cssSum,
      total: sum([js, lazySum, cssSum]),
      packages: Object.fromEntries(Object.entries(packages).sort((a, b) => b[1] - a[1])),
      ownFiles: Object.fromEntries(Object.entries(ownFiles).sort((a, b) => b[1] - a[1])),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);
