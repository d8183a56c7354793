#!/usr/bin/env node
/**
 * npm run bench — Roster's bundle cost, rendering at up to 100,000 users, interaction latency and
 * request counts, side by side with peers, in one run on this machine. Writes
 * bench/results/report.md (for people) and bench/results/report.json (every sample).
 *
 *   node bench/run.mjs                 full run (5 runs per figure, 1k/10k/100k users)
 *   node bench/run.mjs --quick         1 run, 1k and 10k users (a smoke test, not for the report)
 *   --runs=N  --sizes=1000,100000  --skip=bundle,render,interaction,managers,csv  --out=DIR
 *   --configs=roster-client,mui        only these table configurations (ids in TABLE_CONFIGS)
 *   --rerender[=DIR]                   rebuild report.md from an earlier report.json
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPages } from './lib/build-pages.mjs';
import { chromiumVersion, launchChromium, serveStatic } from './lib/browser.mjs';
import { runInteraction, runTable, TABLE_CONFIGS } from './lib/browser-bench.mjs';
import { runCsv } from './lib/csv.mjs';
import { runManagers } from './lib/managers.mjs';
import { loadEsbuild, REPO_ROOT } from './lib/bundle-size.mjs';
import { measurePeers } from './lib/peers.mjs';
import { renderReport, summarize } from './lib/report.mjs';
import { measureRoster } from './lib/roster-entries.mjs';

const BENCH = import.meta.dirname;
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const quick = Boolean(args.quick);
const runs = Number(args.runs ?? (quick ? 1 : 5));
const sizes = String(args.sizes ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
const skip = new Set(String(args.skip ?? '').split(',').filter(Boolean));
const outDir = resolve(String(args.out ?? join(BENCH, 'results')));
const INTERACTION_USERS = 10_000;
const onlyConfigs = args.configs ? new Set(String(args.configs).split(',')) : null;
const tableConfigs = onlyConfigs ? TABLE_CONFIGS.filter((c) => onlyConfigs.has(c.id)) : TABLE_CONFIGS;

const started = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

function packageVersion(dir, name) {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function git(...argv) {
  try {
    return execFileSync('git', argv, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let os = null;
  try {
    os = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?(.+?)"?$/m)?.[1] ?? null;
  } catch {}
  return {
    cpuModel: model,
    cores: cpus().length,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
    os,
    node: process.version,
    chromium: chromiumVersion(),
    playwrightCore: packageVersion(BENCH, 'playwright-core'),
    esbuild: loadEsbuild().version,
    vite: packageVersion(BENCH, 'vite'),
    react: packageVersion(BENCH, 'react'),
    loadAverageAtStart: loadavg().map((l) => +l.toFixed(2)),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedSrcFiles: Number(git('status', '--porcelain', '--', 'src')?.split('\n').filter(Boolean).length ?? 0),
  };
}

if (args.rerender) {
  // Re-summarize and re-render an earlier run's report.json (after changing the report's text).
  const dir = resolve(String(args.rerender === true ? outDir : args.rerender));
  const earlier = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  earlier.summary = summarize(earlier);
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(earlier, null, 1)}\n`);
  writeFileSync(join(dir, 'report.md'), renderReport(earlier));
  console.log(`re-rendered ${join(dir, 'report.md')}`);
  process.exit(0);
}

const report = { generatedAt: new Date().toISOString(), options: { runs, sizes, quick, skip: [...skip], configs: tableConfigs.map((c) => c.id), interactionUsers: INTERACTION_USERS }, machine: machine() };
log(`${report.machine.cpuModel}, ${report.machine.cores} cores, Node ${report.machine.node}, ${report.machine.chromium}; load ${report.machine.loadAverageAtStart.join(' ')}`);

if (!skip.has('bundle')) {
  log('bundle cost: Roster (a), (b), (c) and the dependency floor …');
  const esbuild = loadEsbuild();
  report.bundle = { roster: await measureRoster(esbuild) };
  log('bundle cost: peers …');
  report.bundle.peers = await measurePeers(esbuild, log);
}

if (['render', 'interaction', 'managers', 'csv'].some((section) => !skip.has(section))) {
  log('building the bench pages with Vite …');
  const pagesDir = await buildPages();
  const server = await serveStatic(pagesDir);
  const browser = await launchChromium();
  try {
    if (!skip.has('render')) {
      report.render = { runs: [], configs: tableConfigs };
      for (let run = 1; run <= runs; run++) {
        for (const n of sizes) {
          for (const config of tableConfigs) {
            const t0 = Date.now();
            const result = await runTable(browser, server.url, config, n);
            report.render.runs.push({ run, ...result });
            const fails = result.failures?.length ? ` — ${result.failures.join('; ')}` : '';
            log(`render run ${run}/${runs}: ${config.id} at ${n.toLocaleString('en')} users (${((Date.now() - t0) / 1000).toFixed(1)} s)${fails}`);
          }
        }
      }
    }
    if (!skip.has('interaction')) {
      report.interaction = { runs: [] };
      for (let run = 1; run <= runs; run++) {
        const result = await runInteraction(browser, server.url, INTERACTION_USERS);
        report.interaction.runs.push({ run, ...result });
        log(`interaction run ${run}/${runs}${result.failures?.length ? ` — ${result.failures.join('; ')}` : ''}`);
      }
    }
    if (!skip.has('managers')) {
      report.managers = { runs: [] };
      for (let run = 1; run <= runs; run++) {
        const result = await runManagers(browser, server.url);
        report.managers.runs.push({ run, ...result });
        log(`managers run ${run}/${runs}${result.failures?.length ? ` — ${result.failures.join('; ')}` : ''}`);
      }
    }
    if (!skip.has('csv')) {
      report.csv = { runs: [] };
      for (let run = 1; run <= runs; run++) {
        const result = await runCsv(browser, server.url);
        report.csv.runs.push({ run, ...result });
        log(`CSV and UserDetails run ${run}/${runs}${result.failures?.length ? ` — ${result.failures.join('; ')}` : ''}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

report.machine.loadAverageAtEnd = loadavg().map((l) => +l.toFixed(2));
report.durationSeconds = Math.round((Date.now() - started) / 1000);
report.summary = summarize(report);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
writeFileSync(join(outDir, 'report.md'), renderReport(report));
log(`wrote ${join(outDir, 'report.md')} and report.json in ${report.durationSeconds} s`);
for (const t of report.summary.targets) console.log(`  ${t.met === null ? '–' : t.met ? '✓' : '✗'} ${t.target}: ${t.measured}`);
