export { defineAdapterContract, collectAllUsers, type AdapterContractOptions, type ContractRunner } from './adapterContract.js';
export { ContractFailure } from './assert.js';
export * from './emulators/ssojet/index.js';
export * from './emulators/descope/index.js';
export * from './emulators/auth0/index.js';
export * from './emulators/workos/index.js';
export * from './emulators/clerk/index.js';
