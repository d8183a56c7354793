#!/usr/bin/env node
// The real-browser tests drive Debian's Chromium (never a browser Playwright downloads). This
// makes sure one is there: CHROMIUM_PATH if set, else /usr/bin/chromium, installing the Debian
// package when missing and we are root.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${path}, but nothing is there.`);
  process.exit(1);
}
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log('Chromium is missing: installing Debian’s chromium package (about 20 s)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (existsSync(path)) process.exit(0);
}
console.error(
  'The browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
