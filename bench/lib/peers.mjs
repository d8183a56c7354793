/**
 * The peers' bundle cost, measured exactly like Roster's (lib/bundle-size.mjs), from their npm
 * packages installed as bench/ dev dependencies. Each entry is the peer's user-management
 * component plus the provider it needs to render, the way its docs show it; CSS is counted where
 * the docs tell hosts to import a stylesheet. Code a peer fetches from its CDN at run time is
 * measured separately from the npm package that CDN serves, fetched with `npm pack`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { compressedSizes, measureBundle } from './bundle-size.mjs';

const BENCH = resolve(import.meta.dirname, '..');
const NODE_MODULES = join(BENCH, 'node_modules');
const requireFromBench = createRequire(join(BENCH, 'package.json'));

function version(pkg) {
  try {
    return JSON.parse(readFileSync(join(NODE_MODULES, pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

export const PEERS = [
  {
    id: 'descope',
    name: 'Descope',
    pkg: '@descope/react-sdk',
    what: 'AuthProvider + UserManagement',
    code: `export { AuthProvider, UserManagement } from '@descope/react-sdk';`,
    cdn: {
      pkg: '@descope/web-components-ui',
      // The widget asks its project config for a components version and injects
      // descopecdn.com/npm/@descope/web-components-ui@<version>/dist/umd/index.js; that file then
      // loads one chunk per web component the widget's screens use.
      entry: 'dist/umd/index.js',
      chunksDir: 'dist/umd',
      note: 'Descope’s widgets inject @descope/web-components-ui from descopecdn.com (version from the project config; latest npm version measured). The widget’s screens (HTML templates) also come from static.descope.com per project and cannot be measured from npm.',
    },
  },
  {
    id: 'workos',
    name: 'WorkOS',
    pkg: '@workos-inc/widgets',
    what: 'WorkOsWidgets + UsersManagement (+ peers @radix-ui/themes, @tanstack/react-query, swr)',
    code: `export { WorkOsWidgets, UsersManagement } from '@workos-inc/widgets';`,
    css: ['@radix-ui/themes/styles.css', '@workos-inc/widgets/styles.css'],
  },
  {
    id: 'clerk',
    name: 'Clerk',
    pkg: '@clerk/clerk-react',
    what: 'ClerkProvider + OrganizationProfile',
    code: `export { ClerkProvider, OrganizationProfile } from '@clerk/clerk-react';`,
    cdn: {
      pkg: '@clerk/clerk-js@5',
      entry: 'dist/clerk.browser.js',
      chunksDir: 'dist',
      chunkPattern: /_clerk\.browser_.*\.js$/,
      note: 'ClerkProvider injects clerk.browser.js from the instance’s Frontend API (/npm/@clerk/clerk-js@5/dist/clerk.browser.js); all UI, OrganizationProfile included, lives there and in its lazily loaded chunks.',
    },
  },
  {
    id: 'stytch',
    name: 'Stytch',
    pkg: '@stytch/react',
    what: 'StytchB2BProvider + StytchB2BClient + AdminPortalMemberManagement',
    code: `export { StytchB2BProvider, StytchB2BClient } from '@stytch/react/b2b';\nexport { AdminPortalMemberManagement } from '@stytch/react/b2b/adminPortal';`,
  },
  {
    id: 'react-admin',
    name: 'react-admin',
    pkg: 'react-admin',
    what: 'AdminContext + List + Datagrid + TextField (+ MUI, Emotion, react-query, react-router)',
    code: `export { AdminContext, List, Datagrid, TextField } from 'react-admin';`,
  },
  {
    id: 'mui-x',
    name: 'MUI X DataGrid (free)',
    pkg: '@mui/x-data-grid',
    what: 'DataGrid (+ @mui/material, Emotion) — a generic grid, no user management',
    code: `export { DataGrid } from '@mui/x-data-grid';`,
  },
];

/** `npm pack` of the package a peer loads from its CDN, unpacked under bench/.cache/cdn. */
function fetchCdnPackage(spec) {
  const dir = join(BENCH, '.cache', 'cdn', spec.replace(/[@/]/g, '_'));
  const pkgDir = join(dir, 'package');
  if (existsSync(join(pkgDir, 'package.json'))) return pkgDir;
  mkdirSync(dir, { recursive: true });
  const out = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
  const tarball = out.trim().split('\n').pop();
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
  return pkgDir;
}

function measureCdn(cdn) {
  const pkgDir = fetchCdnPackage(cdn.pkg);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const entry = compressedSizes(readFileSync(join(pkgDir, cdn.entry)));
  const dir = join(pkgDir, cdn.chunksDir);
  const chunks = readdirSync(dir)
    .filter((f) => f.endsWith('.js') && join(cdn.chunksDir, f) !== cdn.entry && (!cdn.chunkPattern || cdn.chunkPattern.test(f)) && statSync(join(dir, f)).isFile())
    .map((f) => compressedSizes(readFileSync(join(dir, f))));
  const all = chunks.reduce((a, s) => ({ min: a.min + s.min, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { ...entry });
  return { pkg: `${manifest.name}@${manifest.version}`, entryFile: cdn.entry, entry, chunkCount: chunks.length, withAllChunks: all, note: cdn.note };
}

export async function measurePeers(esbuild, log = () => {}) {
  const results = [];
  for (const peer of PEERS) {
    const row = { id: peer.id, name: peer.name, pkg: peer.pkg, version: version(peer.pkg), what: peer.what };
    log(`  ${peer.name} …`);
    try {
      if (!row.version) throw new Error(`${peer.pkg} is not installed in bench/node_modules`);
      const cssFiles = (peer.css ?? []).map((spec) => requireFromBench.resolve(spec));
      Object.assign(row, await measureBundle({ code: peer.code, nodePaths: [NODE_MODULES], cssFiles, esbuild }));
      row.css_files = peer.css ?? [];
    } catch (error) {
      row.error = String(error.message ?? error).split('\n').slice(0, 6).join(' ');
    }
    if (peer.cdn) {
      try {
        row.cdn = measureCdn(peer.cdn);
      } catch (error) {
        row.cdn = { pkg: peer.cdn.pkg, error: String(error.message ?? error).split('\n')[0], note: peer.cdn.note };
      }
    }
    results.push(row);
  }
  return results;
}
