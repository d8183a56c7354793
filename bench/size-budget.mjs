#!/usr/bin/env node
/**
 * CI size budget: bundles (a) useUsers + RosterProvider and (c) all components + provider +
 * memory adapter + CSS exactly as the bench report does (bench/lib/bundle-size.mjs), prints the
 * figures with the targets (8 KB and 55 KB gzip), and exits 1 when a size exceeds its CI budget
 * (lib/roster-entries.mjs: today's size plus headroom, lowered as sizes come down). Needs only the repository's own
 * node_modules (esbuild is a root dev dependency), no bench/ install; reads src/, so it
 * does not need `npm run build` either. Run from anywhere: `node bench/size-budget.mjs`.
 * `--warn-only` prints the same verdict but exits 0 (for CI while a known overrun is being fixed).
 * `--why` adds where each entry's bytes go: minified bytes per package and Roster's largest files.
 */
import { kb, loadEsbuild, measureBundle } from './lib/bundle-size.mjs';
import { BUDGETS, TARGETS, rosterEntries } from './lib/roster-entries.mjs';

let esbuild;
try {
  esbuild = loadEsbuild();
} catch (error) {
  console.error(`size budget: ${error.message}`);
  process.exit(2);
}

const { entries, notes } = rosterEntries();
let failed = false;
console.log(`Bundle size budgets (esbuild ${esbuild.version}; minified ESM, react/react-dom external, gzip -9; KB = 1,024 bytes)`);
for (const note of notes) console.log(`  note: ${note}`);
for (const key of ['a', 'c']) {
  const entry = entries[key];
  const size = await measureBundle({ code: entry.code, cssFiles: entry.cssFiles, esbuild });
  const budget = BUDGETS[key];
  const ok = size.total.gzip <= budget;
  if (!ok) failed = true;
  const css = size.css.gzip ? ` (JS ${kb(size.js.gzip + size.lazy.gzip)} + CSS ${kb(size.css.gzip)})` : '';
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${entry.label}: ${kb(size.total.gzip)} KB gzip${css}, ${kb(size.total.brotli)} KB brotli, ${kb(size.total.min)} KB minified — budget ${kb(budget)} KB${ok ? '' : `, over by ${kb(size.total.gzip - budget)} KB`}; target ${kb(TARGETS[key])} KB${size.total.gzip > TARGETS[key] ? ` (missed by ${kb(size.total.gzip - TARGETS[key])} KB)` : ' (met)'}`,
  );
  if (process.argv.includes('--why')) {
    const list = (bytesBy, n) => Object.entries(bytesBy).slice(0, n).map(([name, bytes]) => `${name} ${bytes.toLocaleString('en')}`).join(', ');
    console.log(`       minified bytes by package: ${list(size.packages, 8)}`);
    console.log(`       Roster's largest files: ${list(size.ownFiles, 12)}`);
  }
}
if (failed) {
  console.log('Size budget exceeded. Where the bytes go: `npm run bench` (bench/results/report.md, section 1).');
  process.exit(process.argv.includes('--warn-only') ? 0 : 1);
}
console.log('Size budgets met.');
