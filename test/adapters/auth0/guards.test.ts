// Runs in jsdom, where `window` exists: the adapter must refuse to hold a Management API token here.
import { createAuth0Adapter } from '../../../src/adapters/auth0/index.js';

describe('Auth0 adapter in a browser', () => {
  it('refuses to start where window exists, and says where it belongs', () => {
    expect(typeof window).toBe('object');
    expect(() => createAuth0Adapter({ domain: 'acme.eu.auth0.com', auth: { getToken: () => 'token' } })).toThrow(/must never reach a browser.*createRosterHandler/s);
    expect(() => createAuth0Adapter({ domain: 'acme.eu.auth0.com', auth: { clientId: 'id', clientSecret: 'secret' } })).toThrow(TypeError);
  });
});
