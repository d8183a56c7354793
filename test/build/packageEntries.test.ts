// @vitest-environment node
/**
 * The built package as Next.js sees it: the client entry starts with 'use client', every other
 * entry carries no directive, imports no React and loads under the `react-server` condition, and
 * what server code may call (errors and messages) is importable from react-roster/core
 * as the very same objects the root entry exports.
 *
 * The library is built here, with the repository's own vite.config.ts, into a temporary package
 * (package.json + dist/) instead of ./dist: the test then checks the sources as they are now, runs
 * alone (`npx vitest run test/build`) and never rebuilds ./dist under anything else reading it.
 * The type declarations are left to `publint` and `attw`, which CI runs on the packed package.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
/** Entries with React in them; everything else must be importable from server code. */
const CLIENT_SUBPATHS = ['.'];
const SERVER_SUBPATHS = Object.keys(pkg.exports).filter((s) => !CLIENT_SUBPATHS.includes(s) && s !== './package.json' && !s.endsWith('.css'));
/** Bare imports that would pull React into a server graph (or fail under `react-server`). */
const REACT_PACKAGES = /^(react|react-dom|swr|@radix-ui\/|@tanstack\/react-)/;

let packageDir = '';

/** The built file a subpath resolves to by default (Node's conditions, no `browser`). */
function entryFile(subpath: string): string {
  const target = (pkg.exports as Record<string, string | { default: string }>)[subpath]!;
  return join(packageDir, typeof target === 'string' ? target : target.default);
}

/** Runs an ES module snippet in a fresh Node from inside the built package, as `import … from 'react-roster…'`. */
async function node(code: string, conditions: string[] = []): Promise<string> {
  const args = [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', code];
  const { stdout } = await run(process.execPath, args, { cwd: packageDir });
  return stdout.trim();
}

/** Every built file an entry loads, following its static relative imports, and the bare ones. */
function importGraph(file: string, seen = new Set<string>(), bare = new Set<string>()) {
  if (seen.has(file)) return { files: seen, bare };
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?["']([^"']+)["']/g)) {
    if (specifier!.startsWith('.')) importGraph(resolve(dirname(file), specifier!), seen, bare);
    else bare.add(specifier!);
  }
  return { files: seen, bare };
}

const startsWithUseClient = (file: string) => /^\s*["']use client["'];?/.test(readFileSync(file, 'utf8'));

beforeAll(async () => {
  packageDir = mkdtempSync(join(tmpdir(), 'roster-package-'));
  cpSync(join(ROOT, 'package.json'), join(packageDir, 'package.json'));
  // Dependencies (react, swr, msw…) resolve from the repository's own install.
  symlinkSync(join(ROOT, 'node_modules'), join(packageDir, 'node_modules'), 'dir');
  await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', join(packageDir, 'dist'), '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT });
}, 180_000);

afterAll(() => {
  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
});

describe("'use client' directives", () => {
  it.each(CLIENT_SUBPATHS)('the client entry "%s" starts with the directive', (subpath) => {
    expect(startsWithUseClient(entryFile(subpath))).toBe(true);
  });

  it.each(SERVER_SUBPATHS)('"%s" carries none', (subpath) => {
    expect(startsWithUseClient(entryFile(subpath))).toBe(false);
  });

  it('the shared chunks carry none: only an entry is a client boundary', () => {
    const entries = new Set([...CLIENT_SUBPATHS, ...SERVER_SUBPATHS].map(entryFile));
    const chunks = [...importGraph(entryFile('.')).files].filter((file) => !entries.has(file));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(startsWithUseClient(chunk), chunk).toBe(false);
  });
});

describe('entries without React', () => {
  it.each(SERVER_SUBPATHS)('"%s" imports no React, not even through a shared chunk', (subpath) => {
    const { bare } = importGraph(entryFile(subpath));
    expect([...bare].filter((specifier) => REACT_PACKAGES.test(specifier))).toEqual([]);
  });

  it.each(SERVER_SUBPATHS.map((subpath) => `react-roster${subpath.slice(1)}`))('%s loads under the react-server condition', async (name) => {
    const exported = JSON.parse(await node(`const m = await import('${name}'); console.log(JSON.stringify(Object.keys(m)));`, ['react-server']));
    expect(exported.length).toBeGreaterThan(0);
  });

  it('the root entry, by contrast, needs a client (it is what the directive hands to the browser bundle)', () => {
    const { bare } = importGraph(entryFile('.'));
    expect([...bare]).toEqual(expect.arrayContaining(['react', 'swr']));
  });
});

describe('server-safe helpers', () => {
  it('react-roster/core gives server code working errors and messages under react-server', async () => {
    const out = await node(
      [
        "import { RosterError, isRosterError, englishMessages, germanMessages } from 'react-roster/core';",
        "const error = new RosterError('not_found', { status: 404 });",
        'console.log(JSON.stringify({',
        '  isRosterError: isRosterError(error), code: error.code, message: error.message,',
        '  loading: englishMessages.loading,',
        '  german: germanMessages.status.disabled,',
        '}));',
      ].join('\n'),
      ['react-server'],
    );
    expect(JSON.parse(out)).toEqual({ isRosterError: true, code: 'not_found', message: 'The item was not found.', loading: 'Loading…', german: 'Deaktiviert' });
  });

  it('every export of react-roster/core is the same object from the root entry: one name per concept', async () => {
    const out = await node(
      [
        "const core = await import('react-roster/core');",
        "const root = await import('react-roster');",
        'const differ = Object.keys(core).filter((name) => core[name] !== root[name]);',
        "console.log(JSON.stringify({ differ, count: Object.keys(core).length, provider: typeof root.RosterRemoteProvider }));",
      ].join('\n'),
    );
    const result = JSON.parse(out);
    expect(result.differ).toEqual([]);
    expect(result.count).toBeGreaterThanOrEqual(5);
    expect(result.provider).toBe('function');
  });
});
