/**
 * A browser command for the `browser` Vitest project (vite.config.ts): Playwright's media emulation,
 * so layout tests can check forced colours (Windows High Contrast) and a dark system scheme in real
 * Chromium. It runs in Node, on the Playwright page that holds the test's iframe; emulation applies
 * to every frame of that page.
 */
import type { BrowserCommand } from 'vitest/node';

export interface EmulatedMedia {
  forcedColors?: 'active' | 'none';
  colorScheme?: 'light' | 'dark' | 'no-preference';
}

export const emulateMedia: BrowserCommand<[EmulatedMedia]> = async (context, media) => {
  if (!('page' in context)) throw new Error('emulateMedia needs the Playwright provider.');
  await context.page.emulateMedia(media);
};
