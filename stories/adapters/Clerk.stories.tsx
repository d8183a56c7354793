/**
 * The components on Clerk, on its emulator: the adapter runs in Node behind Roster's server handler, the page
 * uses the remote adapter (see ServerAdapterPage.tsx). Needs Storybook's dev server (npm start).
 */
import preview from '../../.storybook/preview.js';
import { playServerAdapterPage, ServerAdapterPage, serverAdapter } from './ServerAdapterPage.js';

const meta = preview.meta({
  title: 'Adapters/Clerk',
  component: ServerAdapterPage,
  parameters: { roster: { adapter: serverAdapter('clerk', 'clerk-stories') } },
});

export const ProjectAdmin = meta.story({ play: playServerAdapterPage });
