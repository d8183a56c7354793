import { createRosterHandler } from 'react-roster/server';
import { demoSession } from '../../../../lib/demoSession';
import { directory } from '../../../../lib/directory';

const handler = createRosterHandler({
  basePath: '/api/roster',
  adapter: directory,
  authenticate: demoSession, // DEMO ONLY: use your real session here
});

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
