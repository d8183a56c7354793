import { defineMain } from '@storybook/react-vite/node';

export default defineMain({
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Serves MSW's service worker, for stories that run the IdP emulators over real HTTP.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Tailwind only for the story that styles Roster with Tailwind classes alone; it generates
  // just the utilities that story uses (see stories/customization/tailwind.css).
  // The Node side of server-side adapters (test/matrix/node): stories on Auth0, Clerk, WorkOS and
  // better-auth reach createRosterHandler over them on this dev server, as a host's browser would.
  async viteFinal(config) {
    const { default: tailwindcss } = await import('@tailwindcss/vite');
    const { rosterMatrixNodeSide } = await import('../test/matrix/node/vitePlugin.js');
    // CSS is minified as a host's Vite build does it (Lightning CSS, lowering light-dark()), so the
    // docs site shows Roster the way hosts get it (test/theme/colorSchemesLowered checks the colours).
    return { ...config, plugins: [...(config.plugins ?? []), tailwindcss(), rosterMatrixNodeSide()] };
  },
});
