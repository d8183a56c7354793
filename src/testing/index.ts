export { defineAdapterContract, collectAllUsers, type AdapterContractOptions, type ContractRunner } from './adapterContract.js';
export { ContractFailure } from './assert.js';
