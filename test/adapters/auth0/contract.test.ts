// @vitest-environment node
// The adapter refuses to start where `window` exists, so this file runs in plain Node.
import { createAuth0Adapter } from '../../../src/adapters/auth0/index.js';
import { AUTH0_EMULATOR_CLIENT } from '../../../src/testing/emulators/auth0/index.js';
import { defineAdapterContract } from '../../../src/testing/index.js';
import { DOMAIN, TOKEN, useAuth0Emulator } from './emulatorServer.js';

const { emulator } = useAuth0Emulator();

defineAdapterContract({ describe, it }, {
  name: 'Auth0 adapter (Management API token) against the Auth0 emulator',
  createAdapter: () => {
    emulator.reset();
    return createAuth0Adapter({ domain: DOMAIN, auth: { getToken: () => TOKEN } });
  },
});

defineAdapterContract({ describe, it }, {
  name: 'Auth0 adapter (client credentials) against the Auth0 emulator',
  createAdapter: () => {
    emulator.reset();
    return createAuth0Adapter({ domain: DOMAIN, auth: { clientId: AUTH0_EMULATOR_CLIENT.clientId, clientSecret: AUTH0_EMULATOR_CLIENT.clientSecret } });
  },
});
