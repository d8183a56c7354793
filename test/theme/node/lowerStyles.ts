/**
 * A browser command for the `browser` Vitest project (vite.config.ts): Roster's shipped CSS
 * (styles.css and the brands) built the way a host's Vite build treats it, with Vite's own
 * defaults: Lightning CSS minifying for the default browser targets, which rewrites light-dark()
 * into variables that only an element declaring color-scheme sets. Next.js's Turbopack does the
 * same. Returns the CSS, styles first, brands after, as a host would import them.
 */
import { resolve } from 'node:path';
import type { BrowserCommand } from 'vitest/node';

const root = resolve(import.meta.dirname, '../../..');
const entries = { styles: 'src/theme/styles.css', compact: 'src/theme/themes/compact.css', rounded: 'src/theme/themes/rounded.css' };

export const lowerStyles: BrowserCommand<[]> = async () => {
  const { build } = await import('vite');
  const input = Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, resolve(root, path)]));
  // configFile: false, so nothing of this project's own config (its aliases, its plugins) takes part: only Vite's defaults.
  const result = await build({ configFile: false, root, logLevel: 'silent', build: { write: false, rollupOptions: { input } } });
  const files = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  return Object.keys(entries).map((name) => {
    const file = files.find((f) => f.type === 'asset' && f.fileName.endsWith('.css') && f.names.includes(`${name}.css`));
    if (!file || file.type !== 'asset') throw new Error(`lowerStyles: Vite built no CSS for ${name}`);
    return String(file.source);
  }).join('\n');
};
