#!/usr/bin/env node
// Inlines src/theme/styles.css and the files it @imports into dist/styles.css, so hosts import
// one file (`react-roster/styles.css`) with no build step of their own.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const entry = resolve(import.meta.dirname, '../src/theme/styles.css');
const seen = new Set();

function inline(file) {
  if (seen.has(file)) return '';
  seen.add(file);
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_, path) => inline(resolve(dirname(file), path)));
}

const out = resolve(import.meta.dirname, '../dist/styles.css');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, inline(entry));
console.log(`dist/styles.css: ${(readFileSync(out).length / 1024).toFixed(1)} kB`);
