/**
 * The components on better-auth on PGlite (a real SQL database, in Node): the adapter runs in Node behind Roster's server handler, the page
 * uses the remote adapter (see ServerAdapterPage.tsx). Needs Storybook's dev server (npm start).
 */
import preview from '../../.storybook/preview.js';
import { playServerAdapterPage, ServerAdapterPage, serverAdapter } from './ServerAdapterPage.js';

const meta = preview.meta({
  title: 'Adapters/BetterAuth',
  component: ServerAdapterPage,
  parameters: { roster: { adapter: serverAdapter('better-auth', 'better-auth-stories') } },
});

export const ProjectAdmin = meta.story({ play: playServerAdapterPage });
