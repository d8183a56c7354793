/**
 * What `react-roster/server` resolves to under the `browser` export condition. The server entry
 * exists to keep identity-provider secrets off the client; bundling it into a page would ship the
 * very adapter (and the management key it was built with) it is there to hide.
 */
throw new Error(
  'react-roster/server was imported into a browser bundle. It holds identity-provider secrets and ' +
    'must only run on your server (an API route, a Node/Express server or an edge function). In the ' +
    'browser, use createRemoteAdapter from react-roster/remote and point it at the server handler.',
);

export {};
