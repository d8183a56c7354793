/**
 * examples/nextjs as CI runs it: installed from its own lock file (react-roster comes from the
 * repository's built dist/ as a packed copy), built with `next build`, started with `next start`
 * on 127.0.0.1 and a free port. Each step is timed; the client bundle is measured afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const REPO = resolve(import.meta.dirname, '../../..');
export const EXAMPLE = join(REPO, 'examples/nextjs');
const NEXT_BIN = join(EXAMPLE, 'node_modules/next/dist/bin/next');
// No NODE_ENV: npm ci would leave out the dev dependencies (TypeScript), and next sets its own.
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Runs a command to completion, its output passed through; rejects on a non-zero exit. Returns seconds taken. */
export function step(command: string, args: string[], cwd: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolveStep, reject) => {
    const child = spawn(command, args, { cwd, env: ENV, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolveStep((performance.now() - started) / 1000);
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code ?? signal}`));
    });
  });
}

export const install = () => step('npm', ['ci', '--no-audit', '--no-fund'], EXAMPLE);
export const build = () => step(process.execPath, [NEXT_BIN, 'build'], EXAMPLE);

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface RunningApp {
  origin: string;
  stop(): Promise<void>;
}

/** `next start` on 127.0.0.1; resolves once it answers, within a generous, bounded wait. */
export async function start(): Promise<RunningApp> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Its own process group, so stopping it ends any worker it starts, and nothing else.
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: EXAMPLE, env: ENV, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    const gone = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
    if (!exited) process.kill(-child.pid, 'SIGKILL');
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`${origin}/api/roster/capabilities`);
      if (response.status === 401) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`next start did not answer on ${origin} within 60 s${exited ? ' (it exited)' : ''}`);
}

export interface BundleFigures {
  /** Every client chunk / loads that Next's own 404 page does not: Roster and its dependencies. */
  roster: { files: string[]; bytes: number; gzip: number };
  /** What every page of this app loads anyway: React, React DOM and Next's runtime. */
  framework: { bytes: number; gzip: number };
  css: { bytes: number; gzip: number };
}

const chunksIn = (html: string, pattern: RegExp) => new Set([...html.matchAll(pattern)].map((m) => m[0]));
function sizes(files: Iterable<string>) {
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const path = join(EXAMPLE, '.next', file);
    bytes += statSync(path).size;
    gzip += gzipSync(readFileSync(path), { level: 9 }).length;
  }
  return { bytes, gzip };
}

/** Compares the chunks the Roster page references (HTML and flight data) with the 404 page's. */
export function measureClientBundle(rosterPageHtml: string, notFoundHtml: string): BundleFigures {
  const js = /static\/chunks\/[\w.-]+\.js/g;
  const page = chunksIn(rosterPageHtml, js);
  const baseline = chunksIn(notFoundHtml, js);
  const extra = [...page].filter((f) => !baseline.has(f));
  const css = chunksIn(rosterPageHtml, /static\/chunks\/[\w.-]+\.css/g);
  return { roster: { files: extra, ...sizes(extra) }, framework: sizes(baseline), css: sizes(css) };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
