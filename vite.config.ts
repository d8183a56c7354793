/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import pkg from './package.json' with { type: 'json' };
import { rosterMatrixCommands, rosterMatrixNodeSide } from './test/matrix/node/vitePlugin.js';
import { emulateMedia } from './test/layout/node/emulateMedia.js';
import { lowerStyles } from './test/theme/node/lowerStyles.js';

const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];

/**
 * `react-roster/...` as the package's own entry points, resolved to their sources: stories, tests
 * and the example app import what a host imports, so nothing leans on a file that is not public.
 * Derived from package.json's `exports`, so an entry that is not exported cannot be imported.
 */
const packageAliases = Object.entries(pkg.exports as Record<string, string | { types?: string; default?: string }>).flatMap(([subpath, target]) => {
  const name = subpath === '.' ? 'react-roster' : `react-roster/${subpath.slice(2)}`;
  if (typeof target === 'object' && target.types) {
    const source = target.types.replace(/^\.\/dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts');
    return [{ find: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`), replacement: resolve(import.meta.dirname, source) }];
  }
  return [];
});
const cssAliases = [
  { find: /^react-roster\/styles\.css$/, replacement: resolve(import.meta.dirname, 'src/theme/styles.css') },
  { find: /^react-roster\/themes\/(.*)\.css$/, replacement: resolve(import.meta.dirname, 'src/theme/themes/$1.css') },
];

/**
 * Entries that hold React code. Vite drops 'use client' from sources, so the directive is added to
 * these built entries instead: a Server Component importing one gets client references. The
 * others (adapters, server, testing, core) carry none and import under `react-server`.
 */
const CLIENT_ENTRIES = new Set(['index']);

/** A fresh object for each Vitest browser project; sharing one mislabels the projects. */
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig({
  resolve: { alias: [...cssAliases, ...packageAliases] },
  // Pre-bundled up front: when Vite discovers a dependency mid-run in the browser projects it
  // reloads the page, and the test running at that moment fails on a fresh machine.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react-dom/server',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'swr',
      '@tanstack/react-table',
      '@radix-ui/react-dialog',
      // Imported lazily by the CSV import; listed so the browser projects never reload when they first meet it.
      'papaparse',
      '@testing-library/react',
      '@testing-library/jest-dom/vitest',
      'msw',
      'msw/browser',
    ],
  },
  build: {
    // public/ holds MSW's service worker for the browser tests and Storybook, not for the package.
    copyPublicDir: false,
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        core: resolve(import.meta.dirname, 'src/coreEntry.ts'),
        'adapter-kit': resolve(import.meta.dirname, 'src/adapterKit.ts'),
        memory: resolve(import.meta.dirname, 'src/adapters/memory/index.ts'),
        ssojet: resolve(import.meta.dirname, 'src/adapters/ssojet/index.ts'),
        descope: resolve(import.meta.dirname, 'src/adapters/descope/index.ts'),
        auth0: resolve(import.meta.dirname, 'src/adapters/auth0/index.ts'),
        'better-auth': resolve(import.meta.dirname, 'src/adapters/better-auth/index.ts'),
        clerk: resolve(import.meta.dirname, 'src/adapters/clerk/index.ts'),
        workos: resolve(import.meta.dirname, 'src/adapters/workos/index.ts'),
        remote: resolve(import.meta.dirname, 'src/adapters/remote/index.ts'),
        server: resolve(import.meta.dirname, 'src/server/index.ts'),
        // What `react-roster/server` resolves to in a browser bundle: it throws, saying why.
        'server.browser': resolve(import.meta.dirname, 'src/server/browser.ts'),
        testing: resolve(import.meta.dirname, 'src/testing/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: {
        banner: (chunk) => (chunk.isEntry && CLIENT_ENTRIES.has(chunk.name) ? "'use client';" : ''),
      },
    },
  },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/report.json' }]],
    // A budget, not a speed claim: on CI's two shared cores a jsdom table test that takes 3–4 s
    // when the machine is quiet can take twice that, and its outcome must not depend on it.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup/jsdom.ts'],
          globals: true,
        },
      },
      {
        extends: true,
        // The matrix's Node side (test/matrix): Roster's handler over Descope with a management key,
        // served same-origin to the page by this project's dev server, and commands to reset and read it.
        plugins: [rosterMatrixNodeSide()],
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup/browser.ts'],
          globals: true,
          // emulateMedia: forced colours and the system colour scheme, for the layout and theme tests;
          // lowerStyles: the shipped CSS as a host's Vite build rewrites it.
          browser: { ...chromium(), commands: { ...rosterMatrixCommands, emulateMedia, lowerStyles } },
        },
      },
      {
        // Every story rendered in Chromium, its play function run and axe checked.
        extends: true,
        plugins: [storybookTest({ configDir: resolve(import.meta.dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: chromium(),
          setupFiles: ['test/setup/storybook.ts'],
          // Stories on a server-side adapter start it in Node first (better-auth opens a WASM
          // Postgres: seconds on a quiet machine, far more on two shared cores). A budget, not a speed claim.
          testTimeout: 90_000,
        },
      },
    ],
  },
});
