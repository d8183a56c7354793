/**
 * Node side of the matrix row "Descope, management key, behind createRosterHandler". A management
 * key must never reach a browser (createDescopeAdapter refuses to start where `window` exists), so
 * the adapter runs here, in Vite's Node process, over the Descope emulator (../emulatedServer.ts).
 */
import { createDescopeAdapter } from '../../../../src/adapters/descope/index.js';
import { createDescopeEmulator } from '../../../../src/testing/index.js';
import { fromDescope } from '../../backends/state.js';
import { emulatedServer } from '../emulatedServer.js';

export const backendFor = emulatedServer({
  name: 'descope',
  createEmulator: () => createDescopeEmulator(),
  createAdapter: (emulator, fetch) => createDescopeAdapter({ projectId: emulator.projectId, auth: { managementKey: emulator.managementKey }, fetch }),
  notEmulated: (request) => ({ errorCode: 'E000000', errorDescription: `Not emulated: ${request.method} ${request.url}` }),
  read: (emulator) => fromDescope(emulator.state),
});
