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
  async viteFinal(config) {
    const { default: tailwindcss } = await import('@tailwindcss/vite');
    return { ...config, plugins: [...(config.plugins ?? []), tailwindcss()] };
  },
});
