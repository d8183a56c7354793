export { defineAdapterContract, collectAllUsers, type AdapterContractOptions, type ContractRunner } from './adapterContract.js';
export { ContractFailure } from './assert.js';
export {
  createSsojetEmulator,
  SSOJET_EMULATOR_ACCESS_TOKEN,
  SSOJET_EMULATOR_CLIENT_ID,
  type SsojetEmulator,
  type SsojetEmulatorOptions,
  type SsojetFault,
  type SsojetFaults,
  type SsojetRoute,
  type SsojetEmulatorState,
  type SsojetEmulatorMembership,
} from './emulators/ssojet/index.js';
export * from './emulators/descope/index.js';
