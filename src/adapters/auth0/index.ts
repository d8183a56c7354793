export { AUTH0_CAPABILITIES, createAuth0Adapter, type Auth0AdapterOptions, type Auth0ClientCredentialsAuth, type Auth0TokenAuth } from './auth0Adapter.js';
export type { Auth0ErrorBody, Auth0Organization, Auth0Role, Auth0User } from './wire.js';
