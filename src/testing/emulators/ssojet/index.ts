export {
  createSsojetEmulator,
  SSOJET_EMULATOR_ACCESS_TOKEN,
  SSOJET_EMULATOR_CLIENT_ID,
  type SsojetEmulator,
  type SsojetEmulatorOptions,
} from './emulator.js';
export type { SsojetFault, SsojetFaults, SsojetRoute } from './faults.js';
export type { SsojetApiGeneration, SsojetCreateAnswer, SsojetRolesAnswer } from './handlers.js';
export type { SsojetErrorStyle } from './responses.js';
export type { SsojetEmulatorMembership, SsojetEmulatorState } from './state.js';
export {
  readSsojetDefinitions,
  readSsojetUserDetails,
  type SsojetDefinitions,
  type SsojetOrganizationRecord,
  type SsojetPermissionRecord,
  type SsojetRoleRecord,
  type SsojetUserDetailsRecord,
} from './inspect.js';
