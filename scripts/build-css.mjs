#!/usr/bin/env node
// Inlines src/theme/styles.css and the files it @imports into dist/styles.css, so hosts import
// one file (`react-roster/styles.css`) with no build step of their own.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const entry = resolve(import.meta.dirname, '../src/theme/styles.css');
const seen = new Set();

function inline(file) {
  if (seen.has(file)) return '';
  seen.add(file);
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_, path) => inline(resolve(dirname(file), path)));
}

function write(from, to) {
  seen.clear();
  const out = resolve(import.meta.dirname, '../dist', to);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, inline(from));
  console.log(`dist/${to}: ${(readFileSync(out).length / 1024).toFixed(1)} kB`);
}

write(entry, 'styles.css');
// Example themes, built from tokens only: `import 'react-roster/themes/compact.css'`.
const themes = resolve(import.meta.dirname, '../src/theme/themes');
for (const file of readdirSync(themes).filter((f) => f.endsWith('.css'))) write(resolve(themes, file), `themes/${file}`);
