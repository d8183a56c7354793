/** The page side of the `emulateMedia` command (test/layout/node/emulateMedia.ts). */
import { commands } from 'vitest/browser';
import type { EmulatedMedia } from './node/emulateMedia.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: EmulatedMedia) => Promise<void>;
  }
}

/** Emulates `media` while `run` runs, then puts the page back to no forced colours and a light system. */
export async function withMedia<T>(media: EmulatedMedia, run: () => Promise<T>): Promise<T> {
  await commands.emulateMedia(media);
  try {
    return await run();
  } finally {
    await commands.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  }
}
