import { defineMain } from '@storybook/react-vite/node';

export default defineMain({
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Serves MSW's service worker, for stories that run the IdP emulators over real HTTP.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
});
